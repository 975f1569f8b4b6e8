// Writes src/feed/checks.generated.ts: the feed model's schemas (src/feed/model.ts, still the one
// description of the feed) as plain data, which src/feed/compiled.ts turns into check functions
// without valibot (issue 20, S2), so that the browser entries carry neither valibot nor the
// model's schema objects. Each check gives the same output as `v.parse` for a value that passes
// (the value itself when nothing needs changing: no copy, and the caller never modifies it) and
// FAILED for one that does not; the issues of a refused value are then worded by valibot itself
// (src/feed/wording.ts, loaded on demand). Straight-line code per schema was tried first: 35 kB
// minified, +3.9 kB gzip on every entry, most of what leaving valibot out saves. tests/node/gen-checks.test.mjs regenerates and fails when the committed file is stale;
// tests/feed-compiled*.test.ts compare the checks with valibot (fast-check).
//
//   node scripts/gen-checks.mjs           writes the file
//   node scripts/gen-checks.mjs --check   exits 1 when the file is not what it would write
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import * as prettier from 'prettier';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUTPUT = join(ROOT, 'src/feed/checks.generated.ts');

/** The model's schemas, read from src/feed/model.ts bundled for Node. */
async function loadModel() {
  const dir = mkdtempSync(join(tmpdir(), 'gen-checks-'));
  try {
    const file = join(dir, 'model.mjs');
    await build({
      entryPoints: [join(ROOT, 'src/feed/model.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: file,
      packages: 'external',
      logLevel: 'error',
    });
    // Resolved from the project (valibot is one of its packages).
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /from "valibot"/g,
        `from ${JSON.stringify(import.meta.resolve('valibot'))}`,
      ),
    );
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The code of the plain-data description of `roots` (export name -> [schema, comment]): each node
 * with only what src/feed/compiled.ts reads, a node used more than once written once (a const).
 */
export function generate(roots, vocabulary = new Map()) {
  /** How often each node is reached (a node reached twice becomes a const). */
  const uses = new Map();
  const count = (node) => {
    uses.set(node, (uses.get(node) ?? 0) + 1);
    if (uses.get(node) > 1) return;
    for (const child of children(node)) count(child);
  };
  const consts = [];
  const names = new Map();

  /** The nodes a node is made of. */
  function children(node) {
    if (node.pipe) return [node.pipe[0], ...validations(node)];
    return [
      node.wrapped,
      node.item,
      typeof node.key === 'object' ? node.key : undefined,
      node.value,
      ...Object.values(node.entries ?? {}),
      ...(node.type === 'union' || node.type === 'variant' ? node.options : []),
    ].filter(Boolean);
  }

  /** The pipe's validations (its metadata left out: descriptions and titles). */
  function validations(node) {
    return node.pipe.slice(1).filter((action) => {
      if (action.kind === 'metadata') return false;
      if (action.kind !== 'validation' || !VALIDATIONS.has(action.type))
        throw new Error(`gen-checks: no check for the action ${action.type}`);
      return true;
    });
  }

  /** A requirement as code. */
  function requirement(value) {
    if (value instanceof RegExp) {
      if (value.global || value.sticky) throw new Error('gen-checks: a stateful regular expression');
      return String(value);
    }
    if (typeof value === 'function') return `(${value.toString()}) as (value: any) => boolean`;
    return JSON.stringify(value);
  }

  /** The code of `node`: its const's name, or its literal. */
  function code(node) {
    if (names.has(node)) return names.get(node);
    const text = literal(node);
    if (uses.get(node) > 1) {
      const name = `N${consts.length}`;
      consts.push(`const ${name}: Node = ${text};`);
      names.set(node, name);
      return name;
    }
    return text;
  }

  function literal(node) {
    if (node.kind === 'validation')
      return node.type === 'integer'
        ? `{ type: 'integer' }`
        : `{ type: '${node.type}', requirement: ${requirement(node.requirement)} }`;
    if (node.pipe) {
      const actions = validations(node);
      // A pipe of descriptions alone is its schema.
      if (actions.length === 0) return code(node.pipe[0]);
      return `{ type: '${node.type}', pipe: [${[node.pipe[0], ...actions].map(code).join(', ')}] }`;
    }
    if (!SCHEMAS.has(node.type)) throw new Error(`gen-checks: no check for the schema ${node.type}`);
    if ((node.type === 'optional' || node.type === 'nullable') && node.default !== undefined)
      throw new Error(`gen-checks: ${node.type} with a default`);
    const parts = [`type: '${node.type}'`];
    if (node.type === 'literal') parts.push(`literal: ${JSON.stringify(node.literal)}`);
    // The vocabulary's own list (src/feed/vocabulary.ts), not a copy, where the model uses it.
    if (node.type === 'picklist')
      parts.push(`options: ${vocabulary.get(node.options) ?? JSON.stringify(node.options)}`);
    if (node.type === 'union' || node.type === 'variant')
      parts.push(`options: [${node.options.map(code).join(', ')}]`);
    if (node.type === 'variant') parts.push(`key: ${JSON.stringify(node.key)}`);
    if (node.wrapped) parts.push(`wrapped: ${code(node.wrapped)}`);
    if (node.item) parts.push(`item: ${code(node.item)}`);
    if (node.type === 'record') parts.push(`key: ${code(node.key)}`, `value: ${code(node.value)}`);
    if (node.entries) {
      const entries = Object.entries(node.entries).map(
        ([name, entry]) => `${JSON.stringify(name)}: ${code(entry)}`,
      );
      parts.push(`entries: { ${entries.join(', ')} }`);
    }
    return `{ ${parts.join(', ')} }`;
  }

  for (const [schema] of Object.values(roots)) count(schema);
  const exports = Object.entries(roots).map(
    ([name, [schema, comment]]) => `/** ${comment} */\nexport const ${name} = checker(${code(schema)});`,
  );
  return { consts, exports };
}

/** The kinds src/feed/compiled.ts knows. */
const SCHEMAS = new Set([
  'object',
  'array',
  'record',
  'union',
  'variant',
  'optional',
  'nullable',
  'picklist',
  'literal',
  'string',
  'number',
  'boolean',
  'unknown',
]);
const VALIDATIONS = new Set([
  'min_length',
  'max_length',
  'regex',
  'iso_date',
  'iso_timestamp',
  'integer',
  'min_value',
  'max_value',
  'min_entries',
  'check',
]);

const HEADER = `// Generated by scripts/gen-checks.mjs from src/feed/model.ts: do not edit (the node tests fail
// when this file is stale; run \`node scripts/gen-checks.mjs\`). The model's schemas as plain data
// (what src/feed/compiled.ts reads), so that the browser entries check a feed without valibot.
/* eslint-disable */
import { type Node, checker } from './compiled.js';
import { hasText } from './vocabulary.js';

export { type Check, FAILED } from './compiled.js';
`;

/** The whole file's text, formatted. */
export async function render() {
  const model = await loadModel();
  const roots = {
    checkTopic: [model.TopicSchema, 'A topic (`topics`).'],
    checkMeeting: [model.MeetingSchema, 'A meeting (`meetings`).'],
    checkRecommendation: [model.RecommendationSchema, 'A recommendation (`recommendations`).'],
    checkDocument: [model.DocumentSchema, 'A document (`documents`).'],
    checkResource: [model.ResourceSchema, 'A resource (`resources`).'],
    checkConsultationItem: [
      model.ConsultationItemSchema,
      'A consultation, its questions unread (`consultations`; ConsultationItemSchema).',
    ],
    checkQuestion: [model.QuestionSchema, "A consultation's question."],
    checkResults: [model.ResultsSchema, 'A results entry (`results`).'],
    checkDefaultLanguage: [model.FEED_HEADER.defaultLanguage, "The feed's `defaultLanguage`."],
    checkTitle: [model.FEED_HEADER.title, "The feed's `title`."],
    checkUpdated: [model.FEED_HEADER.updated, "The feed's `updated`."],
    checkSuggestUrl: [model.FEED_HEADER.suggestUrl, "The feed's `suggestUrl`."],
  };
  // Lists of values by their vocabulary.ts name (the model's picklists use these arrays).
  const vocabulary = new Map(
    Object.entries(model)
      .filter(([name, value]) => /^[A-Z_]+$/.test(name) && Array.isArray(value))
      .map(([name, value]) => [value, name]),
  );
  const { consts, exports } = generate(roots, vocabulary);
  const used = [...vocabulary.values()].filter((name) =>
    consts.concat(exports).some((line) => line.includes(name)),
  );
  const imports = `import { ${['hasText', ...used].sort().join(', ')} } from './vocabulary.js';`;
  const text = [
    HEADER.replace("import { hasText } from './vocabulary.js';", imports),
    ...consts,
    '',
    ...exports,
  ].join('\n');
  const options = await prettier.resolveConfig(OUTPUT);
  return prettier.format(text, { ...options, filepath: OUTPUT });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = await render();
  if (process.argv.includes('--check')) {
    const same = readFileSync(OUTPUT, 'utf8') === text;
    console.log(
      same
        ? 'checks.generated.ts is up to date'
        : 'checks.generated.ts is stale: run node scripts/gen-checks.mjs',
    );
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(OUTPUT, text);
    console.log(`wrote ${OUTPUT}`);
  }
}
