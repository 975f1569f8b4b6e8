// Issue 21's "done when", as a regional office would do it, with the `cop-widgets` command the
// tests build (../build-cli.mjs): the CWG-COP feed without one Chinese summary (it has every text,
// so one is taken out first) → `feed to-xlsx` → a translator changes a Russian title and adds the
// missing Chinese summary in the workbook (exceljs, as a spreadsheet program would save it) →
// `feed from-xlsx --merge` into the feed → `feed status` before and after. Used by
// tests/node/xlsx-done-when.test.mjs and, to serve both feeds to the elements, by
// tests/server/plugins/xlsx-done-when.mjs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../build-cli.mjs';

export const DOCUMENT = 'cwg-cop-report-2018';
export const RU_TITLE =
  'Отчёт Рабочей группы Совета по защите ребенка в онлайновой среде за 2018 год (новая редакция)';
export const ZH_SUMMARY = '本报告概述了工作组2018年的工作、建议以及与各区域办事处的合作（译自电子表格）。';

const run = async (args) => {
  const result = await runCli(args);
  if (result.code !== 0)
    throw new Error(`cop-widgets ${args.join(' ')} exited ${result.code}: ${result.stderr}${result.stdout}`);
  return result;
};

/** The cells of `sheet` by header name for the row whose "id" cell is `id`. */
function rowCells(sheet, id) {
  let header;
  let found;
  sheet.eachRow((row) => {
    const values = row.values.map((value) => (typeof value === 'string' ? value : value?.toString()));
    if (!header && values.includes('id')) header = values;
    else if (header && !found && values[header.indexOf('id')] === id) found = row;
  });
  if (!header) throw new Error(`${sheet.name}: no header row with an "id" column`);
  if (!found) throw new Error(`${sheet.name}: no row for ${id}`);
  return (name) => {
    const column = header.indexOf(name);
    if (column < 0)
      throw new Error(`${sheet.name}: no column ${name} (${header.filter(Boolean).join(', ')})`);
    return found.getCell(column);
  };
}

/** `feed status <file>`: the table's cell for `list` and `language` ("21/22 95.4%"). */
export function statusCell(lines, list, language) {
  const table = lines.split('\n').filter(Boolean);
  const languages = table[1].trim().split(/\s+/);
  const row = table.find((line) => line.startsWith(`${list} `));
  if (!row) throw new Error(`no "${list}" row in:\n${lines}`);
  return row.trim().split(/\s{2,}/)[1 + languages.indexOf(language)];
}

/** Runs the whole edit in `dir`; resolves to the files, the feeds and the status tables. */
export async function editThroughSpreadsheet(dir) {
  const feed = JSON.parse(readFileSync(new URL('../../../feeds/cwg-cop.json', import.meta.url), 'utf8'));
  const document = feed.documents.find((d) => d.id === DOCUMENT);
  delete document.summary.zh;
  const files = {
    feed: join(dir, 'feed.json'),
    workbook: join(dir, 'feed.xlsx'),
    edited: join(dir, 'edited.xlsx'),
    merged: join(dir, 'merged.json'),
  };
  writeFileSync(files.feed, `${JSON.stringify(feed, null, 2)}\n`);

  await run(['feed', 'to-xlsx', files.feed, '-o', files.workbook]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(files.workbook);
  const sheet = workbook.getWorksheet('Documents');
  if (!sheet) throw new Error(`no Documents sheet: ${workbook.worksheets.map((s) => s.name).join(', ')}`);
  const cell = rowCells(sheet, DOCUMENT);
  const before = { ruTitle: cell('title::ru').value, zhSummary: cell('summary::zh').value };
  cell('title::ru').value = RU_TITLE;
  cell('summary::zh').value = ZH_SUMMARY;
  await workbook.xlsx.writeFile(files.edited);

  const merge = await run(['feed', 'from-xlsx', files.edited, '--merge', files.feed, '-o', files.merged]);
  const status = {
    before: (await run(['feed', 'status', files.feed])).stdout,
    after: (await run(['feed', 'status', files.merged])).stdout,
  };
  return {
    files,
    feed,
    merged: JSON.parse(readFileSync(files.merged, 'utf8')),
    cellsBefore: before,
    merge,
    status,
  };
}
