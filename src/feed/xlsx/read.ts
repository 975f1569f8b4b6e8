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
import { type Item, type Read, isoOf, readCell, shown, splitItems, typedItem } from './cells.js';
import { type Field, type SheetLayout, layoutOf } from './layout.js';
import { POSITION, type Row, TRANSLATION_KEY, rowsOf, valueAt } from './write.js';

export interface Problem {
  /** Where in the workbook: `Documents!D14`, `'Document files'!B3`. */
  cell: string;
  /** Where in the feed: a JSON Pointer. */
  pointer: string;
  message: string;
  severity: 'issue' | 'warning';
}

export interface FromWorkbookOptions {
  /** A feed to take the workbook's texts into (only its languages' columns), instead of rebuilding. */
  merge?: unknown;
  /** The workbook's file name, for messages. */
  file?: string;
}

export interface FromWorkbook {
  feed: unknown;
  problems: Problem[];
}

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const escapePointer = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');
const pathPointer = (path: string[]) => path.map((key) => `/${escapePointer(key)}`).join('');

/** A sheet name as a cell reference writes it: quoted when it is not a plain word. */
export const sheetRef = (name: string) =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

/** What a column of a list sheet is. */
type ColumnRole =
  | { role: 'parent'; depth: number }
  | { role: 'position' }
  | { role: 'field'; field: Field }
  | { role: 'text'; field: Field; language: string | undefined };

/** The state of one reading: the problems, and which cell each pointer came from. */
class Reading {
  problems: Problem[] = [];
  /** Pointer → cell, for the validator's issues. */
  cells = new Map<string, string>();
  /** Pointers already given a problem here (the validator's issue there adds nothing). */
  reported = new Set<string>();

  at(pointer: string, cell: string): void {
    if (!this.cells.has(pointer)) this.cells.set(pointer, cell);
  }

  note(cell: string, pointer: string, message: string, severity: Problem['severity'] = 'issue'): void {
    this.problems.push({ cell, pointer, message, severity });
    if (severity === 'issue') this.reported.add(pointer);
  }

  /** The cell of the longest pointer prefix known. */
  cellOf(pointer: string): string {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const cell = this.cells.get(p);
      if (cell !== undefined) return cell;
      if (p === '') return 'Feed!A1';
    }
  }
}

/** A cell as a text ('' for none); anything else, with a problem, as the best text it gives. */
function textOf(read: Read, reading: Reading, cell: string, pointer: string): string | undefined {
  switch (read.kind) {
    case 'empty':
      return undefined;
    case 'string':
      return read.value;
    case 'number':
    case 'boolean':
      reading.note(
        cell,
        pointer,
        `a ${read.kind} (${shown(read)}) where text is expected: format the cell as Text and type it again (read as "${String(read.value)}")`,
      );
      return String(read.value);
    case 'date':
      reading.note(
        cell,
        pointer,
        `a date cell where text is expected: format the cell as Text and type the text again (read as "${isoOf(read.value, false)}")`,
      );
      return isoOf(read.value, false);
    default:
      reading.note(cell, pointer, `${read.message}; the cell is read as empty`);
      return undefined;
  }
}

/** A non-text field's value from its cell (undefined: absent). */
function valueOf(field: Field, read: Read, reading: Reading, cell: string, pointer: string): unknown {
  if (read.kind === 'empty') return field.nullable && field.required ? null : undefined;
  if (read.kind === 'bad') {
    reading.note(cell, pointer, `${read.message}; the cell is read as empty`);
    return undefined;
  }
  const list = (pairs: boolean) => {
    const text = textOf(read, reading, cell, pointer);
    if (text === undefined) return undefined;
    const items = splitItems(text, pairs);
    if (typeof items === 'string') {
      reading.note(cell, pointer, `${items} (in ${shown(read)})`);
      return undefined;
    }
    return items;
  };
  switch (field.kind) {
    case 'ids': {
      if (read.kind === 'number') return [String(read.value)];
      const items = list(false);
      return items && items.map(([item]) => item!.text);
    }
    case 'values': {
      if (read.kind === 'number' || read.kind === 'boolean') return [read.value];
      const items = list(false);
      return items && items.map(([item]) => typedItem(item!));
    }
    case 'counts': {
      const items = list(true);
      if (!items) return undefined;
      const counts: Json = {};
      for (const [key, value] of items as [Item, Item][]) {
        if (Object.hasOwn(counts, key.text)) {
          reading.note(cell, `${pointer}/${escapePointer(key.text)}`, `"${key.text}" is given twice`);
        }
        Object.defineProperty(counts, key.text, {
          value: typedItem(value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return counts;
    }
    case 'number':
    case 'integer':
      if (read.kind === 'number') return read.value;
      if (read.kind === 'string' && /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(read.value)) {
        reading.note(
          cell,
          pointer,
          `a number written as text (${shown(read)}): read as ${Number(read.value)}`,
          'warning',
        );
        return Number(read.value);
      }
      break;
    case 'boolean':
      if (read.kind === 'boolean') return read.value;
      if (read.kind === 'string' && /^\s*(true|false)\s*$/i.test(read.value)) return /true/i.test(read.value);
      break;
    case 'value':
      if (read.kind === 'date') break;
      return read.value;
    default:
      if (read.kind === 'string') {
        if (field.choices && !field.choices.includes(read.value)) {
          reading.note(
            cell,
            pointer,
            `${shown(read)} is not one of: ${field.choices.join(', ')} (the drop-down's values)`,
          );
        }
        return read.value;
      }
      if (read.kind === 'number' && field.format) {
        // An Excel date serial (days since 1899-12-30), in a cell whose date format was taken off.
        const date = new Date(Math.round((read.value - 25_569) * 86_400_000));
        const as = Number.isNaN(date.getTime())
          ? ''
          : ` (as an Excel date: ${isoOf(date, field.format === 'date-time')})`;
        reading.note(
          cell,
          pointer,
          `a number (${read.value}) where a date is expected${as}: type dates as text, ${field.format === 'date' ? 'YYYY-MM-DD' : 'e.g. 2026-11-01T00:00:00Z'}`,
        );
        return String(read.value);
      }
      if (read.kind === 'date' && field.format) {
        const iso = isoOf(read.value, field.format === 'date-time');
        reading.note(
          cell,
          pointer,
          `a date cell: read as ${iso}; type dates as text (${field.format === 'date' ? 'YYYY-MM-DD' : 'e.g. 2026-11-01T00:00:00Z'}) in a cell formatted as Text`,
          'warning',
        );
        return iso;
      }
      return textOf(read, reading, cell, pointer);
  }
  const expected =
    field.kind === 'boolean'
      ? 'TRUE or FALSE'
      : field.kind === 'value'
        ? 'text, a number or TRUE/FALSE'
        : 'a number';
  reading.note(cell, pointer, `expected ${expected}; the cell holds ${shown(read)}`);
  return read.kind === 'date' ? isoOf(read.value, true) : read.value;
}

/** Sets a value at a path in an item, making the objects on the way (own properties only). */
function setAt(item: Json, path: string[], value: unknown): void {
  let target = item;
  path.slice(0, -1).forEach((key) => {
    if (!isRecord(target[key])) define(target, key, {});
    target = target[key] as Json;
  });
  define(target, path.at(-1)!, value);
}

/** A key set as data, even `__proto__`. */
function define(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The text a row gives a text field, from its plain column and its language columns. */
function textFrom(
  plain: string | undefined,
  languages: Map<string, string>,
  defaultLanguage: string,
  reading: Reading,
  cell: string,
  pointer: string,
): unknown {
  if (languages.size === 0) return plain;
  const text: Json = {};
  for (const [language, value] of languages) define(text, language, value);
  if (plain !== undefined) {
    const own = text[defaultLanguage];
    if (own === undefined) define(text, defaultLanguage, plain);
    else if (own !== plain) {
      reading.note(
        cell,
        pointer,
        `the text is given both without a language and in ${defaultLanguage}, differently: the ${defaultLanguage} column is kept`,
      );
    }
  }
  return text;
}

/** A worksheet's header: each column's role; unknown columns get a warning. */
function rolesOf(
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
interface ReadRow {
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
function readRows(
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
function place(reading: Reading, row: ReadRow, pointer: string): void {
  reading.at(pointer, row.first);
  for (const [relative, cell] of row.cells) reading.at(relative === '/' ? pointer : pointer + relative, cell);
  for (const problem of row.pending) {
    reading.note(problem.cell, pointer + problem.relative, problem.message, problem.severity);
  }
}

/** The Feed sheet's rows: key → [cell, read]. */
function feedSheetRows(
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
function readFeedSheet(
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

/**
 * Merges a row's texts into `target` at `path`: the languages whose columns the workbook has
 * (`columns`; undefined: the plain column, in the default language) are set, or removed where
 * their cell is empty; the others are kept. A text that was a plain string stays one if only its
 * default language is left.
 */
function mergeText(
  target: Json,
  path: string[],
  given: unknown,
  columns: Set<string | undefined>,
  defaultLanguage: string,
): void {
  const current = path.length ? valueAt(target, path) : target[''];
  const wasPlain = typeof current === 'string';
  const before: Json = {};
  if (wasPlain) define(before, defaultLanguage, current);
  else if (isRecord(current))
    for (const [language, value] of Object.entries(current)) define(before, language, value);
  const after: Json = {};
  if (typeof given === 'string') define(after, defaultLanguage, given);
  else if (isRecord(given))
    for (const [language, value] of Object.entries(given)) define(after, language, value);
  const replaced = (language: string) =>
    columns.has(language) || (language === defaultLanguage && columns.has(undefined));
  // The languages kept or replaced stay where they were (a small diff); new ones come last.
  const text: Json = {};
  for (const [language, value] of Object.entries(before)) {
    if (!replaced(language)) define(text, language, value);
    else if (Object.hasOwn(after, language)) define(text, language, after[language]);
  }
  for (const [language, value] of Object.entries(after)) {
    if (!Object.hasOwn(text, language) && replaced(language)) define(text, language, value);
  }
  const keys = Object.keys(text);
  const plain = keys.length === 1 && keys[0] === defaultLanguage && (wasPlain || typeof given === 'string');
  const next = keys.length === 0 ? undefined : plain ? text[defaultLanguage] : text;
  if (path.length === 0) {
    define(target, '', next);
    return;
  }
  if (next === undefined) {
    const parent = valueAt(target, path.slice(0, -1));
    if (isRecord(parent)) Reflect.deleteProperty(parent, path.at(-1)!);
  } else setAt(target, path, next);
}

/** Each list sheet's worksheet, and warnings for sheets that are no part of the feed. */
function worksheetsOf(
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
const keyOf = (sheet: SheetLayout, item: unknown, position: number): string =>
  sheet.key ? String(valueAt(item, [sheet.key]) ?? '') : `#${position}`;

/** An item rows of a nested sheet may belong to; `twice`: its key is on its sheet more than once. */
interface Parent {
  item: Json;
  pointer: string;
  twice?: boolean;
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
      `this workbook is for translating into ${lang}: it holds the texts only; take them into the feed with --merge feed.json`,
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
  void options.file;
  return { feed, problems: inCellOrder(workbook, [...reading.problems, ...validatorProblems]) };
}
