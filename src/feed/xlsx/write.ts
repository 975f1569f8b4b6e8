/**
 * A feed as a workbook ({@link feedToWorkbook}): the layout of layout.ts filled with the feed's
 * items. Every text is written as a string cell (never a formula, whatever it starts with) in a
 * column formatted as text, so that what a person types there stays text too.
 */
import ExcelJS from 'exceljs';
import { LANGUAGES, directionOf } from '../../i18n/language.js';
import { feedTexts, sourceLanguageOf } from '../status.js';
import { CELL_LIMIT, escapeText, formatItem } from './cells.js';
import { type Field, type SheetLayout, languageNote, layoutOf, parentNote, plainNote } from './layout.js';

export interface ToWorkbookOptions {
  /** A workbook for translating into this language: keys, the source text locked, this language's column to fill. */
  lang?: string;
}

/** The Feed sheet's row naming the language of a translation workbook. */
export const TRANSLATION_KEY = 'translation';
/** The position column of a translation workbook's sheet whose items have no key. */
export const POSITION = '#';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const escapePointer = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

/** An item of a sheet: the item, its ancestors' items (outermost first), where it is, its position. */
export interface Row {
  item: unknown;
  parents: unknown[];
  pointer: string;
  index: number;
}

/** The items of a list sheet, in feed order. */
export function rowsOf(feed: unknown, sheet: SheetLayout): Row[] {
  let rows: Row[] = [{ item: feed, parents: [], pointer: '', index: 0 }];
  sheet.path.forEach((segment, depth) => {
    const next: Row[] = [];
    for (const row of rows) {
      const list = isRecord(row.item) ? row.item[segment] : undefined;
      if (!Array.isArray(list)) continue;
      const parents = depth === 0 ? [] : [...row.parents, row.item];
      list.forEach((item, index) =>
        next.push({ item, parents, pointer: `${row.pointer}/${escapePointer(segment)}/${index}`, index }),
      );
    }
    rows = next;
  });
  return rows;
}

/** The value at `path` in an item. */
export function valueAt(item: unknown, path: string[]): unknown {
  let value = item;
  for (const key of path) value = isRecord(value) ? value[key] : undefined;
  return value;
}

/** The languages of the workbook's text columns: the interface's, then any other the feed uses. */
export function languagesOf(feed: unknown): string[] {
  const used = new Set<string>();
  for (const text of feedTexts(feed)) for (const tag of Object.keys(text.texts)) used.add(tag);
  const others = [...used].filter((tag) => !(LANGUAGES as readonly string[]).includes(tag)).sort();
  return [...LANGUAGES, ...others];
}

/**
 * A string for a cell, escaped; too long for a cell: an error naming where. The limit is on the
 * text itself, as spreadsheets count it once they have decoded the escapes.
 */
function cellText(text: string, pointer: string): string {
  const escaped = escapeText(text);
  if (text.length > CELL_LIMIT) {
    throw new Error(
      `${pointer || '/'}: a text of ${text.length} characters is longer than a spreadsheet cell holds (${CELL_LIMIT.toLocaleString('en')}).`,
    );
  }
  return escaped;
}

type CellContent = ExcelJS.CellValue;

/** A (non-text) field's value as a cell value. */
function fieldCell(field: Field, value: unknown, pointer: string): CellContent {
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

const isScalar = (value: unknown): value is string | number | boolean | null =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** One column of a sheet: its header, its note, how it is filled from a row. */
interface Column {
  header: string;
  note: string;
  text: boolean;
  rtl: boolean;
  choices?: (string | number | boolean)[];
  locked?: boolean;
  width: number;
  value: (row: Row) => CellContent;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
const LOCKED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/** A column of texts in `language`. */
const textColumn = (header: string, note: string, language: string, value: Column['value']): Column => ({
  header,
  note,
  text: true,
  rtl: directionOf(language) === 'rtl',
  width: 40,
  value,
});

/** The text columns of a text field: a plain one if any row has a plain string, one per language. */
function textColumns(field: Field, rows: Row[], languages: string[], defaultLanguage: string): Column[] {
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

function parentColumns(sheet: SheetLayout): Column[] {
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
function fullColumns(
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
function sourceText(value: unknown, source: string, defaultLanguage: string): string | undefined {
  if (typeof value === 'string') return source === defaultLanguage ? value : `[${defaultLanguage}] ${value}`;
  if (!isRecord(value)) return undefined;
  const own = value[source];
  if (typeof own === 'string' && own) return own;
  const other = Object.entries(value).find(([, text]) => typeof text === 'string' && text);
  return other ? `[${other[0]}] ${other[1] as string}` : undefined;
}

/** A text's value in one language (a plain string is in the default language). */
function textIn(value: unknown, language: string, defaultLanguage: string): string | undefined {
  if (typeof value === 'string') return language === defaultLanguage ? value : undefined;
  const text = isRecord(value) ? value[language] : undefined;
  return typeof text === 'string' ? text : undefined;
}

/** The columns of a translation workbook's sheet: keys, then per text its source and its translation. */
function translationColumns(
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

/** Rows below the items that drop-downs cover, for new items. */
const ROOM = 500;

const RTL_ALIGNMENT: Partial<ExcelJS.Alignment> = {
  vertical: 'top',
  readingOrder: 'rtl',
  horizontal: 'right',
  wrapText: true,
};

/** Writes a sheet: the header (frozen, each with its note), the rows, formats, drop-downs, protection. */
async function fillSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: Column[],
  rows: Row[],
  protect: boolean,
): Promise<void> {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width,
    style: {
      ...(column.text ? { numFmt: '@' } : {}),
      ...(column.rtl
        ? { alignment: RTL_ALIGNMENT }
        : { alignment: { wrapText: column.text, vertical: 'top' } }),
      ...(protect ? { protection: { locked: column.locked !== false } } : {}),
    },
  }));
  const header = worksheet.getRow(1);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.note = column.note;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.protection = { locked: true };
    if (column.rtl) cell.alignment = RTL_ALIGNMENT;
  });
  rows.forEach((row, r) => {
    const line = worksheet.getRow(r + 2);
    columns.forEach((column, i) => {
      const value = column.value(row);
      const cell = line.getCell(i + 1);
      cell.value = value;
      if (protect) {
        cell.protection = { locked: column.locked !== false };
        if (column.locked !== false) cell.fill = LOCKED_FILL;
      }
    });
  });
  columns.forEach((column, i) => {
    if (!column.choices) return;
    const list = column.choices.map((choice) =>
      typeof choice === 'boolean' ? String(choice).toUpperCase() : String(choice),
    );
    const formula = `"${list.join(',')}"`;
    // Excel takes at most 255 characters in a list written in the validation itself.
    if (formula.length > 257) return;
    const letter = worksheet.getColumn(i + 1).letter;
    // exceljs 4.4 has ranges of validations (one per column, not one per cell), untyped. It reads
    // a range back as one validation per cell: the range covers the rows and room for new ones,
    // not the whole column (a million cells per column, minutes to read).
    (
      worksheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
    ).dataValidations.add(`${letter}2:${letter}${rows.length + 1 + ROOM}`, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorTitle: column.header,
      error: `One of: ${list.join(', ')}`,
    });
  });
  if (protect) {
    await worksheet.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
}

/** The Feed sheet: the feed's own fields, one per row (key, value). */
function feedRows(
  feed: unknown,
  fields: Field[],
  languages: string[],
  defaultLanguage: string,
  lang?: { lang: string; source: string },
): {
  key: string;
  note: string;
  value: CellContent;
  rtl: boolean;
  locked: boolean;
  choices?: (string | number)[];
}[] {
  const rows: ReturnType<typeof feedRows> = [];
  if (lang) {
    rows.push({
      key: TRANSLATION_KEY,
      note: `This workbook translates the feed into ${lang.lang}: \`cop-widgets feed from-xlsx --merge feed.json\` takes only the ${lang.lang} columns into the feed.`,
      value: lang.lang,
      rtl: false,
      locked: true,
    });
  }
  for (const field of fields) {
    const value = valueAt(feed, field.path);
    const pointer = `/${field.path.map(escapePointer).join('/')}`;
    if (field.kind !== 'text') {
      if (!lang) {
        rows.push({
          key: field.name,
          note: field.note,
          value: fieldCell(field, value, pointer),
          rtl: false,
          locked: true,
          ...(field.choices ? { choices: field.choices } : {}),
        });
      }
      continue;
    }
    if (lang) {
      const source = sourceText(value, lang.source, defaultLanguage);
      const target = textIn(value, lang.lang, defaultLanguage);
      rows.push(
        {
          key: `${field.name}::${lang.source}`,
          note: languageNote(field, lang.source),
          value: source === undefined ? null : cellText(source, pointer),
          rtl: directionOf(lang.source) === 'rtl',
          locked: true,
        },
        {
          key: `${field.name}::${lang.lang}`,
          note: languageNote(field, lang.lang),
          value: target === undefined ? null : cellText(target, `${pointer}/${lang.lang}`),
          rtl: directionOf(lang.lang) === 'rtl',
          locked: false,
        },
      );
      continue;
    }
    if (typeof value === 'string' || (value !== undefined && !isRecord(value))) {
      rows.push({
        key: field.name,
        note: plainNote(field, defaultLanguage),
        value: fieldCell({ ...field, kind: 'string' }, value, pointer),
        rtl: false,
        locked: true,
      });
    }
    for (const language of languages) {
      const text = isRecord(value) ? value[language] : undefined;
      rows.push({
        key: `${field.name}::${language}`,
        note: languageNote(field, language),
        value:
          text === undefined
            ? null
            : fieldCell({ ...field, kind: 'string' }, text, `${pointer}/${escapePointer(language)}`),
        rtl: directionOf(language) === 'rtl',
        locked: true,
      });
    }
  }
  return rows;
}

async function feedSheet(
  workbook: ExcelJS.Workbook,
  rows: ReturnType<typeof feedRows>,
  protect: boolean,
): Promise<void> {
  const worksheet = workbook.addWorksheet('Feed', { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = [
    { header: 'key', width: 22 },
    { header: 'value', width: 70, style: { numFmt: '@', alignment: { wrapText: true } } },
  ];
  const header = worksheet.getRow(1);
  header.font = { bold: true };
  header.getCell(1).note = 'A field of the feed itself (its lists are on the other sheets).';
  header.getCell(2).note = "The field's value; an empty cell: the field is absent.";
  [1, 2].forEach((i) => {
    header.getCell(i).fill = HEADER_FILL;
  });
  rows.forEach((row, r) => {
    const line = worksheet.getRow(r + 2);
    const key = line.getCell(1);
    key.value = row.key;
    key.note = row.note;
    key.font = { bold: true };
    const value = line.getCell(2);
    value.value = row.value;
    if (typeof row.value === 'number') value.numFmt = 'General';
    if (row.rtl) value.alignment = RTL_ALIGNMENT;
    if (protect) {
      key.protection = { locked: true };
      value.protection = { locked: row.locked };
      if (row.locked) value.fill = LOCKED_FILL;
    }
    if (row.choices) {
      value.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${row.choices.join(',')}"`] };
    }
  });
  if (protect)
    await worksheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
}

/**
 * The feed as a workbook: a "Feed" sheet, then one sheet per list (see layout.ts). With `lang`, a
 * workbook for one translator: every sheet with texts, its rows' keys and source texts locked, the
 * `lang` column the only one to fill (and already filled where the feed has the text).
 */
export async function feedToWorkbook(
  feed: unknown,
  options: ToWorkbookOptions = {},
): Promise<ExcelJS.Workbook> {
  const layout = layoutOf();
  const defaultLanguage = sourceLanguageOf(feed);
  const languages = languagesOf(feed);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cop-widgets';
  const lang = options.lang;
  if (lang !== undefined) {
    const source =
      lang !== defaultLanguage ? defaultLanguage : (languages.find((tag) => tag !== lang) ?? lang);
    await feedSheet(
      workbook,
      feedRows(feed, layout.feed, languages, defaultLanguage, { lang, source }),
      true,
    );
    for (const sheet of layout.sheets) {
      if (!sheet.fields.some((field) => field.kind === 'text')) continue;
      const rows = rowsOf(feed, sheet);
      if (rows.length === 0) continue;
      await fillSheet(
        workbook,
        sheet.name,
        translationColumns(sheet, lang, source, defaultLanguage),
        rows,
        true,
      );
    }
    return workbook;
  }
  await feedSheet(workbook, feedRows(feed, layout.feed, languages, defaultLanguage), false);
  for (const sheet of layout.sheets) {
    const rows = rowsOf(feed, sheet);
    await fillSheet(workbook, sheet.name, fullColumns(sheet, rows, languages, defaultLanguage), rows, false);
  }
  return workbook;
}
