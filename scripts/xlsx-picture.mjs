// The picture of the feed's workbook in docs/feed.md ("Editing the feed in a spreadsheet"):
// `cop-widgets feed to-xlsx feeds/cwg-cop.json` (the command built from src/, as the tests run it:
// tests/node/build-cli.mjs), its Documents sheet printed by LibreOffice headless to PDF, and the
// first page to PNG by pdftoppm (poppler-utils), cut to the printed cells. The sheet is shown as the command wrote it (its columns, widths, right-to-left
// Arabic cells); for the print only, the other sheets are left out, the columns other than the id,
// titles and type are hidden, and each row is made as tall as its wrapped titles (LibreOffice does
// not size rows on opening), so that the titles in the six languages are legible on one page.
//
//   node scripts/xlsx-picture.mjs [out.png]      default docs/screenshots/feed-workbook.png
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { runCli } from '../tests/node/build-cli.mjs';
import { convert, requireSoffice } from '../tests/node/helpers/libreoffice.mjs';

const out = process.argv[2] ?? 'docs/screenshots/feed-workbook.png';
const SHEET = 'Documents';
/** The columns the picture shows (by header); the others are hidden in the printed copy. */
const shown = (header) => /^(id|type|title(::.+)?)$/.test(header);
/** Lines a text takes in a column `width` characters wide (a CJK character is two wide). */
const linesOf = (text, width) =>
  Math.max(
    1,
    Math.ceil([...text].reduce((n, ch) => n + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0) / (width * 0.9)),
  );

const run = promisify(execFile);

await requireSoffice();
const dir = mkdtempSync(join(tmpdir(), 'cop-xlsx-picture-'));
try {
  const book = join(dir, 'cwg-cop.xlsx');
  const made = await runCli(['feed', 'to-xlsx', 'feeds/cwg-cop.json', '-o', book]);
  if (made.code !== 0) throw new Error(`to-xlsx exited ${made.code}: ${made.stderr}${made.stdout}`);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(book);
  for (const sheet of [...workbook.worksheets]) {
    if (sheet.name !== SHEET) workbook.removeWorksheet(sheet.id);
  }
  const sheet = workbook.getWorksheet(SHEET);
  if (!sheet) throw new Error(`the workbook has no ${SHEET} sheet`);
  const headerRow = sheet.getRow(1);
  let last = 0;
  const widths = new Map();
  for (let column = 1; column <= sheet.columnCount; column += 1) {
    const header = String(headerRow.getCell(column).value ?? '');
    sheet.getColumn(column).hidden = !shown(header);
    if (!shown(header)) continue;
    last = column;
    widths.set(column, sheet.getColumn(column).width ?? 10);
  }
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const lines = [...widths].map(([column, width]) =>
      linesOf(String(row.getCell(column).value ?? ''), width),
    );
    row.height = 15 * Math.max(...lines) + 2;
  });
  const lastCell = sheet.getCell(sheet.rowCount, last).address;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: 'landscape',
    paperSize: 8, // A3
    printArea: `A1:${lastCell}`,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    showGridLines: true,
    showRowColHeaders: true,
    margins: { left: 0.3, right: 0.3, top: 0.3, bottom: 0.3, header: 0, footer: 0 },
  };
  const printed = join(dir, 'documents.xlsx');
  await workbook.xlsx.writeFile(printed);

  const [pdf] = await convert(printed, 'pdf', dir);
  // The printed cells' extent, from the words' boxes (pdftotext -bbox, poppler-utils too), with room
  // for the grid around them: the page is cut to it.
  const { stdout: boxes } = await run('pdftotext', ['-f', '1', '-l', '1', '-bbox', join(dir, pdf), '-']);
  const words = [...boxes.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g)].map(
    (m) => m.slice(1).map(Number),
  );
  if (words.length === 0) throw new Error('the printed page has no text');
  const [x0, y0, x1, y1] = [0, 1, 2, 3].map((i) =>
    (i < 2 ? Math.min : Math.max)(...words.map((box) => box[i])),
  );
  const dpi = 120;
  const px = (points) => Math.round((points * dpi) / 72);
  const pad = 12;
  await run('pdftoppm', [
    ...['-png', '-singlefile', '-r', String(dpi), '-f', '1', '-l', '1'],
    ...['-x', String(px(Math.max(0, x0 - pad))), '-y', String(px(Math.max(0, y0 - pad)))],
    // (On the right, the last column's grid line is further from its words: more room there.)
    ...['-W', String(px(x1 - x0 + 5 * pad)), '-H', String(px(y1 - y0 + 2 * pad))],
    join(dir, pdf),
    join(dir, 'page'),
  ]);
  copyFileSync(join(dir, 'page.png'), out);
  console.log(`${out}: the ${SHEET} sheet of feeds/cwg-cop.json's workbook, as LibreOffice prints it`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
