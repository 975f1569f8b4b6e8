// A workbook edited badly, at random (issue 21: "a badly edited row … gives a message at its cell,
// never a crash"): docs/feed-example.json's workbook (`feed to-xlsx`), then one to six edits a
// person could make in a spreadsheet program — any cell, header or not, set to a text, a number,
// TRUE/FALSE, a date, a formula, rich text, a link, an error or nothing; cells merged; rows deleted
// or inserted; a sheet renamed or deleted — saved, and read back by `feed from-xlsx`'s code, as
// a whole and as a merge. It never throws, and every problem names a cell of the workbook and a
// feed pointer. FC_SEED=<n> FC_RUNS=<n> reproduce or widen a run.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { cliModule } from './build-cli.mjs';

const SEED = Number(process.env.FC_SEED ?? 21);
const RUNS = Number(process.env.FC_RUNS ?? 25);

const example = JSON.parse(readFileSync(new URL('../../docs/feed-example.json', import.meta.url), 'utf8'));

let xlsx;
let original;
before(async () => {
  xlsx = await cliModule('feed/xlsx/index');
  original = Buffer.from(await (await xlsx.feedToWorkbook(example)).xlsx.writeBuffer());
});

const text = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'youth-participation',
    'cwg-cop-12',
    'report',
    'africa',
    'nowhere',
    'TRUE',
    '13-15',
  ),
  fc.constantFrom(
    '2026-11-01',
    '01/02/2027',
    '2026-13-45',
    '12',
    '-3',
    '1e5',
    'a, b',
    '"a, b", c',
    'en: 5, fr: x',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'жзи保护عربé =+-@,":\n'), maxLength: 12 }),
);
/** What a cell of a spreadsheet program can hold. */
const cellValue = fc.oneof(
  { weight: 6, arbitrary: text },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.integer({ min: -5, max: 100_000 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    ),
  },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc.date({ min: new Date('1900-03-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom({ formula: '1+1', result: 2 }, { formula: 'A1' }, { formula: 'NOW()' }),
  },
  {
    weight: 1,
    arbitrary: text.map((t) => ({ richText: [{ text: t }, { font: { bold: true }, text: 'x' }] })),
  },
  { weight: 1, arbitrary: text.map((t) => ({ text: t, hyperlink: 'https://example.org/' })) },
  { weight: 1, arbitrary: fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const place = { sheet: fc.nat(50), row: fc.nat(30), column: fc.nat(30) };
const edit = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('cell'), ...place, value: cellValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('header'), ...place, value: text }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('merge'), ...place, rows: fc.nat(2), columns: fc.nat(2) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete-row'), ...place }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insert-row'),
      ...place,
      values: fc.array(cellValue, { maxLength: 6 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('rename-sheet'),
      ...place,
      name: fc.string({ minLength: 1, maxLength: 20 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-sheet'), ...place }) },
);

/** Makes `change` in `workbook`, as a spreadsheet program would let a person (false if it would not). */
function apply(workbook, change) {
  const sheets = workbook.worksheets;
  if (sheets.length === 0) return false;
  const sheet = sheets[change.sheet % sheets.length];
  const row = 1 + (change.row % (sheet.rowCount + 3));
  const column = 1 + (change.column % (sheet.columnCount + 2));
  try {
    switch (change.kind) {
      case 'cell':
        sheet.getCell(row, column).value = change.value;
        break;
      case 'header':
        sheet.getCell(1, column).value = change.value;
        break;
      case 'merge':
        sheet.mergeCells(row, column, row + change.rows, column + change.columns);
        break;
      case 'delete-row':
        sheet.spliceRows(row, 1);
        break;
      case 'insert-row':
        sheet.insertRow(row, change.values);
        break;
      case 'rename-sheet':
        sheet.name = change.name;
        break;
      default:
        workbook.removeWorksheet(sheet.id);
    }
    return true;
  } catch {
    return false; // exceljs refuses it (a sheet name with "/", cells merged twice…): no person can.
  }
}

/** A cell of a sheet: `Documents!D14`, `'Document files'!A3` (a sheet name with a space quoted). */
const CELL = /^(?:'(?:[^']|'')+'|[^'!\s]+)!\$?[A-Z]{1,3}\$?[1-9]\d*$/;

function checkProblems(problems) {
  assert.ok(Array.isArray(problems));
  for (const problem of problems) {
    assert.match(problem.cell, CELL, JSON.stringify(problem));
    assert.ok(problem.pointer === '' || problem.pointer.startsWith('/'), JSON.stringify(problem));
    assert.ok(typeof problem.message === 'string' && problem.message.trim() !== '', JSON.stringify(problem));
    assert.ok(['issue', 'warning'].includes(problem.severity), JSON.stringify(problem));
  }
}

describe(`a workbook edited badly, at random (seed ${SEED}, ${RUNS} runs)`, () => {
  it('is read back, as a whole and as a merge, without a crash; every problem names its cell', async () => {
    const started = performance.now();
    const seen = { runs: 0, edits: 0, refused: 0, problems: 0 };
    const details = await fc.check(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (changes) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(original);
        const made = changes.filter((change) => apply(workbook, change)).length;
        seen.refused += changes.length - made;
        fc.pre(made > 0);
        // Saved and opened again, as the person's spreadsheet program and then from-xlsx would.
        const back = new ExcelJS.Workbook();
        await back.xlsx.load(await workbook.xlsx.writeBuffer());
        seen.runs += 1;
        seen.edits += made;
        const whole = xlsx.workbookToFeed(back);
        checkProblems(whole.problems);
        const merged = xlsx.workbookToFeed(back, { merge: structuredClone(example) });
        checkProblems(merged.problems);
        seen.problems += whole.problems.length;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    if (details.failed) {
      assert.fail(
        `failed after ${details.numRuns} runs (seed ${SEED}, path "${details.counterexamplePath}"): ` +
          `${details.errorInstance?.stack ?? details.errorInstance}\nedits: ${JSON.stringify(details.counterexample?.[0])}`,
      );
    }
    process.stdout.write(
      `# badly edited workbooks: ${seen.runs} runs (seed ${SEED}), ${seen.edits} edits (${seen.refused} refused by exceljs), ` +
        `${seen.problems} problems named, ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
    assert.ok(seen.problems > 0, 'the edits gave problems to name');
  });
});
