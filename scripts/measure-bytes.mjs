// What each part of the browser files costs in gzip bytes (issue 20, "Bytes"): builds S1
// (src/cop-widgets.ts, everything inlined) and each element's entry as check-size.mjs counts it
// (static imports inlined, the catalogs left out), minified, with source maps; each output
// character is attributed to its source module through the map, the modules are grouped
// (lit, valibot, the feed model, each element's code and styles, each language...), and each
// group's cost is the gzip size of the whole minus the gzip size without that group's characters
// (what removing it would save). Not part of the build: `node scripts/measure-bytes.mjs [--only S1]`.
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { decode } from '@jridgewell/sourcemap-codec';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { checksFromModel, minify } from '../rollup.config.mjs';
import { bytePlugins } from './rollup-bytes.mjs';

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** The group a source module belongs to (first match). */
const GROUPS = [
  [/node_modules\/valibot\//, 'valibot'],
  [/node_modules\/@lit\/localize\//, '@lit/localize runtime'],
  [/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//, 'lit'],
  [/node_modules\//, 'other dependencies'],
  [/src\/generated\/locales\/(\w+)\.ts$/, (m) => `strings: ${m[1]} catalog`],
  [/src\/feed\/(model|primitives|results|questions)\.ts$/, 'feed model (valibot schemas)'],
  [/src\/feed\/(compiled|checks\.generated|checks\.model)\.ts$/, 'feed compiled checks'],
  [/src\/feed\/youth-privacy\.ts$/, 'feed youth-privacy patterns'],
  [/src\/feed\/(issues|report|refusals|wording)\.ts$/, 'feed issue wording'],
  [/src\/feed\//, 'feed reading (ingest, lists, load, references...)'],
  [
    /src\/i18n\/(format|plural|warm-formatters|search)\.ts$/,
    'Intl helpers (format, plural, search, warm-up)',
  ],
  [/src\/i18n\//, 'i18n (language, msg, localized text)'],
  [/src\/internal\/shared\.styles\.ts$/, 'shared styles'],
  [/src\/internal\//, 'internal (element base, controllers, announcer...)'],
  [/src\/elements\/([\w-]+)\/[\w-]+\.styles\.ts$/, (m) => `${m[1]} styles`],
  [/src\/elements\/([\w-]+)\//, (m) => `${m[1]} code`],
  [/src\//, 'src other'],
];

function groupOf(source) {
  if (source === null) return '(unmapped: bundler glue)';
  for (const [pattern, name] of GROUPS) {
    const match = pattern.exec(source.replaceAll('\\', '/'));
    if (match) return typeof name === 'function' ? name(match) : name;
  }
  return source;
}

/** Per output character, the group of the module it came from. */
function attribute(code, map) {
  const owner = new Array(code.length).fill(null);
  const lines = decode(map.mappings);
  let offset;
  const lineStarts = [0];
  for (let i = 0; i < code.length; i += 1) if (code[i] === '\n') lineStarts.push(i + 1);
  // A segment runs to the next one, across line ends: a template literal (css``, html``) keeps
  // its line breaks after minifying, and its later lines start with no segment of their own.
  const starts = [];
  lines.forEach((segments, line) => {
    offset = lineStarts[line] ?? code.length;
    for (const segment of segments) {
      starts.push([offset + segment[0], segment.length > 1 ? map.sources[segment[1]] : null]);
    }
  });
  starts.forEach(([from, source], i) => {
    const to = i + 1 < starts.length ? starts[i + 1][0] : code.length;
    for (let c = from; c < to; c += 1) owner[c] = source;
  });
  return owner.map(groupOf);
}

async function build(input, { inlineCatalogs }) {
  const bundle = await rollup({
    input,
    plugins: [
      // As rollup.config.mjs: S1 checks feeds from the model it carries anyway.
      ...(inlineCatalogs ? [checksFromModel()] : []),
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.build.json', outDir: '/tmp/measure-bytes', declaration: false }),
      ...(process.argv.includes('--raw') ? [] : bytePlugins()),
      minify(),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({
    format: 'es',
    sourcemap: true,
    inlineDynamicImports: inlineCatalogs,
    dir: '/tmp/measure-bytes',
  });
  await bundle.close();
  return output;
}

/** Gzip cost of each group in one file: whole minus without it. */
function costs(code, map) {
  const owner = attribute(code, map);
  const total = gzip(code);
  const groups = [...new Set(owner)];
  return {
    total,
    rows: groups
      .map((group) => {
        let rest = '';
        let own = '';
        for (let i = 0; i < code.length; i += 1) {
          if (owner[i] === group) own += code[i];
          else rest += code[i];
        }
        return { group, minified: own.length, alone: gzip(own), cost: total - gzip(rest) };
      })
      .sort((a, b) => b.cost - a.cost),
  };
}

function print(title, { total, rows }) {
  console.log(`\n## ${title}: ${total} B gzip\n`);
  console.log('| part | minified B | gzip alone | gzip cost (whole − without it) |');
  console.log('|---|---:|---:|---:|');
  for (const row of rows) console.log(`| ${row.group} | ${row.minified} | ${row.alone} | ${row.cost} |`);
  const sum = rows.reduce((s, r) => s + r.cost, 0);
  console.log(`| (sum of costs; the rest is shared compression context) | | | ${sum} |`);
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const targets = [
  ['S1 dist/cop-widgets.js', 'src/cop-widgets.ts', true],
  ['S2 document list', 'src/elements/document-list/define.ts', false],
  ['S2 timeline', 'src/elements/recommendation-timeline/define.ts', false],
  ['S2 directory', 'src/elements/resource-directory/define.ts', false],
  ['S2 results', 'src/elements/consultation-results/define.ts', false],
  ['S2 form', 'src/elements/consultation-form/define.ts', false],
].filter(([title]) => !only || title.startsWith(only) || title.includes(only));

for (const [title, input, inlineCatalogs] of targets) {
  const output = await build(input, { inlineCatalogs });
  const main = output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
  // As check-size.mjs: the entry and its static imports (not the dynamically loaded catalogs).
  const loaded = new Set([main.fileName, ...main.imports]);
  const chunks = output.filter((chunk) => chunk.type === 'chunk' && loaded.has(chunk.fileName));
  // One text for the attribution: the chunks side by side (their gzip sizes are summed in check-size).
  if (chunks.length === 1) print(title, costs(main.code, main.map));
  else {
    for (const chunk of chunks) print(`${title} — ${chunk.fileName}`, costs(chunk.code, chunk.map));
  }
  const lazy = output.filter((chunk) => chunk.type === 'chunk' && !loaded.has(chunk.fileName));
  if (lazy.length) {
    console.log(`\nLoaded on demand: ${lazy.map((c) => `${c.fileName} ${gzip(c.code)} B`).join(', ')}`);
  }
}
