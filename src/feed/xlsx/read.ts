/**
 * A workbook back into a feed ({@link workbookToFeed}), or a workbook's texts into an existing
 * feed (`merge`); then the feed through the validator the `validate` command runs. Every problem
 * names its cell (`Documents!D14`) and its feed pointer (`/documents/12/title/ru`). Nothing a person
 * leaves in a cell (a formula, a date cell, a merged cell, a number where text is expected) throws.
 */
import type ExcelJS from 'exceljs';
import { feedWarnings, resultsWarnings } from '../report.js';
import { resultsOf } from '../results.js';
import { sourceLanguageOf } from '../status.js';
import { validateFeed } from '../validate.js';
import { layoutOf, type SheetLayout } from './layout.js';
import {
  type Parent,
  feedSheetRows,
  keyOf,
  place,
  readFeedSheet,
  readRows,
  rolesOf,
  translationLanguageOf,
  worksheetsOf,
} from './rows.js';
import {
  type Json,
  type Problem,
  Reading,
  define,
  escapePointer,
  isRecord,
  mergeText,
  sheetRef,
} from './values.js';
import { type Row, rowsOf, valueAt } from './items.js';

export { type Problem, sheetRef, translationLanguageOf };

export interface FromWorkbookOptions {
  /** A feed to take the workbook's texts into (only its languages' columns), instead of rebuilding. */
  merge?: unknown;
  /** The workbook's file name, for messages (else "this workbook"). */
  file?: string;
}

export interface FromWorkbook {
  feed: unknown;
  problems: Problem[];
}

/** Rebuilds the feed from a full workbook. */
function rebuild(workbook: ExcelJS.Workbook, reading: Reading): Json {
  const layout = layoutOf();
  const feedRowsRead = feedSheetRows(workbook.getWorksheet('Feed'), reading);
  const defaultRead = feedRowsRead.get('defaultLanguage')?.[1];
  const defaultLanguage = sourceLanguageOf({
    defaultLanguage: defaultRead?.kind === 'string' ? defaultRead.value : undefined,
  });
  const feed: Json = {};
  if (!workbook.getWorksheet('Feed'))
    reading.note('Feed!A1', '', 'the workbook has no "Feed" sheet (version, defaultLanguage, title…)');
  readFeedSheet(feedRowsRead, layout.feed, feed, defaultLanguage, reading, () => true, false);
  const worksheets = worksheetsOf(workbook, layout.sheets, reading);
  /** Per sheet: the key path of each item (its ancestors' keys and its own) → the item and its pointer. */
  const byKey = new Map<SheetLayout, Map<string, Parent>>();
  /** Per sheet: every item read (those whose key repeats another's too). */
  const itemsOf = new Map<SheetLayout, Json[]>();
  for (const sheet of layout.sheets) {
    const keys = new Map<string, Parent>();
    byKey.set(sheet, keys);
    const items: Json[] = [];
    itemsOf.set(sheet, items);
    const worksheet = worksheets.get(sheet);
    const listKey = sheet.path.at(-1)!;
    const parentSheet = sheet.parents.at(-1)?.sheet;
    const counts = new Map<string, number>();
    const rows = worksheet
      ? readRows(
          worksheet,
          sheet,
          rolesOf(worksheet, sheet, reading, undefined),
          defaultLanguage,
          () => true,
          true,
        )
      : [];
    for (const row of rows) {
      let parent: Parent = { item: feed, pointer: '' };
      let parentPath = '';
      if (parentSheet) {
        const missing = row.parentKeys.findIndex((key) => key === undefined || key === '');
        if (missing >= 0) {
          reading.note(
            row.parentCells[missing]!,
            '',
            `the row names no ${sheet.parents[missing]!.name}: it is left out`,
          );
          continue;
        }
        parentPath = JSON.stringify(row.parentKeys);
        const found = byKey.get(parentSheet)!.get(parentPath);
        if (!found) {
          const last = sheet.parents.length - 1;
          reading.note(
            row.parentCells[last]!,
            '',
            `no ${sheet.parents[last]!.name} "${row.parentKeys[last]}" on the sheet ${parentSheet.name}${last > 0 ? ` (in ${sheet.parents[last - 1]!.name} "${row.parentKeys[last - 1]}")` : ''}: the row is left out`,
          );
          continue;
        }
        if (found.twice) {
          const last = sheet.parents.length - 1;
          reading.note(
            row.parentCells[last]!,
            '',
            `the ${sheet.parents[last]!.name} "${row.parentKeys[last]}" is on the sheet ${parentSheet.name} more than once: this row goes to the first`,
            'warning',
          );
        }
        parent = found;
      }
      if (!Array.isArray(parent.item[listKey])) define(parent.item, listKey, []);
      const list = parent.item[listKey] as unknown[];
      const pointer = `${parent.pointer}/${escapePointer(listKey)}/${list.length}`;
      const item = sheet.textItems ? row.item[''] : row.item;
      if (sheet.textItems && item === undefined) {
        reading.note(row.first, pointer, 'the row has no text: it is left out', 'warning');
        continue;
      }
      list.push(item);
      place(reading, row, pointer);
      const position = (counts.get(parentPath) ?? 0) + 1;
      counts.set(parentPath, position);
      const key = JSON.stringify([...row.parentKeys, keyOf(sheet, item, position)]);
      const seen = keys.get(key);
      if (seen) seen.twice = true;
      else if (isRecord(item)) keys.set(key, { item, pointer });
      if (isRecord(item)) items.push(item);
    }
    // A list the model requires is present, if empty, so that the validator names what is missing.
    if (parentSheet && sheet.required) {
      for (const item of itemsOf.get(parentSheet) ?? []) {
        if (!Array.isArray(item[listKey])) define(item, listKey, []);
      }
    }
  }
  return feed;
}

/** Takes the workbook's texts (only `lang`'s for a translation workbook) into a copy of `base`. */
function mergeInto(
  workbook: ExcelJS.Workbook,
  base: unknown,
  lang: string | undefined,
  reading: Reading,
): unknown {
  const feed = structuredClone(base) as Json;
  if (!isRecord(feed)) {
    reading.note('Feed!A1', '', 'the feed to merge into is not a JSON object');
    return base;
  }
  const layout = layoutOf();
  const defaultLanguage = sourceLanguageOf(feed);
  const taken = (language: string | undefined) => (lang === undefined ? true : language === lang);
  readFeedSheet(
    feedSheetRows(workbook.getWorksheet('Feed'), reading),
    layout.feed,
    feed,
    defaultLanguage,
    reading,
    taken,
    true,
  );
  const worksheets = worksheetsOf(workbook, layout.sheets, reading);
  for (const sheet of layout.sheets) {
    const worksheet = worksheets.get(sheet);
    const textFields = sheet.fields.filter((field) => field.kind === 'text');
    if (!worksheet || textFields.length === 0) continue;
    // The feed's items of this sheet, by their key path.
    const targets = new Map<string, Row>();
    const counts = new Map<string, number>();
    const parentKey = (row: Row) =>
      JSON.stringify(
        sheet.parents.map((p, depth) => String(valueAt(row.parents[depth], [p.sheet.key ?? 'id']) ?? '')),
      );
    for (const row of rowsOf(feed, sheet)) {
      const key = JSON.stringify([
        ...(JSON.parse(parentKey(row)) as string[]),
        keyOf(sheet, row.item, row.index + 1),
      ]);
      if (!targets.has(key)) targets.set(key, row);
    }
    const roles = rolesOf(worksheet, sheet, reading, lang);
    for (const row of readRows(worksheet, sheet, roles, defaultLanguage, taken, false)) {
      const parentPath = JSON.stringify(row.parentKeys.map((key) => key ?? ''));
      const position = row.position ?? (counts.get(parentPath) ?? 0) + 1;
      counts.set(parentPath, position);
      const own = sheet.key ? String(valueAt(row.item, [sheet.key]) ?? '') : `#${position}`;
      const key = JSON.stringify([...row.parentKeys.map((k) => k ?? ''), own]);
      const target = targets.get(key);
      if (!target) {
        const keyCell = row.cells.get(`/${sheet.key ?? ''}`) ?? row.first;
        const named = [
          ...sheet.parents.map((p, i) => `${p.name} "${row.parentKeys[i] ?? ''}"`),
          sheet.key ? `${sheet.key} "${own}"` : `position ${position}`,
        ];
        reading.note(
          keyCell,
          '',
          `the feed has no ${sheet.singular} with ${named.join(', ')}: this row's texts are not merged`,
        );
        continue;
      }
      place(reading, row, target.pointer);
      for (const field of textFields) {
        const columns = row.textColumns.get(field.path.join('/'));
        if (!columns) continue;
        const given = sheet.textItems ? row.item[''] : valueAt(row.item, field.path);
        if (sheet.textItems) {
          const list = valueAt(target.parents.at(-1) ?? feed, [sheet.path.at(-1)!]) as unknown[];
          const holder: Json = { '': list[target.index] };
          mergeText(holder, [], given, columns, defaultLanguage);
          list[target.index] = holder[''];
        } else if (isRecord(target.item)) {
          mergeText(target.item, field.path, given, columns, defaultLanguage);
        }
      }
    }
  }
  return feed;
}

/** Problems in the order of the workbook: sheet by sheet, row by row, column by column. */
function inCellOrder(workbook: ExcelJS.Workbook, problems: Problem[]): Problem[] {
  const sheets = workbook.worksheets.map((worksheet) => sheetRef(worksheet.name));
  const place = (cell: string) => {
    const [, sheet = '', column = '', row = '0'] = /^(.*)!([A-Z]+)(\d+)$/.exec(cell) ?? [];
    const index = sheets.indexOf(sheet);
    return [index < 0 ? sheets.length : index, Number(row), column.length, column] as const;
  };
  return problems
    .map((problem, i) => ({ problem, i, at: place(problem.cell) }))
    .sort((a, b) => {
      for (let k = 0; k < 4; k += 1) {
        const [x, y] = [a.at[k]!, b.at[k]!];
        if (x !== y) return x < y ? -1 : 1;
      }
      return a.i - b.i;
    })
    .map(({ problem }) => problem);
}

/**
 * The feed a workbook holds, validated; with `merge`, the feed given with the workbook's texts
 * taken in (for a translation workbook, only its language's). Problems: the workbook's (at their
 * cell) and the validator's (at the cell their pointer came from).
 */
export function workbookToFeed(workbook: ExcelJS.Workbook, options: FromWorkbookOptions = {}): FromWorkbook {
  const reading = new Reading();
  const lang = translationLanguageOf(workbook);
  let feed: unknown;
  if (options.merge !== undefined) {
    feed = mergeInto(workbook, options.merge, lang, reading);
  } else if (lang !== undefined) {
    reading.note(
      'Feed!B2',
      '',
      `${options.file ?? 'this workbook'} is for translating into ${lang}: it holds the texts only; take them into the feed with --merge feed.json`,
    );
    return { feed: undefined, problems: reading.problems };
  } else {
    feed = rebuild(workbook, reading);
  }
  const result = validateFeed(structuredClone(feed));
  const validatorProblems: Problem[] = [];
  const add = (pointer: string, message: string, severity: Problem['severity']) => {
    if (severity === 'issue' && reading.reported.has(pointer)) return;
    validatorProblems.push({ cell: reading.cellOf(pointer), pointer, message, severity });
  };
  for (const issue of result.issues) add(issue.pointer, issue.message, 'issue');
  if (!result.ok) add('', `not usable: ${result.message}`, 'issue');
  else {
    for (const warning of [...feedWarnings(feed, result.feed), ...resultsWarnings(resultsOf(result.feed))]) {
      add(warning.pointer, warning.message, 'warning');
    }
  }
  return { feed, problems: inCellOrder(workbook, [...reading.problems, ...validatorProblems]) };
}
