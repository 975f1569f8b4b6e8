// Fails when the XLIFF in locales/ is out of date with the msg() calls in src/, when the
// languages of lit-localize.json are not those of src/i18n/languages.ts, or when any target
// language misses a string, leaves it empty, copies the English unchanged (unless the string is
// allow-listed in locales/identical.json) or drops a placeholder. A draft language (being
// translated: `npm run add-language <tag>`) is reported in one line, "pt: 44 of 225 strings
// translated (draft)", and fails only for a translation whose placeholders are wrong.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readLanguages } from './languages.mjs';
import { auditXliff } from './translations.mjs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const dir = config.interchange.xliffDir;
const identical = existsSync(join(dir, 'identical.json'))
  ? JSON.parse(readFileSync(join(dir, 'identical.json'), 'utf8'))
  : {};
const languages = await readLanguages();
const problems = [];

const expected = languages.map((language) => language.tag).filter((tag) => tag !== config.sourceLocale);
if ([...expected].sort().join() !== [...config.targetLocales].sort().join()) {
  problems.push(
    `lit-localize.json's targetLocales (${config.targetLocales.join(', ')}) are not the languages of src/i18n/languages.ts (${expected.join(', ')}): add a language with npm run add-language <tag>`,
  );
}

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

const lines = [];
let units = 0;
for (const locale of config.targetLocales) {
  const file = `${locale}.xlf`;
  const xliff = after[file];
  if (xliff === undefined) {
    problems.push(`${dir}${file} is missing`);
    continue;
  }
  const allowed = new Set([...(identical['*'] ?? []), ...(identical[locale] ?? [])]);
  const audit = auditXliff(xliff, locale, allowed);
  units = audit.units;
  problems.push(...audit.wrong);
  if (languages.find((language) => language.tag === locale)?.draft) {
    const done = audit.translated === audit.units;
    lines.push(
      `${locale}: ${audit.translated} of ${audit.units} strings translated (draft${done ? `: complete, publish it with npm run add-language ${locale} -- --publish` : ''})`,
    );
  } else problems.push(...audit.untranslated);
}

if (problems.length > 0) {
  console.error(`Translations incomplete (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const published = config.targetLocales.length - lines.length;
console.log(`Translations complete: ${units} strings in ${published} target languages.`);
for (const line of lines) console.log(line);
