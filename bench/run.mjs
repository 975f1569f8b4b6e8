// `npm run bench`: what the library costs a partner page. For now the transfer size of the
// built files (raw, gzip, brotli) and what valibot and the translations add to the bundle; the
// performance issue adds render and interaction timings against peers. Results also go to bench/results/latest.json (git-ignored).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { bundleCosts } from './bundle-costs.mjs';

if (!existsSync('dist/cop-widgets.js')) {
  console.error('dist/ is missing: run `npm run build` first (npm run bench does).');
  process.exit(1);
}

const files = ['dist/cop-widgets.js'];
for (const name of readdirSync('dist').sort()) {
  if (name.endsWith('.js') && name !== 'cop-widgets.js') files.push(join('dist', name));
}

const rows = files.map((file) => {
  const bytes = readFileSync(file);
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log('file'.padEnd(40), 'raw'.padStart(12), 'gzip'.padStart(12), 'brotli'.padStart(12));
for (const row of rows) {
  console.log(
    row.file.padEnd(40),
    kb(row.raw).padStart(12),
    kb(row.gzip).padStart(12),
    kb(row.brotli).padStart(12),
  );
}
const costs = await bundleCosts();
console.log(
  `\nIn dist/cop-widgets.js (${costs.full} B gzip): valibot adds ${costs.valibot} B, the five translations ${costs.translations} B.`,
);
// The size budgets (S1, S2) as scripts/check-size.mjs measures them, for the README's summary:
// its output read back (over a ceiling it fails, but it still prints every budget).
const check = spawnSync(process.execPath, ['scripts/check-size.mjs'], { encoding: 'utf8' });
const budgets = [...check.stdout.matchAll(/^(S[12] .+?)\s+([\d.]+) kB gzip/gm)].map(([, name, kB]) => ({
  name: name.trim(),
  gzip: Math.round(Number(kB) * 1000),
}));
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/latest.json',
  `${JSON.stringify({ date: new Date().toISOString(), sizes: rows, costs, budgets }, null, 2)}\n`,
);
