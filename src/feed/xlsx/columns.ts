/**
 * The columns of a sheet, for to-xlsx (write.ts): each one's header, header note and format, and
 * how its cell is filled from an item; the columns of a full workbook and of a translator's.
 */
import type ExcelJS from 'exceljs';
import { directionOf } from '../../i18n/language.js';
import { CELL_LIMIT, escapeText, formatItem } from './cells.js';
import { POSITION, type Row, escapePointer, isRecord, valueAt } from './items.js';
import { type Field, type SheetLayout, languageNote, parentNote, plainNote } from './layout.js';

/**
 * A string for a cell, escaped; too long for a cell: an error naming where. The limit is on the
 * text itself, as spreadsheets count it once they have decoded the escapes.
 */
export function cellText(text: string, pointer: string): string {
  const escaped = escapeText(text);
  if (text.length > CELL_LIMIT) {
    throw new Error(
      `${pointer || '/'}: a text of ${text.length} characters is longer than a spreadsheet cell holds (${CELL_LIMIT.toLocaleString('en')}).`,
    );
  }
  return escaped;
}

export type CellContent = ExcelJS.CellValue;

/** A (non-text) field's value as a cell value. */
export function fieldCell(field: Field, value: unknown, pointer: string): CellContent {
  if (value === undefined) return null;
  switch (field.kind) {
    case 'ids':
    case 'values':
      if (Array.isArray(value)) {
        const items = value.map((item) =>
          formatItem(isScalar(item) ? item : JSON.stringify(item), field.kind === 'values'),
        );
        return items.length ? cellText(items.join(', '), pointer) : null;
      }
      break;
    case 'counts':
      if (isRecord(value)) {
        const pairs = Object.entries(value).map(
          ([key, count]) =>
            `${formatItem(key, false)}: ${isScalar(count) ? String(count) : JSON.stringify(count)}`,
        );
        return pairs.length ? cellText(pairs.join(', '), pointer) : null;
      }
      break;
    default:
      break;
  }
  if (value === null) return null;
  if (typeof value === 'string') return cellText(value, pointer);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return cellText(JSON.stringify(value), pointer);
}

export const isScalar = (value: unknown): value is string | number | boolean | null =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** One column of a sheet: its header, its note, how it is filled from a row. */
export interface Column {
  header: string;
  note: string;
  text: boolean;
  rtl: boolean;
  choices?: (string | number | boolean)[];
  locked?: boolean;
  width: number;
  value: (row: Row) => CellContent;
}

/** A column of texts in `language`. */
export const textColumn = (
  header: string,
  note: string,
  language: string,
  value: Column['value'],
): Column => ({
  header,
  note,
  text: true,
  rtl: directionOf(language) === 'rtl',
  width: 40,
  value,
});

/** The text columns of a text field: a plain one if any row has a plain string, one per language. */
export function textColumns(
  field: Field,
  rows: Row[],
  languages: string[],
  defaultLanguage: string,
): Column[] {
  const columns: Column[] = [];
  const at = (row: Row) => `${row.pointer}${field.path.map((key) => `/${escapePointer(key)}`).join('')}`;
  if (
    rows.some(
      (row) => !isRecord(valueAt(row.item, field.path)) && valueAt(row.item, field.path) !== undefined,
    )
  ) {
    columns.push(
      textColumn(field.name, plainNote(field, defaultLanguage), defaultLanguage, (row) => {
        const value = valueAt(row.item, field.path);
        return isRecord(value) ? null : fieldCell({ ...field, kind: 'string' }, value, at(row));
      }),
    );
  }
  for (const language of languages) {
    columns.push(
      textColumn(`${field.name}::${language}`, languageNote(field, language), language, (row) => {
        const value = valueAt(row.item, field.path);
        if (!isRecord(value) || value[language] === undefined) return null;
        return fieldCell(
          { ...field, kind: 'string' },
          value[language],
          `${at(row)}/${escapePointer(language)}`,
        );
      }),
    );
  }
  return columns;
}

export function parentColumns(sheet: SheetLayout): Column[] {
  return sheet.parents.map((parent, depth) => ({
    header: parent.name,
    note: parentNote(parent),
    text: true,
    rtl: false,
    width: 20,
    value: (row: Row) =>
      fieldCell(
        { ...sheet.fields[0]!, kind: 'string' },
        valueAt(row.parents[depth], [parent.sheet.key ?? 'id']),
        row.pointer,
      ),
  }));
}

/** The columns of a full workbook's list sheet. */
export function fullColumns(
  sheet: SheetLayout,
  rows: Row[],
  languages: string[],
  defaultLanguage: string,
): Column[] {
  const columns = parentColumns(sheet);
  for (const field of sheet.fields) {
    if (field.kind === 'text') {
      columns.push(...textColumns(field, rows, languages, defaultLanguage));
      continue;
    }
    const choices = field.kind === 'boolean' ? [true, false] : field.choices;
    columns.push({
      header: field.name,
      note: field.note,
      text: !['number', 'integer', 'boolean', 'value'].includes(field.kind),
      rtl: false,
      ...(choices ? { choices } : {}),
      width: field.kind === 'ids' || field.kind === 'counts' ? 30 : 18,
      value: (row) =>
        fieldCell(
          field,
          valueAt(row.item, field.path),
          `${row.pointer}/${field.path.map(escapePointer).join('/')}`,
        ),
    });
  }
  return columns;
}

/** A text as the translator sees its source: in the source language, else in another, marked. */
export function sourceText(value: unknown, source: string, defaultLanguage: string): string | undefined {
  if (typeof value === 'string') return source === defaultLanguage ? value : `[${defaultLanguage}] ${value}`;
  if (!isRecord(value)) return undefined;
  const own = value[source];
  if (typeof own === 'string' && own) return own;
  const other = Object.entries(value).find(([, text]) => typeof text === 'string' && text);
  return other ? `[${other[0]}] ${other[1] as string}` : undefined;
}

/** A text's value in one language (a plain string is in the default language). */
export function textIn(value: unknown, language: string, defaultLanguage: string): string | undefined {
  if (typeof value === 'string') return language === defaultLanguage ? value : undefined;
  const text = isRecord(value) ? value[language] : undefined;
  return typeof text === 'string' ? text : undefined;
}

/** The columns of a translation workbook's sheet: keys, then per text its source and its translation. */
export function translationColumns(
  sheet: SheetLayout,
  lang: string,
  source: string,
  defaultLanguage: string,
): Column[] {
  const columns: Column[] = parentColumns(sheet).map((column) => ({ ...column, locked: true }));
  const ownKey: Column = sheet.key
    ? {
        header: sheet.key,
        note: sheet.fields.find((field) => field.name === sheet.key)?.note ?? '',
        text: true,
        rtl: false,
        locked: true,
        width: 24,
        value: (row) =>
          fieldCell({ ...sheet.fields[0]!, kind: 'string' }, valueAt(row.item, [sheet.key!]), row.pointer),
      }
    : {
        header: POSITION,
        note: `The row's position among its ${sheet.parents.at(-1)?.name ?? 'list'}'s ${sheet.path.at(-1)!} (1 is the first).`,
        text: false,
        rtl: false,
        locked: true,
        width: 6,
        value: (row) => row.index + 1,
      };
  columns.push(ownKey);
  for (const field of sheet.fields.filter((f) => f.kind === 'text')) {
    const pointerOf = (row: Row) =>
      `${row.pointer}${field.path.map((key) => `/${escapePointer(key)}`).join('')}`;
    const pair = (
      language: string,
      note: string,
      locked: boolean,
      text: (value: unknown) => string | undefined,
      at: (row: Row) => string,
    ) =>
      ({
        ...textColumn(
          `${field.name}::${language}`,
          `${languageNote(field, language)} ${note}`,
          language,
          (row) => {
            const value = text(valueAt(row.item, field.path));
            return value === undefined ? null : cellText(value, at(row));
          },
        ),
        locked,
        width: 50,
      }) satisfies Column;
    columns.push(
      pair(
        source,
        `The source text: locked. [xx] marks a text missing in ${source}, shown in another language.`,
        true,
        (value) => sourceText(value, source, defaultLanguage),
        pointerOf,
      ),
      pair(
        lang,
        'Your translation: an empty cell is a text not translated.',
        false,
        (value) => textIn(value, lang, defaultLanguage),
        (row) => `${pointerOf(row)}/${escapePointer(lang)}`,
      ),
    );
  }
  return columns;
}
