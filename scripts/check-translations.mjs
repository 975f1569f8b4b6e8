// Fails when the XLIFF in locales/ is out of date with the msg() calls in src/, or when any
// target language misses a string, leaves it empty, copies the English unchanged (unless the
// string is allow-listed in locales/identical.json) or drops a placeholder.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const dir = config.interchange.xliffDir;
const identical = existsSync(join(dir, 'identical.json'))
  ? JSON.parse(readFileSync(join(dir, 'identical.json'), 'utf8'))
  : {};
const problems = [];

const read = () =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.xlf'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

const before = read();
execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'pipe' });
const after = read();
for (const file of new Set([...Object.keys(before), ...Object.keys(after)])) {
  if (before[file] !== after[file]) {
    problems.push(
      `${dir}${file} was out of date with the msg() calls in src/ (now re-extracted: translate and commit it)`,
    );
  }
}

const decode = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const placeholders = (s) =>
  [...s.matchAll(/<x id="([^"]+)"/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

for (const locale of config.targetLocales) {
  const file = `${locale}.xlf`;
  const xliff = after[file];
  if (xliff === undefined) {
    problems.push(`${dir}${file} is missing`);
    continue;
  }
  const allowed = new Set([...(identical['*'] ?? []), ...(identical[locale] ?? [])]);
  for (const unit of xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const [, id, body] = unit;
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1];
    const where = `${locale} "${id}" (${decode(source).slice(0, 60)})`;
    if (target === undefined) problems.push(`${where}: no translation`);
    else if (target.trim() === '') problems.push(`${where}: empty translation`);
    else if (target === source && !allowed.has(decode(source))) {
      problems.push(
        `${where}: the English is copied unchanged (translate it, or allow-list it in ${dir}identical.json)`,
      );
    } else if (placeholders(target) !== placeholders(source)) {
      problems.push(`${where}: the translation's placeholders differ from the English`);
    }
  }
}

if (problems.length > 0) {
  console.error(`Translations incomplete (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const units = (after[`${config.targetLocales[0]}.xlf`].match(/<trans-unit /g) ?? []).length;
console.log(`Translations complete: ${units} strings in ${config.targetLocales.length} target languages.`);
