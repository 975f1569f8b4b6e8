// The feed in a spreadsheet, round trip (issue 21): feed → workbook → bytes of an .xlsx file →
// workbook read back by exceljs → feed is deep-equal, for the two published feeds and for
// generated valid feeds (fast-check): texts in the scripts of the six UN languages, very long ones
// (10,000 to 20,000 characters, the model's limit), line breaks, and texts that begin like a
// formula (=, +, -, @). No cell of any written workbook is a formula. The modules are the ones the
// `cop-widgets` command runs (build-cli.mjs). FC_SEED=<n> FC_RUNS=<n> reproduce or widen a run.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { cliModule, runCli } from './build-cli.mjs';

const SEED = Number(process.env.FC_SEED ?? 21);
const RUNS = Number(process.env.FC_RUNS ?? 60);
/** Excel's limit for the text of one cell. */
const CELL_LIMIT = 32_767;

const readJson = (file) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const FIXTURES = ['feeds/cwg-cop.json', 'docs/feed-example.json'];

let xlsx;
let validateFeed;
let feedTexts;
let dir;
before(async () => {
  xlsx = await cliModule('feed/xlsx/index');
  ({ validateFeed } = await cliModule('feed/validate'));
  ({ feedTexts } = await cliModule('feed/status'));
  dir = mkdtempSync(join(tmpdir(), 'cop-xlsx-roundtrip-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** The cells of an .xlsx file's sheets that hold a formula (an <f> element), as "sheet!ref". */
async function formulaCells(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
  assert.ok(sheets.length > 0, 'the file has worksheets');
  const found = [];
  for (const name of sheets) {
    const xml = await zip.file(name).async('string');
    for (const cell of xml.matchAll(/<c\b[^>]*\br="([A-Z]+\d+)"[^>]*>(?:(?!<\/c>).)*?<f[\s>/]/gs))
      found.push(`${name}!${cell[1]}`);
  }
  return found;
}

/** Feed → workbook → .xlsx bytes (checked: no formula) → workbook → { feed, problems }. */
async function roundTrip(feed, options, readOptions) {
  const workbook = await xlsx.feedToWorkbook(feed, options);
  // Stored, not deflated: the same XML, written faster (the command's own files are deflated).
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  assert.deepEqual(await formulaCells(buffer), [], 'no cell holds a formula');
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer);
  return xlsx.workbookToFeed(back, readOptions);
}

const issuesOf = (feed) => validateFeed(structuredClone(feed)).issues.filter((i) => i.severity !== 'warning');

describe('feed → xlsx → feed', () => {
  it('(the formula check finds a formula where exceljs writes one)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Documents');
    sheet.getCell('A1').value = '=1+1';
    sheet.getCell('B2').value = { formula: '1+1' };
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    assert.deepEqual(await formulaCells(buffer), ['xl/worksheets/sheet1.xml!B2']);
  });

  for (const file of FIXTURES) {
    it(`${file} comes back deep-equal (in memory → bytes → exceljs)`, async () => {
      const feed = readJson(file);
      const { feed: back, problems } = await roundTrip(feed);
      assert.deepEqual(
        problems.filter((p) => p.severity === 'issue'),
        [],
      );
      assert.deepStrictEqual(back, feed);
    });

    it(`${file} comes back deep-equal through the command (to-xlsx, from-xlsx)`, async () => {
      const name = file.replace(/\W/g, '-');
      const book = join(dir, `${name}.xlsx`);
      const json = join(dir, `${name}.json`);
      const to = await runCli(['feed', 'to-xlsx', file, '-o', book]);
      assert.equal(to.code, 0, to.stderr + to.stdout);
      assert.deepEqual(await formulaCells(readFileSync(book)), []);
      const from = await runCli(['feed', 'from-xlsx', book, '-o', json]);
      assert.equal(from.code, 0, from.stderr + from.stdout);
      assert.deepStrictEqual(JSON.parse(readFileSync(json, 'utf8')), readJson(file));
    });
  }
});

// Texts for the generated feeds: the letters of each language's script, shared punctuation and
// spaces, and the pieces that a spreadsheet or its XML treats specially.
const SCRIPTS = {
  ar: 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى٠١٢٣٤٥٦٧٨٩،؛؟ًٌٍَُِّْ',
  zh: '保护上网儿童工作组国际电联理事会文件标题摘要建议会议资源协商问题选项结果，。、：；「」《》（）',
  ru: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ№«»',
  en: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  fr: 'aàâæbcçdeéèêëfghiîïjklmnoôœpqrstuùûüvwxyÿzÀÂÇÉÈÊËÎÏÔŒÙÛÜŸ«»’',
  es: 'aábcdeéfghiíjklmnñoópqrstuúüvwxyzÁÉÍÑÓÚÜ¿¡',
};
const LANGS = Object.keys(SCRIPTS);
/** Other language tags a feed may use (a seventh language, a script or a region), with their script. */
const OTHER_TAGS = { pt: 'fr', 'zh-Hans': 'zh', 'es-419': 'es' };
const SPACING = [
  ' ',
  ' ',
  ' ',
  ', ',
  '. ',
  '; ',
  ': ',
  '! ',
  '? ',
  '(',
  ')',
  '"',
  "'",
  '/',
  '—',
  '–',
  '…',
  '%',
  '&',
];
const TRICKY = [
  '\n',
  '\r\n',
  '\n\n',
  '\t',
  '\u00a0',
  '\u200f',
  '\u200b',
  '😀',
  'e\u0301',
  '<b>',
  '&amp;',
  ']]>',
  '_x0041_',
  '_x000D_',
  '_x005F_',
  '\u0001',
  '\u001f',
  '\u007f',
  '\ufffe',
  '\ud800',
  '\r',
  '"quoted"',
  '1,5',
  '2026-11-01',
  '0012',
  '1e5',
  'TRUE',
  '#N/A',
  'https://example.org/a?b=c',
];
/** Whole cells a spreadsheet reads as a boolean, a number, a date, a time, a percentage or an error. */
const LOOKALIKES = [
  'TRUE',
  'FALSE',
  'true',
  '0012',
  '1e5',
  '3.10',
  '1,5',
  '2026-11-01',
  '01/02/2027',
  '12:30',
  '50%',
  '#N/A',
  '١٢٣',
];
/** What a spreadsheet would read as a formula or a number if the cell were not text. */
const FORMULA_STARTS = [
  '=',
  '+',
  '-',
  '@',
  '=SUM(A1:A3)',
  '=HYPERLINK("https://example.org","x")',
  '+1',
  '-1',
  '@x',
  '=1+1',
];

const run = (chars) => fc.string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength: 10 });

/** A text in `lang`: mostly its own script, with spaces, other scripts and tricky pieces. */
function textIn(lang) {
  const own = run([...SCRIPTS[lang]]);
  const other = fc.constantFrom(...LANGS).chain((l) => run([...SCRIPTS[l]]));
  const piece = fc.oneof(
    { weight: 8, arbitrary: own },
    { weight: 4, arbitrary: fc.constantFrom(...SPACING) },
    { weight: 2, arbitrary: other },
    { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  );
  const ordinary = fc
    .tuple(own, fc.array(piece, { maxLength: 12 }))
    .map(([first, rest]) => first + rest.join(''));
  return fc.oneof(
    { weight: 300, arbitrary: ordinary },
    // The whole cell reads as something else to a spreadsheet: a boolean, a number, a date, an error.
    { weight: 20, arbitrary: fc.constantFrom(...LOOKALIKES) },
    // Begins like a formula.
    { weight: 60, arbitrary: fc.tuple(fc.constantFrom(...FORMULA_STARTS), ordinary).map(([a, b]) => a + b) },
    // Between 10,000 and 20,000 characters (the model's limit for a text): about one in two feeds.
    {
      weight: 1,
      arbitrary: fc
        .tuple(ordinary, fc.integer({ min: 10_000, max: 20_000 }))
        .map(([text, length]) => text.repeat(Math.ceil(length / text.length)).slice(0, length)),
    },
  );
}

/** A LocalizedText: an object with one to six languages, or (less often) a plain string. */
const localizedText = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.subarray(LANGS, { minLength: 1 }),
        // One text in ten has one of the other tags too.
        fc.oneof(
          { weight: 9, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: fc.constantFrom(...Object.keys(OTHER_TAGS)) },
        ),
      )
      .chain(([langs, other]) =>
        fc.record(
          Object.fromEntries([
            ...langs.map((lang) => [lang, textIn(lang)]),
            ...(other ? [[other, textIn(OTHER_TAGS[other])]] : []),
          ]),
          { noNullPrototype: true },
        ),
      ),
  },
  { weight: 1, arbitrary: textIn('en') },
);

/** Sets the value at a JSON Pointer (an existing place) in `target`. */
function setAt(target, pointer, value) {
  const keys = pointer
    .split('/')
    .slice(1)
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = keys.pop();
  const parent = keys.reduce((node, key) => node[key], target);
  parent[last] = value;
}

/** The value at a JSON Pointer in `target`. */
const valueAt = (target, pointer) =>
  pointer
    .split('/')
    .slice(1)
    .reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], target);

/** Ids with what a list of ids in one cell must keep apart: commas, quotes, spaces, formula starts. */
const ID_UNITS = [...'abz09-_.~/#:', ' ', ',', '"', "'", '=', '+', '@', 'ж', '保', 'ع', 'é', '😀'];
const id = fc.string({ unit: fc.constantFrom(...ID_UNITS), minLength: 1, maxLength: 24 });

/** Every id of the feed's items and questions (what references name). */
function idsOf(feed) {
  const items = ['topics', 'meetings', 'recommendations', 'documents', 'resources', 'consultations'].flatMap(
    (list) => feed[list] ?? [],
  );
  const questions = (feed.consultations ?? []).flatMap((c) => c.questions);
  return [...new Set([...items, ...questions].map((item) => item.id))];
}

/** The fields that hold an id, or ids: an item's own, and every reference of the model. */
const ID_FIELDS = new Set([
  'id',
  'meetings',
  'topics',
  'documents',
  'meeting',
  'document',
  'question',
  'consultation',
]);

/** `value` with the ids in its id fields renamed (`names`: old id → new id). */
const renamed = (value, names, field) => {
  if (Array.isArray(value)) return value.map((item) => renamed(item, names, field));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renamed(item, names, key)]));
  return typeof value === 'string' && ID_FIELDS.has(field) ? (names.get(value) ?? value) : value;
};

/** Sets the value at a JSON Pointer in `target`, or removes the field when `value` is undefined. */
function setOrRemove(target, pointer, value) {
  if (value !== undefined) return setAt(target, pointer, value);
  const at = pointer.lastIndexOf('/');
  Reflect.deleteProperty(valueAt(target, pointer.slice(0, at)), pointer.slice(at + 1));
}

/**
 * The template's other fields that a cell could misread, each given a generated value or left
 * out: a document's symbol (any text, or one that looks like a number, a date or a formula), a
 * file's size in bytes (up to 2^53 - 1) and a meeting's number.
 */
function scalarFields(template) {
  const symbol = fc.oneof(id, fc.constantFrom(...LOOKALIKES, ...FORMULA_STARTS.filter((t) => t.length > 1)));
  const bytes = fc.oneof(fc.nat(), fc.constantFrom(0, 2 ** 31, Number.MAX_SAFE_INTEGER));
  const fields = [
    ...template.documents.flatMap((document, i) => [
      [`/documents/${i}/symbol`, symbol],
      ...document.files.map((_, j) => [`/documents/${i}/files/${j}/bytes`, bytes]),
    ]),
    ...template.meetings.map((_, i) => [`/meetings/${i}/number`, fc.integer({ min: 1, max: 2 ** 31 })]),
  ];
  return fc
    .tuple(...fields.map(([, value]) => fc.option(value, { nil: undefined })))
    .map((values) => values.map((value, i) => [fields[i][0], value]));
}

/**
 * A valid feed: docs/feed-example.json (every list, question type and text field of the model,
 * found by the model's own walk, feedTexts) with every text replaced by a generated one, except the
 * labels of age bands, which the validator reads for years and dates (kept: "13-15"); its symbols,
 * file sizes and meeting numbers generated or left out; and, in half the feeds, every id (and so
 * every reference) renamed.
 */
function generatedFeed() {
  const template = readJson('docs/feed-example.json');
  const ageBand = (pointer) =>
    /\/options\/\d+\/label$/.test(pointer) &&
    valueAt(template, pointer.replace(/\/options\/\d+\/label$/, ''))?.type === 'age-band';
  const pointers = feedTexts(template)
    .map((text) => text.pointer)
    .filter((pointer) => !ageBand(pointer));
  const ids = idsOf(template);
  return fc
    .tuple(
      fc.array(localizedText, { minLength: pointers.length, maxLength: pointers.length }),
      fc.option(fc.uniqueArray(id, { minLength: ids.length, maxLength: ids.length }), { nil: undefined }),
      scalarFields(template),
    )
    .map(([texts, newIds, scalars]) => {
      const feed = newIds
        ? renamed(template, new Map(ids.map((old, i) => [old, newIds[i]])))
        : structuredClone(template);
      pointers.forEach((pointer, i) => setAt(feed, pointer, texts[i]));
      for (const [pointer, value] of scalars) setOrRemove(feed, pointer, value);
      return feed;
    });
}

/**
 * Checks `property` (fast-check's), seeded; a counterexample holds texts of up to 20,000
 * characters, so it is said in short, and written whole beside the build to reproduce it.
 */
async function check(property, runs) {
  const details = await fc.check(property, { seed: SEED, numRuns: runs });
  if (!details.failed) return;
  const saved = fileURLToPath(
    new URL('../../node_modules/.cache/cop-widgets/xlsx-counterexample.json', import.meta.url),
  );
  writeFileSync(saved, JSON.stringify(details.counterexample, null, 2));
  const cut = (text, n) => (text.length > n ? `${text.slice(0, n)}… (${text.length} characters)` : text);
  const short = JSON.stringify(details.counterexample, (key, value) =>
    typeof value === 'string' ? cut(value, 80) : value,
  );
  assert.fail(
    `failed after ${details.numRuns} runs (seed ${SEED}, path "${details.counterexamplePath}", ` +
      `shrunk ${details.numShrinks} times): ${cut(String(details.errorInstance?.message), 3000)}\n` +
      `counterexample (whole in ${saved}): ${cut(short, 4000)}`,
  );
}

/** Statistics of the generated feeds, for the run's line. */
const seen = { runs: 0, invalid: 0, longTexts: 0, formulaLike: 0 };

/**
 * Whether a generated feed is valid, counted. Rarely, random words of a youth question's label
 * read as asking for personal data (the validator refuses the question): such a feed is not valid,
 * and is not tried.
 */
function tried(feed) {
  if (issuesOf(feed).length > 0) {
    seen.invalid += 1;
    return false;
  }
  seen.runs += 1;
  for (const { texts } of feedTexts(feed)) {
    for (const text of Object.values(texts)) {
      if (text.length >= 10_000) seen.longTexts += 1;
      if (/^[=+\-@]/.test(text)) seen.formulaLike += 1;
    }
  }
  return true;
}

const noIssues = (problems) =>
  assert.deepEqual(
    problems.filter((p) => p.severity === 'issue'),
    [],
  );

/** A translator's languages: those of the generated texts other than the feed's default (en), and the others. */
const TRANSLATED = [...LANGS.filter((lang) => lang !== 'en'), ...Object.keys(OTHER_TAGS)];

describe(`generated valid feeds (seed ${SEED}, ${RUNS} + ${Math.ceil(RUNS / 3)} runs)`, () => {
  after(() => {
    process.stdout.write(
      `# round trip properties: ${seen.runs} runs (seed ${SEED}; ${seen.invalid} generated feeds not valid, skipped), ` +
        `${seen.longTexts} texts of 10,000+ characters, ${seen.formulaLike} beginning with = + - @\n`,
    );
  });

  it('feed → xlsx → feed is deep-equal, with no formula written', async () => {
    const started = performance.now();
    await check(
      fc.asyncProperty(generatedFeed(), async (feed) => {
        fc.pre(tried(feed));
        const { feed: back, problems } = await roundTrip(feed);
        noIssues(problems);
        assert.deepStrictEqual(back, feed);
      }),
      RUNS,
    );
    process.stdout.write(
      `# feed → xlsx → feed: ${RUNS} runs in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
    // (With the default number of runs and more, the runs must have met both.)
    if (RUNS >= 60)
      assert.ok(seen.longTexts > 0 && seen.formulaLike > 0, 'the runs included long and formula-like texts');
    assert.ok(seen.invalid < seen.runs / 10, `${seen.invalid} of the generated feeds were not valid`);
  });

  it("a translator's workbook (--lang) merged into the feed without that language gives the feed back", async () => {
    const runs = Math.ceil(RUNS / 3);
    const started = performance.now();
    await check(
      fc.asyncProperty(generatedFeed(), fc.constantFrom(...TRANSLATED), async (feed, lang) => {
        fc.pre(tried(feed));
        // The feed the translator's texts go into: the same, without any text in that language.
        const without = structuredClone(feed);
        for (const { pointer } of feedTexts(without)) {
          const text = valueAt(without, pointer);
          if (text && typeof text === 'object')
            setAt(without, pointer, Object.fromEntries(Object.entries(text).filter(([tag]) => tag !== lang)));
        }
        const { feed: back, problems } = await roundTrip(feed, { lang }, { merge: without });
        noIssues(problems);
        assert.deepStrictEqual(back, feed);
      }),
      runs,
    );
    process.stdout.write(
      `# --lang workbook merged: ${runs} runs in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
  });
});

describe('texts a cell cannot hold', () => {
  const withDocumentTitle = (title) => {
    const feed = readJson('docs/feed-example.json');
    feed.documents[0].title = { ...feed.documents[0].title, ru: title };
    return feed;
  };

  it('a text of 20,000 characters, a third of them escaped in the XML (CR, controls), comes back whole', async () => {
    // The cell holds the text itself (spreadsheet programs decode _x000D_): its escaped form in
    // the file, 60,000 characters, is no reason to refuse a valid text.
    const title = 'ж\r\n\u0001'.repeat(5_000);
    const feed = withDocumentTitle(title);
    assert.deepEqual(issuesOf(feed), []);
    const { feed: back } = await roundTrip(feed);
    assert.equal(back.documents[0].title.ru, title);
  });

  it(`a text over Excel's ${CELL_LIMIT.toLocaleString('en')} characters is refused, naming its pointer`, async () => {
    const feed = withDocumentTitle('ж'.repeat(CELL_LIMIT + 1));
    await assert.rejects(
      () => xlsx.feedToWorkbook(feed),
      (error) => {
        assert.match(error.message, /\/documents\/0\/title\/ru/);
        assert.match(error.message, /32[,\s.]?767/);
        return true;
      },
    );
  });

  it('a text of 32,767 characters (over the model limit of 20,000) is written whole, and from-xlsx reports it at its cell', async () => {
    const title = 'ж'.repeat(CELL_LIMIT);
    const workbook = await xlsx.feedToWorkbook(withDocumentTitle(title));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await workbook.xlsx.writeBuffer());
    const { problems } = xlsx.workbookToFeed(back);
    const problem = problems.find((p) => p.pointer.startsWith('/documents/0/title'));
    assert.ok(problem, `a problem for /documents/0/title: ${JSON.stringify(problems)}`);
    assert.equal(problem.severity, 'issue');
    assert.match(problem.cell, /^Documents!\$?[A-Z]+\$?\d+$/);
    assert.match(problem.message, /20[,\s.]?000/);
  });
});
