// Builds dist/ (CONTRACT §1):
//   dist/esm/**          npm modules: one per source module, lit external, with .d.ts
//   dist/cop-widgets.js  the self-contained bundle for a plain <script type="module">:
//                        lit and all six languages inside, no dynamic import, minified
// (custom-elements.json comes from `npm run analyze`.)
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { bytePlugins, withoutSchemaTexts } from './scripts/rollup-bytes.mjs';
import { perElementCatalogs } from './scripts/rollup-catalogs.mjs';

/** Every element's registration module: src/elements/<name>/define.ts. */
const defineModules = existsSync('src/elements')
  ? readdirSync('src/elements', { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/define.ts`))
      .map((d) => `src/elements/${d.name}/define.ts`)
  : [];

/** The package's dependencies (and React, the page's own) stay imports in the npm modules (the bundle inlines them). */
const isDependency = (id) => /^(lit|lit-html|lit-element|@lit\/[a-z-]+|valibot|react|exceljs)($|\/)/.test(id);

/**
 * V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints), the first line of every
 * browser file: compile all its functions at once, on the thread that streams the script in, instead
 * of each on the main thread the first time it runs. A first render in a fresh tab (the way a reader
 * arrives, and tachometer measures) compiled the feed's checks, the element and lit's templates in
 * the middle of the render: measured in new tabs, old and new build interleaved (issue 20), first
 * render of 10,000 documents 42.9 → 37.6 ms, directory 40.9 → 34.7, form 43.1 → 38.2 (timeline
 * 67.9 → 64.3 and the host page of four elements loaded 200 → 185 ms, no long task, with the hint
 * added by hand). A comment: other engines ignore it.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * The `banner` of the browser files: the compile hint, except on the element's catalogs (strings
 * in one language, loaded when the page asks for it), which have no functions to compile.
 */
export const compileHint = (chunk) =>
  chunk.facadeModuleId?.startsWith('\0cop-catalog/') ? '' : COMPILE_HINT;

/**
 * How the browser files are minified (scripts/check-size.mjs measures with the same): without
 * comments, but the compile hint.
 */
export const minify = () =>
  terser({ ecma: 2022, module: true, format: { comments: /^# allFunctionsCalledOnLoad$/ } });

/**
 * Minified, with lit inside: for pages that load the library from a CDN or their own server.
 * `more` run on the JavaScript TypeScript emits, before the byte cuts; the feed model's
 * descriptions (for the JSON Schema only) are left out.
 */
const browserPlugins = (...more) => [
  nodeResolve({ exportConditions: ['production'] }),
  typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declaration: false }),
  ...more,
  withoutSchemaTexts(),
  ...bytePlugins(),
  minify(),
];

/**
 * The all-in bundle carries no draft language (src/i18n/languages.ts): its draft catalogs module
 * is built empty, so a page asking it for a draft gets English, entirely.
 */
const withoutDrafts = () => ({
  name: 'without-draft-languages',
  load: (id) => (id.endsWith('src/i18n/draft-catalogs.ts') ? 'export const DRAFT_CATALOGS = {};' : null),
});

/**
 * dist/cop-widgets.js carries valibot and the feed model anyway (no dynamic import there: refused
 * items are worded at once, src/feed/refusals.now.ts), so it checks feeds from the model's
 * schemas (src/feed/checks.model.ts) instead of their generated description (checks.generated.ts),
 * which the per-element files use without valibot.
 */
const FROM_MODEL = {
  './checks.generated.js': 'src/feed/checks.model.ts',
  './refusals.js': 'src/feed/refusals.now.ts',
};
export const checksFromModel = () => ({
  name: 'checks-from-model',
  resolveId: (source, importer) =>
    FROM_MODEL[source] && importer?.replaceAll('\\', '/').includes('/src/feed/')
      ? resolve(FROM_MODEL[source])
      : null,
});

export default [
  {
    // model.ts is an entry so that every schema stays exported (scripts/build-schema.mjs reads it);
    // report.ts and status.ts are the validate and feed status commands' (bin/cop-widgets.mjs),
    // xlsx/index.ts the feed to-xlsx / from-xlsx commands' (bin/feed-xlsx.mjs; exceljs stays external).
    input: [
      'src/index.ts',
      'src/cop-widgets.ts',
      'src/feed/model.ts',
      'src/feed/report.ts',
      'src/feed/status.ts',
      'src/feed/xlsx/index.ts',
      'src/react/index.ts',
      ...defineModules,
    ],
    external: isDependency,
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    // The npm modules too: css`` text without comments, html`` without indentation, catalogs
    // without dead plural forms, short message ids.
    plugins: [typescript({ tsconfig: './tsconfig.build.json' }), ...bytePlugins()],
  },
  {
    input: 'src/cop-widgets.ts',
    output: {
      file: 'dist/cop-widgets.js',
      format: 'es',
      banner: compileHint,
      inlineDynamicImports: true,
      sourcemap: true,
    },
    plugins: [withoutDrafts(), checksFromModel(), ...browserPlugins()],
  },
  // One file per element for pages that need one widget (dist/document-list.js…): the code they
  // share (lit, the feed, the languages) goes to dist/chunks/ and is loaded once. Each element
  // loads its own strings in a language (scripts/rollup-catalogs.mjs): chunks/<element>.<lang>-….js.
  ...(defineModules.length === 0
    ? []
    : [
        {
          input: Object.fromEntries(defineModules.map((file) => [file.split('/')[2], file])),
          output: {
            dir: 'dist',
            format: 'es',
            entryFileNames: '[name].js',
            banner: compileHint,
            chunkFileNames: ({ facadeModuleId: id }) =>
              id?.startsWith('\0cop-catalog/')
                ? `chunks/${id.split('/')[1]}.[name]-[hash].js`
                : 'chunks/[name]-[hash].js',
            sourcemap: true,
          },
          plugins: browserPlugins(perElementCatalogs()),
        },
      ]),
];
