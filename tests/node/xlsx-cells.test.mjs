// The feed in a spreadsheet (issue 21), cell by cell: a badly edited row gives a problem at its
// cell and its feed pointer, never a crash; a --lang workbook is protected with only its
// language's column to fill; closed vocabularies have drop-downs; Arabic columns run right to
// left; a text that begins like a formula is written as text; --merge takes one language only;
// the command's exit codes are those of `validate`. The modules and the command are the ones
// `cop-widgets` runs (build-cli.mjs).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { cliModule, runCli } from './build-cli.mjs';

const EXAMPLE = 'docs/feed-example.json';
const readJson = (file) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));

let xlsx;
let dir;
before(async () => {
  xlsx = await cliModule('feed/xlsx/index');
  dir = mkdtempSync(join(tmpdir(), 'cop-xlsx-cells-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** The feed's workbook as a file would give it back: written to bytes, read by exceljs. */
async function workbookOf(feed, options) {
  const buffer = Buffer.from(await (await xlsx.feedToWorkbook(feed, options)).xlsx.writeBuffer());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  return { workbook, buffer };
}

/** Saves and reads again (as a spreadsheet program's edit would be), then reads the feed back. */
async function reread(workbook, options) {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await workbook.xlsx.writeBuffer());
  return xlsx.workbookToFeed(again, options);
}

/** The cell of `sheet` in the column headed `header`, on the row of item `n` (0: the first). */
function cellAt(workbook, sheet, header, n) {
  const worksheet = workbook.getWorksheet(sheet);
  assert.ok(worksheet, `a sheet "${sheet}"`);
  const headers = worksheet.getRow(1).values;
  const column = headers.indexOf(header);
  assert.ok(column > 0, `${sheet} has a column "${header}" (${headers.filter(Boolean).join(', ')})`);
  return worksheet.getRow(n + 2).getCell(column);
}

/** A cell's note as text (exceljs reads a note back as rich text). */
const noteText = (cell) =>
  typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((run) => run.text).join('');

/** The problems at one cell. */
const at = (problems, cell) => problems.filter((problem) => problem.cell === cell);

describe('a badly edited row: a problem at its cell, never a crash', () => {
  const dateCell = (cell) => {
    cell.value = new Date(Date.UTC(2016, 9, 11));
    cell.numFmt = 'yyyy-mm-dd';
  };
  const merge = (cell) =>
    cell.worksheet.mergeCells(`${cell.address}:${cell.worksheet.getCell(cell.row, cell.col + 1).address}`);
  // [what, sheet, column, item, the new value (a function: an edit), the pointer, the severity, the message]
  const cases = [
    ['a date as text', 'Meetings', 'date', 0, '10 October 2016', '/meetings/0/date'],
    [
      'a date as an Excel date cell (read, with a warning)',
      'Meetings',
      'date',
      0,
      dateCell,
      '/meetings/0/date',
      'warning',
      /read as 2016-10-11/,
    ],
    ['an unknown region', 'Resources', 'region', 1, 'middle-earth', '/resources/1/region'],
    ['an unknown document type', 'Documents', 'type', 0, 'memo', '/documents/0/type'],
    ['an empty id', 'Topics', 'id', 1, null, '/topics/1/id'],
    ['a duplicated id', 'Topics', 'id', 2, 'youth-participation', '/topics/2/id', 'issue', /Duplicate id/],
    ['a number where text is expected', 'Documents', 'title::en', 0, 2018, '/documents/0/title/en'],
    ['text where a number is expected', 'Meetings', 'number', 0, 'twelve', '/meetings/0/number'],
    [
      'a formula',
      'Documents',
      'title::fr',
      0,
      { formula: 'A1&"x"', result: 'x' },
      '/documents/0/title/fr',
      'issue',
      /a formula/,
    ],
    ['a merged cell', 'Documents', 'title::en', 0, merge, '/documents/0/title/en', 'issue', /merged/],
  ];
  for (const [name, sheet, header, n, value, pointer, severity = 'issue', message = /./] of cases) {
    it(name, async () => {
      const { workbook } = await workbookOf(readJson(EXAMPLE));
      const cell = cellAt(workbook, sheet, header, n);
      const address = `${sheet}!${cell.address}`;
      if (typeof value === 'function') value(cell);
      else cell.value = value;
      const { feed, problems } = await reread(workbook);
      const here = at(problems, address);
      assert.ok(
        here.some((p) => p.pointer === pointer && p.severity === severity && message.test(p.message)),
        `a ${severity} at ${address} ${pointer}; got ${JSON.stringify(problems, null, 1)}`,
      );
      for (const problem of here) assert.ok(problem.message.length > 10, problem.message);
      if (value === dateCell) assert.equal(feed.meetings[0].date, '2016-10-11');
    });
  }

  it('a nested row names a parent that does not exist: at its parent cell', async () => {
    const { workbook } = await workbookOf(readJson(EXAMPLE));
    const cell = cellAt(workbook, 'Document files', 'document', 0);
    cell.value = 'no-such-document';
    const { problems } = await reread(workbook);
    const here = at(problems, `'Document files'!${cell.address}`);
    assert.equal(here.length, 1, JSON.stringify(problems));
    assert.match(here[0].message, /no document "no-such-document"/);
  });

  it('TRUE() and FALSE(), as LibreOffice Calc saves a TRUE or FALSE cell, are read as TRUE and FALSE', async () => {
    const { workbook } = await workbookOf(readJson(EXAMPLE));
    cellAt(workbook, 'Consultation questions', 'required', 1).value = { formula: 'TRUE()', result: true };
    cellAt(workbook, 'Consultation questions', 'required', 2).value = { formula: 'FALSE()', result: false };
    const { feed, problems } = await reread(workbook);
    assert.deepEqual(
      problems.filter((p) => p.severity === 'issue'),
      [],
    );
    assert.equal(feed.consultations[0].questions[1].required, true);
    assert.equal(feed.consultations[0].questions[2].required, false);
  });

  it('an id that begins or ends with a space keeps it, and its files and references find it', async () => {
    const feed = readJson(EXAMPLE);
    const id = ' outcome 13 ';
    feed.documents[0].id = id;
    feed.recommendations[0].documents = [id];
    const { workbook } = await workbookOf(feed);
    const { feed: back, problems } = await reread(workbook);
    assert.deepEqual(
      problems.filter((p) => p.severity === 'issue'),
      [],
    );
    assert.deepStrictEqual(back, feed);
  });

  it('a parent id given twice: its rows go to the first, with a warning at their parent cell', async () => {
    const { workbook } = await workbookOf(readJson(EXAMPLE));
    cellAt(workbook, 'Documents', 'id', 1).value = 'outcome-13';
    const { problems } = await reread(workbook);
    // The first file is outcome-13's: it goes to the first outcome-13.
    assert.ok(
      at(problems, `'Document files'!A2`).some(
        (p) => p.severity === 'warning' && /more than once/.test(p.message),
      ),
      JSON.stringify(problems, null, 1),
    );
    // The second outcome-13 has no file: the validator says so (not that "files" is missing).
    assert.ok(
      problems.some(
        (p) =>
          p.cell === 'Documents!A3' &&
          p.pointer === '/documents/1/files' &&
          /at least one file/.test(p.message),
      ),
    );
  });

  it('never throws, whatever is typed where (fast-check: values of every kind, merged cells, renamed sheets)', async () => {
    const feed = readJson(EXAMPLE);
    const full = Buffer.from(await (await xlsx.feedToWorkbook(feed)).xlsx.writeBuffer());
    const ru = Buffer.from(await (await xlsx.feedToWorkbook(feed, { lang: 'ru' })).xlsx.writeBuffer());
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom('', ' ', 'a,,b', '"x', 'x: 1, y', 'null', 'TRUE', 'title::', '#', 'id', 'document'),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.date({ min: new Date(-1e13), max: new Date(1e13), noInvalidDate: true }),
      fc.constantFrom({ formula: 'A1' }, { sharedFormula: 'A1', result: 3 }, { error: '#N/A' }),
      fc.record({ richText: fc.array(fc.record({ text: fc.string() }), { maxLength: 3 }) }),
      fc.record({ text: fc.string(), hyperlink: fc.constant('https://example.org/') }),
    );
    const edit = fc.record({ sheet: fc.nat(20), row: fc.nat(30), col: fc.nat(25), value, how: fc.nat(9) });
    const address = /^('[^']*(''[^']*)*'|[A-Za-z_][A-Za-z0-9_.]*)![A-Z]+\d+$/;
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        async (edits, lang, merge) => {
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(lang ? ru : full);
          for (const { sheet, row, col, value: typed, how } of edits) {
            const worksheet = workbook.worksheets[sheet % workbook.worksheets.length];
            if (how === 0) worksheet.mergeCells(row + 1, col + 1, row + 1 + (col % 2), col + 2);
            else if (how === 1) worksheet.name = `S${col}`;
            else worksheet.getRow(row + 1).getCell(col + 1).value = typed;
          }
          const { problems } = xlsx.workbookToFeed(workbook, lang || merge ? { merge: feed } : {});
          for (const problem of problems) {
            assert.match(problem.cell, address);
            assert.equal(typeof problem.pointer, 'string');
            assert.ok(['issue', 'warning'].includes(problem.severity));
          }
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 40), seed: Number(process.env.FC_SEED ?? 21) },
    );
  });

  it('an empty text cell is an absent text', async () => {
    const { workbook } = await workbookOf(readJson(EXAMPLE));
    cellAt(workbook, 'Meetings', 'title::fr', 1).value = null;
    cellAt(workbook, 'Meetings', 'title::en', 1).value = '';
    const { feed, problems } = await reread(workbook);
    assert.deepEqual(
      problems.filter((p) => p.severity === 'issue'),
      [],
    );
    assert.equal(feed.meetings[1].title, undefined);
  });
});

describe('the workbook', () => {
  it('has a frozen header with a note from the model on every column', async () => {
    const { workbook } = await workbookOf(readJson(EXAMPLE));
    for (const worksheet of workbook.worksheets) {
      assert.equal(worksheet.views[0]?.state, 'frozen', worksheet.name);
      assert.equal(worksheet.views[0]?.ySplit, 1, worksheet.name);
      worksheet
        .getRow(1)
        .eachCell((cell) => assert.ok(noteText(cell), `${worksheet.name}!${cell.address} has a note`));
    }
    // The model's own descriptions (IdSchema, the results' fields).
    assert.match(noteText(cellAt(workbook, 'Documents', 'id', -1)), /unique within its list/);
    assert.match(noteText(cellAt(workbook, 'Results', 'minimumCount', -1)), /published as null; at least 5/);
    assert.match(noteText(cellAt(workbook, 'Meetings', 'title::fr', -1)), /^title in French \(fr\)/);
  });

  it('offers a drop-down for every closed vocabulary', async () => {
    const { buffer } = await workbookOf(readJson(EXAMPLE));
    const zip = await JSZip.loadAsync(buffer);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer);
    const lists = async (sheet) => {
      const index = workbook.worksheets.findIndex((w) => w.name === sheet) + 1;
      const xml = await zip.file(`xl/worksheets/sheet${index}.xml`).async('string');
      return [
        ...xml.matchAll(
          /<dataValidation type="list"[^>]*sqref="([A-Z]+)2:[A-Z]+\d+"[^>]*>\s*<formula1>&quot;([^<]*)&quot;<\/formula1>/g,
        ),
      ].map(([, column, list]) => [workbook.getWorksheet(sheet).getCell(`${column}1`).value, list]);
    };
    assert.deepEqual(await lists('Documents'), [
      ['type', 'report,contribution,liaison,resolution,guideline,information,other'],
    ]);
    assert.deepEqual(Object.fromEntries(await lists('Resources')), {
      scope: 'national,regional,international',
      region: 'africa,americas,arab-states,asia-pacific,cis,europe',
      kind: 'case-study,good-practice,guideline,research,campaign,helpline,tool,other',
      stakeholder: 'government,industry,civil-society,academia,international-organization,youth',
    });
    assert.deepEqual(Object.fromEntries(await lists('Consultation questions')), {
      required: 'TRUE,FALSE',
      type: 'single,multiple,text,long-text,scale,age-band,consent,section',
    });
  });

  it('runs Arabic columns right to left, and the others not', async () => {
    const { workbook } = await workbookOf(readJson(EXAMPLE));
    assert.equal(cellAt(workbook, 'Topics', 'label::ar', 0).alignment?.readingOrder, 'rtl');
    assert.equal(cellAt(workbook, 'Topics', 'label::ar', -1).alignment?.readingOrder, 'rtl');
    assert.notEqual(cellAt(workbook, 'Topics', 'label::fr', 0).alignment?.readingOrder, 'rtl');
  });

  it('writes a text that begins like a formula as text (no <f> in the file)', async () => {
    const feed = readJson(EXAMPLE);
    const texts = ['=HYPERLINK("https://x.invalid","y")', '+41 22 730 5111', '-1', '@SUM(A1)'];
    feed.topics[0].label = { en: texts[0], fr: texts[1], ar: texts[2] };
    feed.topics[1].label = texts[3];
    const { workbook, buffer } = await workbookOf(feed);
    const zip = await JSZip.loadAsync(buffer);
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/sheet'))) {
      assert.doesNotMatch(await zip.file(name).async('string'), /<f[\s>/]/, name);
    }
    assert.equal(cellAt(workbook, 'Topics', 'label::en', 0).value, texts[0]);
    const { feed: back } = await reread(workbook);
    assert.deepEqual(back.topics[0].label, feed.topics[0].label);
    assert.equal(back.topics[1].label, texts[3]);
  });
});

describe('to-xlsx --lang ru: a workbook for one translator', () => {
  it('locks every cell but the ru column, which keeps the texts already translated', async () => {
    const feed = readJson('feeds/cwg-cop.json');
    const { workbook } = await workbookOf(feed, { lang: 'ru' });
    assert.ok(workbook.worksheets.length > 5);
    let unlocked = 0;
    for (const worksheet of workbook.worksheets) {
      assert.ok(worksheet.sheetProtection?.sheet, `${worksheet.name} is protected`);
      const headers = worksheet.getRow(1).values;
      for (let r = 2; r <= worksheet.rowCount; r += 1) {
        worksheet.getRow(r).eachCell({ includeEmpty: true }, (cell, c) => {
          const header = worksheet.name === 'Feed' ? worksheet.getRow(r).getCell(1).value : headers[c];
          const fill =
            worksheet.name === 'Feed' ? c === 2 && header.endsWith('::ru') : header.endsWith('::ru');
          // Locked is a cell's default: exceljs reads no protection back for it.
          assert.equal(
            cell.protection?.locked !== false,
            !fill,
            `${worksheet.name}!${cell.address} (${header})`,
          );
          if (fill) unlocked += 1;
        });
      }
      assert.ok(!headers.some((h) => typeof h === 'string' && /::(fr|es|ar|zh)$/.test(h)), worksheet.name);
    }
    assert.ok(unlocked > 200, `${unlocked} cells to fill`);
    assert.equal(cellAt(workbook, 'Documents', 'title::ru', 0).value, feed.documents[0].title.ru);
    assert.equal(cellAt(workbook, 'Documents', 'title::en', 0).value, feed.documents[0].title.en);
  });

  it('--merge takes the ru column only (an edit of the locked source is ignored)', async () => {
    const feed = readJson('feeds/cwg-cop.json');
    const { workbook } = await workbookOf(feed, { lang: 'ru' });
    cellAt(workbook, 'Documents', 'title::ru', 0).value = 'Новое название';
    cellAt(workbook, 'Documents', 'title::en', 0).value = 'Changed in the locked source column';
    cellAt(workbook, 'Topics', 'label::ru', 1).value = null;
    const { feed: merged, problems } = await reread(workbook, { merge: feed });
    assert.deepEqual(
      problems.filter((p) => p.severity === 'issue'),
      [],
    );
    const expected = structuredClone(feed);
    expected.documents[0].title.ru = 'Новое название';
    delete expected.topics[1].label.ru;
    assert.deepStrictEqual(merged, expected);
    assert.deepEqual(
      Object.keys(merged.documents[0].title),
      Object.keys(feed.documents[0].title),
      'key order kept',
    );
  });

  it('--merge of a row whose item the feed lacks: a problem at its key cell', async () => {
    const feed = readJson(EXAMPLE);
    const { workbook } = await workbookOf(feed, { lang: 'ru' });
    cellAt(workbook, 'Topics', 'label::ru', 0).value = 'Участие молодежи';
    const smaller = structuredClone(feed);
    smaller.topics.shift();
    const { problems } = await reread(workbook, { merge: smaller });
    const cell = cellAt(workbook, 'Topics', 'id', 0);
    assert.equal(at(problems, `Topics!${cell.address}`).length, 1, JSON.stringify(problems));
  });
});

describe('--merge of a full workbook', () => {
  it('takes every text column, and nothing else', async () => {
    const feed = readJson(EXAMPLE);
    const { workbook } = await workbookOf(feed);
    cellAt(workbook, 'Documents', 'title::fr', 0).value = 'Résultats, nouvelle rédaction';
    cellAt(workbook, 'Documents', 'date', 0).value = '2020-01-01';
    cellAt(workbook, 'Topics', 'label', 2).value = 'Digital skills';
    cellAt(workbook, 'Topics', 'label::es', 0).value = 'Participación de los jóvenes';
    cellAt(workbook, 'Topics', 'label::ar', 0).value = null;
    cellAt(workbook, 'Question options', 'label::fr', 0).value = '9 à 12 ans révolus';
    const { feed: merged, problems } = await reread(workbook, { merge: feed });
    assert.deepEqual(
      problems.filter((p) => p.severity === 'issue'),
      [],
    );
    const expected = structuredClone(feed);
    expected.documents[0].title.fr = 'Résultats, nouvelle rédaction';
    expected.topics[2].label = 'Digital skills';
    expected.topics[0].label = {
      en: 'Youth participation',
      fr: 'Participation des jeunes',
      es: 'Participación de los jóvenes',
    };
    expected.consultations[0].questions[1].options[0].label.fr = '9 à 12 ans révolus';
    assert.deepStrictEqual(merged, expected);
  });
});

describe('the command', () => {
  const book = () => join(dir, 'example.xlsx');

  it('to-xlsx then from-xlsx: 0; an issue: 1 and nothing written; unreadable or misused: 2', async () => {
    assert.equal((await runCli(['feed', 'to-xlsx', EXAMPLE, '-o', book()])).code, 0);
    const out = join(dir, 'out.json');
    const ok = await runCli(['feed', 'from-xlsx', book(), '-o', out]);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.deepStrictEqual(JSON.parse(readFileSync(out, 'utf8')), readJson(EXAMPLE));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book());
    const cell = cellAt(workbook, 'Documents', 'title::fr', 1);
    cell.value = 42;
    const bad = join(dir, 'bad.xlsx');
    await workbook.xlsx.writeFile(bad);
    const badOut = join(dir, 'bad.json');
    const issue = await runCli(['feed', 'from-xlsx', bad, '-o', badOut]);
    assert.equal(issue.code, 1, issue.stdout + issue.stderr);
    assert.match(issue.stdout, new RegExp(`^Documents!${cell.address} /documents/1/title/fr: `, 'm'));
    assert.match(issue.stdout, /1 issue, .*not written/);
    assert.throws(() => readFileSync(badOut));

    const notXlsx = join(dir, 'not.xlsx');
    writeFileSync(notXlsx, 'not a workbook');
    assert.equal((await runCli(['feed', 'from-xlsx', notXlsx])).code, 2);
    assert.equal((await runCli(['feed', 'from-xlsx'])).code, 2);
    assert.equal((await runCli(['feed', 'to-xlsx', EXAMPLE, '--merge', EXAMPLE])).code, 2);
    assert.equal((await runCli(['feed', 'to-xlsx', join(dir, 'missing.json')])).code, 2);
  });

  it('a feed that is not JSON (to read or to --merge into) is named by line and column: 2, nothing written', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(
      broken,
      '\uFEFF{\n  "version": 1,\n  "documents": [\n    { "id": "a" "title": {} }\n  ]\n}\n',
    );
    const out = join(dir, 'broken-out.json');
    const merge = await runCli(['feed', 'from-xlsx', book(), '--merge', broken, '-o', out]);
    assert.equal(merge.code, 2, merge.stdout + merge.stderr);
    assert.match(merge.stdout + merge.stderr, /not valid JSON: line 4, column 16: /);
    assert.throws(() => readFileSync(out));
    const read = await runCli(['feed', 'to-xlsx', broken, '-o', join(dir, 'broken.xlsx')]);
    assert.equal(read.code, 2, read.stdout + read.stderr);
    assert.match(read.stdout + read.stderr, /not valid JSON: line 4, column 16: /);
    assert.throws(() => readFileSync(join(dir, 'broken.xlsx')));
  });

  it('to-xlsx names each field the model does not know (not written)', async () => {
    const feed = readJson(EXAMPLE);
    feed.documents[1].sumary = 'misspelt';
    const file = join(dir, 'unknown-field.json');
    writeFileSync(file, JSON.stringify(feed));
    const result = await runCli(['feed', 'to-xlsx', file, '-o', join(dir, 'unknown-field.xlsx')]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stdout,
      /^\/documents\/1\/sumary: warning: not a field of the feed model: not written$/m,
    );
    assert.equal(result.stdout.match(/warning/g).length, 1, result.stdout);
  });

  it('a --lang workbook: from-xlsx without --merge is 2; with it, 0', async () => {
    const ru = join(dir, 'ru.xlsx');
    assert.equal((await runCli(['feed', 'to-xlsx', EXAMPLE, '--lang', 'ru', '-o', ru])).code, 0);
    const alone = await runCli(['feed', 'from-xlsx', ru]);
    assert.equal(alone.code, 2);
    assert.match(alone.stderr, /--merge/);
    const merged = join(dir, 'merged.json');
    const result = await runCli(['feed', 'from-xlsx', ru, '--merge', EXAMPLE, '-o', merged]);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.deepStrictEqual(JSON.parse(readFileSync(merged, 'utf8')), readJson(EXAMPLE));
  });
});
