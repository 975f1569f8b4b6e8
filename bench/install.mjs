// Installs the benchmark's own dependencies (tachometer, chromedriver, the peer libraries) into
// bench/node_modules on first use, from bench/package-lock.json. chromedriver's install uses the
// system driver (Debian: apt-get install chromium-driver) instead of downloading one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('bench/node_modules/.package-lock.json')) {
  const env = { ...process.env, SE_OFFLINE: 'true' };
  if (!env.CHROMEDRIVER_FILEPATH && existsSync('/usr/bin/chromedriver'))
    env.CHROMEDRIVER_FILEPATH = '/usr/bin/chromedriver';
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['--prefix', 'bench', 'ci', '--no-audit', '--no-fund'], {
    stdio: 'inherit',
    env,
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
