// Builds the receiver into dist/cli.js with esbuild: its own code plus the library's feed model,
// validator and the form's answer rules and translations (../src), bundled in so that server and
// browser share one copy. The receiver's own dependencies stay external (node_modules).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const here = new URL('.', import.meta.url);
const { dependencies } = JSON.parse(readFileSync(new URL('package.json', here), 'utf8'));

await build({
  entryPoints: [new URL('src/cli.ts', here).pathname],
  outfile: new URL('dist/cli.js', here).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: Object.keys(dependencies),
  // Lit's node build (pulled in by @lit/localize's `str`) needs no DOM for what is used here.
  conditions: ['node'],
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
});
