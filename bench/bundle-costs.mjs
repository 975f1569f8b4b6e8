// What parts of dist/cop-widgets.js cost, in gzip bytes: the bundle is built again without one
// part at a time (valibot, the five translations) and the difference is that part's cost.
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { gzipSync } from 'node:zlib';

/** A plugin that replaces modules matching `test` with `code`. */
const replace = (name, test, code) => ({
  name,
  resolveId: (id) => (test.test(id) ? `\0${name}:${id}` : null),
  load: (id) => (id.startsWith(`\0${name}:`) ? code : null),
});

async function gzipBytes(extra = []) {
  const bundle = await rollup({
    input: 'src/cop-widgets.ts',
    onwarn: () => {},
    plugins: [
      ...extra,
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declaration: false, sourceMap: false }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return gzipSync(output[0].code, { level: 9 }).length;
}

export async function bundleCosts() {
  const full = await gzipBytes();
  // Without valibot: every schema accepts anything (the validation code is what goes).
  const stubValibot = replace(
    'no-valibot',
    /^valibot$/,
    `const s = () => ({}); export const pipe = s, string = s, minLength = s, maxLength = s, description = s, regex = s,
      union = s, record = s, minEntries = s, isoDate = s, isoTimestamp = s, array = s, object = s, optional = s,
      number = s, integer = s, minValue = s, maxValue = s, picklist = s, boolean = s, literal = s, variant = s,
      check = s, forward = s, title = s;
     export const safeParse = (schema, value) => ({ success: true, output: value, issues: [] });`,
  );
  const withoutValibot = await gzipBytes([stubValibot]);
  const noTranslations = replace(
    'no-translations',
    /generated\/locales\/(ar|es|fr|ru|zh)\.js$/,
    'export const templates = {};',
  );
  const withoutTranslations = await gzipBytes([noTranslations]);
  return { full, valibot: full - withoutValibot, translations: full - withoutTranslations };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const costs = await bundleCosts();
  console.log(
    `dist/cop-widgets.js: ${costs.full} B gzip; valibot adds ${costs.valibot} B, the five translations ${costs.translations} B`,
  );
}
