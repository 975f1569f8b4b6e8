// Installs the benchmark's own dependencies (tachometer, chromedriver, the peer libraries) into
// bench/node_modules on first use, from bench/package-lock.json. chromedriver's install uses the
// system driver (Debian: apt-get install chromium-driver) instead of downloading one. Then bundles
// the one peer that needs a build step (JSON Forms, a React library).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'bench/node_modules/.package-lock.json';
// First use, or bench/package-lock.json changed since the last install.
if (!existsSync(installed) || statSync('bench/package-lock.json').mtimeMs > statSync(installed).mtimeMs) {
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

// JSON Forms is a React library: bundle it once, as an application would ship it (minified,
// production React), for pages/form-jsonforms.html. esbuild comes from the root install.
if (!existsSync('bench/build/jsonforms.js')) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: ['bench/peers/jsonforms.js'],
    bundle: true,
    format: 'esm',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    nodePaths: ['bench/node_modules'],
    outfile: 'bench/build/jsonforms.js',
    logLevel: 'warning',
  });
}
