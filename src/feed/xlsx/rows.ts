/**
 * The sheets of a workbook as rows, for from-xlsx (read.ts): each column's role from its header,
 * each row's keys, item and cells, and the Feed sheet's fields.
 */
import type ExcelJS from 'exceljs';
import { type Read, readCell, shown } from './cells.js';
import type { Field, SheetLayout } from './layout.js';
import { POSITION, TRANSLATION_KEY, valueAt } from './items.js';
import {
  type Json,
  type Problem,
  Reading,
  escapePointer,
  mergeText,
  pathPointer,
  setAt,
  sheetRef,
  textFrom,
  textOf,
  valueOf,
} from './values.js';

/** What a column of a list sheet is. */
export type ColumnRole =
  | { role: 'parent'; depth: number }
  | { role: 'position' }
  | { role: 'field'; field: Field }
  | { role: 'text'; field: Field; language: string | undefined };

/** A worksheet's header: each column's role; unknown columns get a warning. */
export function rolesOf(
  worksheet: ExcelJS.Worksheet,
  sheet: SheetLayout,
  reading: Reading,
  translation: string | undefined,
): Map<number, ColumnRole> {
  const roles = new Map<number, ColumnRole>();
  const seen = new Set<string>();
  const header = worksheet.getRow(1);
  for (let c = 1; c <= worksheet.columnCount; c += 1) {
    const cell = header.getCell(c);
    const at = `${sheetRef(worksheet.name)}!${cell.address}`;
    const read = readCell(cell);
    if (read.kind === 'empty') continue;
    const name = read.kind === 'string' ? read.value.trim() : shown(read);
    if (seen.has(name)) {
      reading.note(at, '', `the column "${name}" is there twice: this one is ignored`);
      continue;
    }
    seen.add(name);
    const depth = sheet.parents.findIndex((parent) => parent.name === name);
    const [base, language] = name.split('::') as [string, string | undefined];
    const field = sheet.fields.find((f) => f.name === base);
    if (depth >= 0) roles.set(c, { role: 'parent', depth });
    else if (name === POSITION && translation !== undefined && !sheet.key) roles.set(c, { role: 'position' });
    else if (field?.kind === 'text' && (language === undefined || language !== '')) {
      roles.set(c, { role: 'text', field, language });
    } else if (field && language === undefined) roles.set(c, { role: 'field', field });
    else reading.note(at, '', `"${name}" is not a column of ${sheet.name}: it is ignored`, 'warning');
  }
  return roles;
}

/** One row of a list sheet, read: its parent keys, its own key, its item, the cells of its fields. */
export interface ReadRow {
  r: number;
  first: string;
  parentKeys: (string | undefined)[];
  parentCells: string[];
  position?: number;
  item: Json;
  /** Field path (joined by "/") → cell, and per text language. */
  cells: Map<string, string>;
  /** Per text field (its path joined by "/"): the languages whose columns the sheet has (undefined: the plain column). */
  textColumns: Map<string, Set<string | undefined>>;
  /** Relative pointer → problem, recorded before the row's pointer was known. */
  pending: { relative: string; cell: string; message: string; severity: Problem['severity'] }[];
}

/** Reads the rows of a list sheet (rows with nothing in them are skipped). */
export function readRows(
  worksheet: ExcelJS.Worksheet,
  sheet: SheetLayout,
  roles: Map<number, ColumnRole>,
  defaultLanguage: string,
  languagesTaken: (language: string | undefined) => boolean,
  /** Say so where a field the model requires is empty (a whole item's row; not a merge's texts). */
  whole: boolean,
): ReadRow[] {
  const rows: ReadRow[] = [];
  for (let r = 2; r <= worksheet.rowCount; r += 1) {
    const line = worksheet.getRow(r);
    const local = new Reading();
    const row: ReadRow = {
      r,
      first: `${sheetRef(worksheet.name)}!A${r}`,
      parentKeys: sheet.parents.map(() => undefined),
      parentCells: sheet.parents.map(() => `${sheetRef(worksheet.name)}!A${r}`),
      item: {},
      cells: new Map(),
      textColumns: new Map(),
      pending: [],
    };
    let any = false;
    const texts = new Map<Field, { plain?: string; languages: Map<string, string>; cell: string }>();
    for (const [c, role] of roles) {
      const cell = line.getCell(c);
      const address = `${sheetRef(worksheet.name)}!${cell.address}`;
      const read = readCell(cell);
      if (read.kind !== 'empty') any = true;
      if (role.role === 'parent') {
        row.parentCells[role.depth] = address;
        // As written: an id may begin or end with a space.
        row.parentKeys[role.depth] = textOf(read, local, address, '');
      } else if (role.role === 'position') {
        if (read.kind === 'number') row.position = read.value;
      } else if (role.role === 'text') {
        if (!languagesTaken(role.language)) continue;
        const key = role.field.path.join('/');
        const columns = row.textColumns.get(key) ?? new Set<string | undefined>();
        row.textColumns.set(key, columns.add(role.language));
        const relative = `${pathPointer(role.field.path)}${role.language === undefined ? '' : `/${escapePointer(role.language)}`}`;
        row.cells.set(relative, address);
        const text = textOf(read, local, address, relative);
        const entry = texts.get(role.field) ?? { languages: new Map<string, string>(), cell: address };
        if (role.language === undefined || role.language === defaultLanguage) entry.cell = address;
        if (text !== undefined) {
          if (role.language === undefined) entry.plain = text;
          else entry.languages.set(role.language, text);
        }
        texts.set(role.field, entry);
        if (!row.cells.has(pathPointer(role.field.path)) || role.language === defaultLanguage) {
          row.cells.set(pathPointer(role.field.path) || '/', address);
        }
      } else {
        const relative = pathPointer(role.field.path);
        row.cells.set(relative, address);
        const value = valueOf(role.field, read, local, address, relative);
        if (value !== undefined) setAt(row.item, role.field.path, value);
        else if (whole && role.field.required && read.kind === 'empty') {
          local.note(address, relative, `${role.field.name} is empty, but a ${sheet.singular} needs one`);
        }
      }
    }
    if (!any) continue;
    for (const [field, entry] of texts) {
      const relative = pathPointer(field.path);
      const text = textFrom(entry.plain, entry.languages, defaultLanguage, local, entry.cell, relative);
      if (text === undefined && whole && field.required && !sheet.textItems) {
        local.note(
          entry.cell,
          relative,
          `${field.name} has no text in any language, but a ${sheet.singular} needs one`,
        );
      }
      if (text === undefined) continue;
      if (field.path.length === 0) row.item = { '': text };
      else setAt(row.item, field.path, text);
    }
    row.pending = local.problems.map((problem) => ({
      relative: problem.pointer,
      cell: problem.cell,
      message: problem.message,
      severity: problem.severity,
    }));
    rows.push(row);
  }
  return rows;
}

/** The problems of a row, now that its pointer is known. */
export function place(reading: Reading, row: ReadRow, pointer: string): void {
  reading.at(pointer, row.first);
  for (const [relative, cell] of row.cells) reading.at(relative === '/' ? pointer : pointer + relative, cell);
  for (const problem of row.pending) {
    reading.note(problem.cell, pointer + problem.relative, problem.message, problem.severity);
  }
}

/** The Feed sheet's rows: key → [cell, read]. */
export function feedSheetRows(
  worksheet: ExcelJS.Worksheet | undefined,
  reading: Reading,
): Map<string, [string, Read]> {
  const rows = new Map<string, [string, Read]>();
  if (!worksheet) return rows;
  for (let r = 2; r <= worksheet.rowCount; r += 1) {
    const line = worksheet.getRow(r);
    const keyRead = readCell(line.getCell(1));
    const valueCell = line.getCell(2);
    const address = `${sheetRef(worksheet.name)}!${valueCell.address}`;
    if (keyRead.kind === 'empty') {
      if (readCell(valueCell).kind !== 'empty')
        reading.note(address, '', 'a value without a key (column A): it is ignored', 'warning');
      continue;
    }
    const key = keyRead.kind === 'string' ? keyRead.value.trim() : shown(keyRead);
    if (rows.has(key)) {
      reading.note(
        `${sheetRef(worksheet.name)}!A${r}`,
        '',
        `the key "${key}" is there twice: this row is ignored`,
      );
      continue;
    }
    rows.set(key, [address, readCell(valueCell)]);
  }
  return rows;
}

/** The language of a translation workbook (`to-xlsx --lang`), or undefined for a full one. */
export function translationLanguageOf(workbook: ExcelJS.Workbook): string | undefined {
  const rows = feedSheetRows(workbook.getWorksheet('Feed'), new Reading());
  const read = rows.get(TRANSLATION_KEY)?.[1];
  return read?.kind === 'string' ? read.value.trim() : undefined;
}

/** The feed's own fields from the Feed sheet, into `feed` (full) or only the texts taken (merge). */
export function readFeedSheet(
  rows: Map<string, [string, Read]>,
  fields: Field[],
  feed: Json,
  defaultLanguage: string,
  reading: Reading,
  taken: (language: string | undefined) => boolean,
  merge: boolean,
): void {
  const known = new Set<string>([TRANSLATION_KEY]);
  for (const field of fields) {
    const pointer = pathPointer(field.path);
    if (field.kind !== 'text') {
      known.add(field.name);
      const row = rows.get(field.name);
      if (merge) continue;
      if (row) reading.at(pointer, row[0]);
      const value = row ? valueOf(field, row[1], reading, row[0], pointer) : undefined;
      if (value !== undefined) setAt(feed, field.path, value);
      continue;
    }
    let plain: string | undefined;
    const languages = new Map<string, string>();
    let cell = 'Feed!A1';
    const columns = new Set<string | undefined>();
    for (const [key, [address, read]] of rows) {
      const [base, language] = key.split('::') as [string, string | undefined];
      if (base !== field.name || language === '') continue;
      known.add(key);
      if (!taken(language)) continue;
      columns.add(language);
      const at = language === undefined ? pointer : `${pointer}/${escapePointer(language)}`;
      reading.at(at, address);
      if (language === undefined || language === defaultLanguage || cell === 'Feed!A1') cell = address;
      const text = textOf(read, reading, address, at);
      if (text === undefined) continue;
      if (language === undefined) plain = text;
      else languages.set(language, text);
    }
    reading.at(pointer, cell);
    const text = textFrom(plain, languages, defaultLanguage, reading, cell, pointer);
    if (merge) {
      if (columns.size) mergeText(feed, field.path, text, columns, defaultLanguage);
    } else if (text !== undefined) setAt(feed, field.path, text);
  }
  for (const [key, [address]] of rows) {
    if (!known.has(key))
      reading.note(
        address.replace(/B(\d+)$/, 'A$1'),
        '',
        `"${key}" is not a field of the feed: it is ignored`,
        'warning',
      );
  }
}

/** Each list sheet's worksheet, and warnings for sheets that are no part of the feed. */
export function worksheetsOf(
  workbook: ExcelJS.Workbook,
  sheets: SheetLayout[],
  reading: Reading,
): Map<SheetLayout, ExcelJS.Worksheet> {
  const found = new Map<SheetLayout, ExcelJS.Worksheet>();
  workbook.eachSheet((worksheet) => {
    const sheet = sheets.find((s) => s.name === worksheet.name);
    if (sheet) found.set(sheet, worksheet);
    else if (worksheet.name !== 'Feed') {
      reading.note(
        `${sheetRef(worksheet.name)}!A1`,
        '',
        `the sheet "${worksheet.name}" is no part of the feed: it is ignored`,
        'warning',
      );
    }
  });
  return found;
}

/** A row's key among its siblings: its own key's value, or its position. */
export const keyOf = (sheet: SheetLayout, item: unknown, position: number): string =>
  sheet.key ? String(valueAt(item, [sheet.key]) ?? '') : `#${position}`;

/** An item rows of a nested sheet may belong to; `twice`: its key is on its sheet more than once. */
export interface Parent {
  item: Json;
  pointer: string;
  twice?: boolean;
}
