// The `cop-widgets` command as the node tests run it, built fresh from src/ in well under a second:
// every `../dist/esm/<module>.js` that the command's files (bin/*.mjs) import is bundled from
// src/<module>.ts with esbuild into node_modules/.cache/cop-widgets/node/dist/esm/ (packages stay
// imports, as in dist/esm: exceljs and valibot come from node_modules), and bin/*.mjs are copied
// byte for byte to node_modules/.cache/cop-widgets/node/bin/, so the copies' own '../dist/esm/…'
// imports load that build. The tests import the same modules the command runs (cliModule), and run the
// command itself (runCli). Measured: 30-60 ms; rollup's ESM build alone takes about 5.5 s.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = `${root}node_modules/.cache/cop-widgets/node/`;
const bin = `${root}bin/`;
/** The command's files: bin/cop-widgets.mjs and the modules beside it that it imports. */
const binFiles = () => readdirSync(bin).filter((name) => name.endsWith('.mjs'));
/** The command the tests run: the copy of bin/cop-widgets.mjs beside its fresh build. */
export const CLI = `${out}bin/cop-widgets.mjs`;

/** The modules the command imports from dist/esm, without the extension ('feed/status'…). */
export function cliModules() {
  const text = binFiles()
    .map((name) => readFileSync(`${bin}${name}`, 'utf8'))
    .join('\n');
  return [...new Set([...text.matchAll(/'\.\.\/dist\/esm\/([\w/.-]+)\.js'/g)].map((m) => m[1]))].sort();
}

let built;

/** Builds the command's modules (once per process); resolves to the time it took in ms. */
export function buildCli() {
  built ??= (async () => {
    const start = performance.now();
    const modules = cliModules();
    if (modules.length === 0) throw new Error(`${bin}*.mjs import nothing from ../dist/esm/`);
    await build({
      entryPoints: Object.fromEntries(modules.map((name) => [name, `${root}src/${name}.ts`])),
      outdir: `${out}dist/esm`,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      tsconfig: `${root}tsconfig.json`,
      sourcemap: true,
      logLevel: 'error',
    });
    mkdirSync(`${out}bin`, { recursive: true });
    for (const name of binFiles()) copyFileSync(`${bin}${name}`, `${out}bin/${name}`);
    return performance.now() - start;
  })();
  return built;
}

/** One of the command's modules ('feed/xlsx/index'), as the command loads it. */
export async function cliModule(name) {
  if (!cliModules().includes(name))
    throw new Error(
      `bin/cop-widgets.mjs does not import '../dist/esm/${name}.js': the command does not run it`,
    );
  await buildCli();
  return import(pathToFileURL(`${out}dist/esm/${name}.js`).href);
}

/** Runs the command; resolves to { code, stdout, stderr } (a non-zero exit does not reject). */
export async function runCli(args, options = {}) {
  await buildCli();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { cwd: root, ...options }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}
