// The CWG-COP feed's workbooks (`cop-widgets feed to-xlsx`, all languages and `--lang ru`) open in
// LibreOffice Calc: headless, every sheet converted to CSV, and the CSV holds the feed's cells
// (each document's title in Arabic and in Chinese, each Russian title in the translator's
// workbook); and, saved again by LibreOffice as .xlsx, both read back by `feed from-xlsx` as the
// same feed. Needs Debian's `libreoffice-calc` (soffice); without it the test fails and says so.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { runCli } from './build-cli.mjs';
import { CSV_ALL_SHEETS, convert, parseCsv, requireSoffice } from './helpers/libreoffice.mjs';

const FEED = 'feeds/cwg-cop.json';
const feed = JSON.parse(readFileSync(new URL(`../../${FEED}`, import.meta.url), 'utf8'));

/** Titles a spreadsheet would take for a formula, a number, a date or a boolean if they were not text. */
const LOOKALIKES = [
  ['=1+1', '=HYPERLINK("https://example.org","x")', '+1', '-1', '@SUM(1,2)', '=A1'],
  ['TRUE', '0012', '1e5', '2026-11-01', '12:30', '50%'],
];
const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/** docs/feed-example.json with its two documents titled with the look-alikes. */
function lookalikeFeed() {
  const example = JSON.parse(readFileSync(new URL('../../docs/feed-example.json', import.meta.url), 'utf8'));
  example.documents.forEach((document, i) => {
    document.title = Object.fromEntries(LANGS.map((lang, j) => [lang, LOOKALIKES[i][j]]));
  });
  return example;
}

let dir;
/** Sheet name → rows, per workbook ('all', 'ru', 'lookalikes'), as LibreOffice read them. */
const csv = {};
let sheetNames;
let seconds;
/** The workbooks, and the first two saved by LibreOffice (in lo/). */
let books;
let saved;

before(async () => {
  await requireSoffice();
  dir = mkdtempSync(join(tmpdir(), 'cop-xlsx-libreoffice-'));
  writeFileSync(join(dir, 'lookalikes.json'), JSON.stringify(lookalikeFeed()));
  books = { all: join(dir, 'all.xlsx'), ru: join(dir, 'ru.xlsx'), lookalikes: join(dir, 'lookalikes.xlsx') };
  for (const [name, file] of Object.entries(books)) {
    const source = name === 'lookalikes' ? join(dir, 'lookalikes.json') : FEED;
    const lang = name === 'ru' ? ['--lang', 'ru'] : [];
    const made = await runCli(['feed', 'to-xlsx', source, '-o', file, ...lang]);
    assert.equal(made.code, 0, made.stderr + made.stdout);
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(books.all);
  sheetNames = workbook.worksheets.map((sheet) => sheet.name);
  const started = performance.now();
  await convert(Object.values(books), CSV_ALL_SHEETS, dir);
  mkdirSync(join(dir, 'lo'));
  await convert([books.all, books.ru], 'xlsx:Calc MS Excel 2007 XML', join(dir, 'lo'));
  saved = { all: join(dir, 'lo', 'all.xlsx'), ru: join(dir, 'lo', 'ru.xlsx') };
  seconds = (performance.now() - started) / 1000;
  for (const name of Object.keys(books)) {
    csv[name] = {};
    for (const sheet of sheetNames) {
      const file = join(dir, `${name}-${sheet}.csv`);
      if (existsSync(file)) csv[name][sheet] = parseCsv(readFileSync(file, 'utf8'));
    }
  }
});
after(() => dir && rmSync(dir, { recursive: true, force: true }));

/** The rows of `sheet` below its header (the first row with an "id" cell), as header → cell. */
function records(rows) {
  const at = rows.findIndex((row) => row.includes('id'));
  assert.ok(at >= 0, 'the sheet has a header row with an "id" column');
  const header = rows[at];
  return rows
    .slice(at + 1)
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

describe('the workbook of the CWG-COP feed in LibreOffice Calc (soffice --headless --convert-to csv, xlsx)', () => {
  it('opens, every sheet converted', () => {
    process.stdout.write(
      `# LibreOffice: 3 workbooks, ${sheetNames.length} sheets each, to CSV, and 2 to .xlsx, in ${seconds.toFixed(1)} s\n`,
    );
    assert.ok(sheetNames.includes('Documents'), `a Documents sheet among ${sheetNames.join(', ')}`);
    assert.deepEqual(Object.keys(csv.all).sort(), [...sheetNames].sort(), 'a CSV for every sheet');
  });

  it("shows every document's title in Arabic and in Chinese, as in the feed", () => {
    const rows = records(csv.all.Documents);
    assert.equal(rows.length, feed.documents.length);
    for (const document of feed.documents) {
      const row = rows.find((r) => r.id === document.id);
      assert.ok(row, `a row for ${document.id}`);
      assert.equal(row['title::ar'], document.title.ar);
      assert.equal(row['title::zh'], document.title.zh);
    }
    assert.match(rows[0]['title::ar'], /[\u0600-\u06ff]/);
    assert.match(rows[0]['title::zh'], /[\u4e00-\u9fff]/);
  });

  it('shows one row per item on every list sheet', () => {
    const lists = {
      Topics: 'topics',
      Meetings: 'meetings',
      Recommendations: 'recommendations',
      Documents: 'documents',
      Resources: 'resources',
      Consultations: 'consultations',
    };
    for (const [sheet, list] of Object.entries(lists)) {
      assert.ok(csv.all[sheet], `a ${sheet} sheet`);
      assert.deepEqual(
        records(csv.all[sheet]).map((row) => row.id),
        feed[list].map((item) => item.id),
        sheet,
      );
    }
  });

  it('shows titles that look like formulas, numbers, dates or booleans as they were typed (no formula computed)', () => {
    const rows = records(csv.lookalikes.Documents);
    assert.equal(rows.length, LOOKALIKES.length);
    rows.forEach((row, i) => {
      assert.deepEqual(
        LANGS.map((lang) => row[`title::${lang}`]),
        LOOKALIKES[i],
      );
    });
  });

  it("shows the Russian translator's workbook (--lang ru) with each Russian title", () => {
    assert.ok(csv.ru.Documents, 'the ru workbook has a Documents sheet');
    const rows = records(csv.ru.Documents);
    for (const document of feed.documents) {
      const row = rows.find((r) => r.id === document.id);
      assert.ok(row, `a row for ${document.id}`);
      assert.equal(row['title::ru'], document.title.ru);
    }
  });

  it('saved by LibreOffice as .xlsx, the workbook comes back as the same feed (from-xlsx)', async () => {
    const out = join(dir, 'from-lo.json');
    const read = await runCli(['feed', 'from-xlsx', saved.all, '-o', out]);
    assert.equal(read.code, 0, read.stderr + read.stdout);
    assert.deepStrictEqual(JSON.parse(readFileSync(out, 'utf8')), feed);
  });

  it("saved by LibreOffice, the Russian translator's workbook merges into the feed with no change", async () => {
    const out = join(dir, 'merged-lo.json');
    const read = await runCli(['feed', 'from-xlsx', saved.ru, '--merge', FEED, '-o', out]);
    assert.equal(read.code, 0, read.stderr + read.stdout);
    assert.deepStrictEqual(JSON.parse(readFileSync(out, 'utf8')), feed);
  });
});
