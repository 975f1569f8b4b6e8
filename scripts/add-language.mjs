// npm run add-language <tag> [-- --autonym <name>] [-- --dir rtl]
//   Adds a language to cop-widgets, as a draft: a line in src/i18n/languages.ts (the list the
//   elements, the demo, the embed builder, Storybook, the tests and the size budgets read), its
//   catalog's loader in src/i18n/draft-catalogs.ts, the tag in lit-localize.json, and
//   locales/<tag>.xlf with every string to translate (lit-localize extract). A draft is not
//   offered to readers, and not in dist/cop-widgets.js, until it is published.
// npm run add-language <tag> -- --publish
//   Publishes a draft whose strings are all translated: offered to readers like the six, in the
//   all-in bundle, and checked by npm test like them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LANGUAGES_FILE, readLanguages } from './languages.mjs';
import { auditXliff } from './translations.mjs';

const CONFIG = 'lit-localize.json';
const DRAFT_CATALOGS = 'src/i18n/draft-catalogs.ts';
const PUBLISHED_CATALOGS = 'src/i18n/msg.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { autonym: { type: 'string' }, dir: { type: 'string' }, publish: { type: 'boolean' } },
});

function fail(message) {
  console.error(`add-language: ${message}`);
  process.exit(1);
}

const tag = positionals[0] ?? '';
if (positionals.length !== 1 || !/^[a-z]{2,3}$/.test(tag)) {
  fail(
    `give one language as its base subtag, in lower case (e.g. npm run add-language pt), not "${positionals.join(' ')}"`,
  );
}

/** `file` with `replace(text)`, failing with `what` when the expected text is not there. */
function edit(file, what, replace) {
  const before = readFileSync(file, 'utf8');
  const after = replace(before);
  if (after === before) fail(`could not ${what} in ${file} (was it edited by hand?)`);
  writeFileSync(file, after);
  console.log(`  ${file}: ${what}`);
}

const loaderLine = `  ${tag}: () => import('../generated/locales/${tag}.js'),\n`;
const quiet = { stdio: ['ignore', 'pipe', 'pipe'] };
const languages = await readLanguages();
const existing = languages.find((language) => language.tag === tag);
const config = JSON.parse(readFileSync(CONFIG, 'utf8'));
const xliffFile = join(config.interchange.xliffDir, `${tag}.xlf`);

if (values.publish) {
  if (!existing) fail(`${tag} is not a language yet: npm run add-language ${tag}`);
  if (!existing.draft) fail(`${tag} is published already`);
  const identical = JSON.parse(readFileSync(join(config.interchange.xliffDir, 'identical.json'), 'utf8'));
  const allowed = new Set([...(identical['*'] ?? []), ...(identical[tag] ?? [])]);
  const audit = auditXliff(readFileSync(xliffFile, 'utf8'), tag, allowed);
  if (audit.translated < audit.units) {
    fail(
      `${tag}: ${audit.translated} of ${audit.units} strings translated: translate the others in ${xliffFile} first, e.g.\n  ${audit.untranslated.slice(0, 5).join('\n  ')}`,
    );
  }
  console.log(`Publishing ${tag} (${audit.units} of ${audit.units} strings translated):`);
  edit(LANGUAGES_FILE, 'mark it published (draft: false)', (text) =>
    text.replace(new RegExp(`(\\{ tag: '${tag}',[^\\n]*draft: )true`), '$1false'),
  );
  edit(DRAFT_CATALOGS, 'remove its draft catalog', (text) => {
    const rest = text.replace(loaderLine, '');
    return /= \{\n\};/.test(rest) ? rest.replace(/= \{\n\};/, '= {};') : rest;
  });
  edit(PUBLISHED_CATALOGS, 'load its catalog like the others', (text) =>
    text.replace(/(const published: [^\n]*\n(?: {2}[a-z]+: [^\n]*\n)*)\};/, `$1${loaderLine}};`),
  );
  console.log(
    `\nLeft to do: npm test, then npm run build (${tag} is now in dist/cop-widgets.js and its size budget).`,
  );
  process.exit(0);
}

if (existing) {
  fail(`${tag} is already a language${existing.draft ? ' (a draft: translate ' + xliffFile + ')' : ''}`);
}

let autonym = values.autonym;
if (!autonym) {
  const name = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(tag);
  if (!name) fail(`no name known for ${tag}: give it, e.g. -- --autonym "Name"`);
  const first = String.fromCodePoint(name.codePointAt(0));
  autonym = first.toLocaleUpperCase(tag) + name.slice(first.length);
}
const locale = new Intl.Locale(tag);
const direction = values.dir ?? (locale.textInfo ?? locale.getTextInfo?.())?.direction ?? 'ltr';
if (direction !== 'ltr' && direction !== 'rtl') fail(`--dir is ltr or rtl, not ${direction}`);

console.log(`Adding ${tag} (${autonym}, ${direction}) as a draft language:`);
edit(LANGUAGES_FILE, 'list it, as a draft', (text) =>
  text.replace(
    /\n\] as const/,
    `\n  { tag: '${tag}', autonym: '${autonym.replace(/'/g, "\\'")}', direction: '${direction}', draft: true },\n] as const`,
  ),
);
edit(DRAFT_CATALOGS, 'load its catalog (for pages that opt in to drafts)', (text) =>
  text.replace(/= \{\};/, `= {\n};`).replace(/\n\};\s*$/, `\n${loaderLine}};\n`),
);
edit(CONFIG, 'translate into it (targetLocales)', (text) =>
  text.replace(/("targetLocales": \[[^\]]*)\]/, `$1, "${tag}"]`),
);
execFileSync('npx', ['prettier', '--write', LANGUAGES_FILE, DRAFT_CATALOGS, CONFIG], quiet);

// Every string to translate, and the catalog the elements load (English until translated).
execFileSync('npx', ['lit-localize', 'extract'], quiet);
if (!existsSync(xliffFile)) fail(`lit-localize extract did not write ${xliffFile}`);
console.log(`  ${xliffFile}: every string of the interface, to translate (lit-localize extract)`);
execFileSync('node', ['scripts/localize-build.mjs'], { stdio: 'inherit' });

const units = (readFileSync(xliffFile, 'utf8').match(/<trans-unit /g) ?? []).length;
console.log(`
${tag} is a draft language: not offered to readers (they get English) and not in
dist/cop-widgets.js; a page previews it with <html lang="${tag}" data-cop-draft> (npm modules or
the per-element files), and Storybook lists it as "${autonym} (draft)".

Left to do:
  1. Translate the ${units} strings of ${xliffFile}: add a <target> after each <source>, keeping
     every <x id="…"/> placeholder; a string that is the same as the English goes in
     locales/identical.json.
  2. npm test (it reports "${tag}: N of ${units} strings translated (draft)" and passes).
  3. When all are translated: npm run add-language ${tag} -- --publish, then npm test and
     npm run build.
Commit src/i18n/languages.ts, ${DRAFT_CATALOGS}, ${CONFIG} and ${xliffFile}.`);
