// Keeps docs/feed.md true to the code (run by `npm run build`, after dist/ is built):
// - every ```json block of docs/feed.md parses;
// - the ```json example blocks, put together (lists joined in order), are docs/feed-example.json;
// - docs/feed-example.json passes the feed validator (the one `cop-widgets validate` and the
//   elements run, from dist/esm) without a single issue, and the published dist/feed.schema.json;
// - each `$ npx cop-widgets validate [--embed] <file>` in a ```console block prints what the block
//   shows (and exits with the code after `$ echo $?`), run on the repository's file or, when a
//   ```json file=<file> block exists, on that block's text;
// - the images and relative links of docs/feed.md, and the images of README.md, exist.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { deepStrictEqual } from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { validateFeed } from '../dist/esm/feed/validate.js';
import { reportValidation } from '../dist/esm/feed/report.js';

const doc = 'docs/feed.md';
const exampleFile = 'docs/feed-example.json';
const cli = resolve('bin/cop-widgets.mjs');
const failures = [];
const fail = (message) => failures.push(message);

const text = readFileSync(doc, 'utf8');
/** The fenced code blocks of the page: language, the rest of the info string, code, line. */
const blocks = [...text.matchAll(/^```(\w*)([^\n]*)\n([\s\S]*?)^```$/gm)].map((match) => ({
  lang: match[1],
  meta: match[2].trim(),
  code: match[3],
  line: text.slice(0, match.index).split('\n').length,
}));

const json = new Map();
for (const block of blocks.filter((b) => b.lang === 'json')) {
  try {
    json.set(block, JSON.parse(block.code));
  } catch (error) {
    fail(`${doc}:${block.line}: a json block does not parse: ${error.message}`);
  }
}

// The annotated example, block by block, is the example file.
const example = JSON.parse(readFileSync(exampleFile, 'utf8'));
const merged = {};
for (const [block, value] of json) {
  if (block.meta !== 'example') continue;
  for (const [key, part] of Object.entries(value)) {
    if (Array.isArray(part)) merged[key] = [...(merged[key] ?? []), ...part];
    else if (key in merged) fail(`${doc}:${block.line}: "${key}" is given twice in the example blocks`);
    else merged[key] = part;
  }
}
try {
  deepStrictEqual(merged, example);
} catch (error) {
  fail(`${doc}: the example blocks differ from ${exampleFile}:\n${error.message}`);
}

const result = validateFeed(example);
if (!result.ok || result.issues.length > 0)
  fail(`${exampleFile} is not a clean feed:\n  ${reportValidation(exampleFile, result).lines.join('\n  ')}`);
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const schema = ajv.compile(JSON.parse(readFileSync('dist/feed.schema.json', 'utf8')));
if (!schema(example))
  fail(`${exampleFile} does not match dist/feed.schema.json: ${ajv.errorsText(schema.errors)}`);

// The command's output, as quoted.
const files = new Map(
  [...json.keys()].flatMap((block) => {
    const name = /^file=(\S+)$/.exec(block.meta)?.[1];
    return name ? [[name, block.code]] : [];
  }),
);
const scratch = mkdtempSync(join(tmpdir(), 'cop-check-docs-'));
try {
  for (const block of blocks.filter((b) => b.lang === 'console')) {
    const lines = block.code.trimEnd().split('\n');
    lines.forEach((line, i) => {
      const [, flag, target] = /^\$ npx cop-widgets validate (--embed )?(\S+)$/.exec(line) ?? [];
      if (!target) return;
      const end = lines.findIndex((next, j) => j > i && next.startsWith('$ '));
      const expected = lines.slice(i + 1, end === -1 ? undefined : end).join('\n');
      let cwd = process.cwd();
      if (files.has(target)) {
        cwd = join(scratch, String(i));
        mkdirSync(join(cwd, dirname(target)), { recursive: true });
        writeFileSync(join(cwd, target), files.get(target));
      }
      const args = [cli, 'validate', ...(flag ? [flag.trim()] : []), target];
      const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
      const output = `${run.stdout}${run.stderr}`.trimEnd();
      if (output !== expected)
        fail(`${doc}:${block.line}: cop-widgets validate ${target} prints:\n${output}\nnot:\n${expected}`);
      if (end !== -1 && lines[end] === '$ echo $?' && lines[end + 1] !== String(run.status))
        fail(
          `${doc}:${block.line}: cop-widgets validate ${target} exits with ${run.status}, not ${lines[end + 1]}`,
        );
    });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// Links to files: the page's images and relative links, README's images.
const links = (file, pattern) =>
  [...readFileSync(file, 'utf8').matchAll(pattern)]
    .map((match) => match[1])
    .filter((target) => !/^[a-z]+:|^#/.test(target))
    .map((target) => [file, target]);
for (const [file, target] of [
  ...links(doc, /\]\(([^)\s]+)\)/g),
  ...links('README.md', /!\[[^\]]*\]\(([^)\s]+)\)/g),
]) {
  if (!existsSync(join(dirname(file), target.split('#')[0])))
    fail(`${file}: links to ${target}, which does not exist`);
}

if (failures.length > 0) {
  console.error(`check-docs: ${failures.length} problem(s):\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(
  `check-docs: ${doc} (${json.size} json blocks, the example, the quoted command output) and ${exampleFile} are true to the code.`,
);
