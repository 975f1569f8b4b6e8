// Finds the Chromium (or Chrome) the browser tests run in: $CHROME_PATH, else the usual places.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of a Chromium binary, or `undefined` when none is installed. */
export function findChrome(env = process.env) {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  const dirs = ['/usr/bin', ...(env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const dir of dirs) {
    for (const name of names) {
      const file = join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

/** Like {@link findChrome}, but stops the process with one line saying what to do. */
export function requireChrome(env = process.env) {
  const found = findChrome(env);
  if (found) return found;
  const why = env.CHROME_PATH
    ? `CHROME_PATH=${env.CHROME_PATH} is not an executable file.`
    : 'No Chromium found (looked for $CHROME_PATH, chromium, chromium-browser, google-chrome).';
  console.error(
    `${why} Install it with "sudo apt-get install -y chromium" (Debian/Ubuntu) or set CHROME_PATH to a Chrome/Chromium binary.`,
  );
  process.exit(1);
}

/** Flags for a headless Chromium that makes no network calls of its own. */
export function chromeArgs() {
  const args = [
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Test pages run side by side; keep the ones in the background rendering at full speed.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
  ];
  // Chromium refuses to start its sandbox as root (containers, CI).
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  return args;
}
