// The results module (receiver/src/results/suppress.ts) for tests that call it directly: bundled
// once with esbuild (as receiver/build.mjs bundles the receiver) into a temporary file.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SOURCE = new URL('../../src/results/suppress.ts', import.meta.url).pathname;

/** Resolves to the module's exports ({ suppress, suppressGroup }). */
export async function loadSuppression() {
  const dir = mkdtempSync(join(tmpdir(), 'cop-results-'));
  const outfile = join(dir, 'suppress.mjs');
  try {
    await build({
      entryPoints: [SOURCE],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
