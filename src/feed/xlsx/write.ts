/**
 * A feed as a workbook ({@link feedToWorkbook}): the layout of layout.ts filled with the feed's
 * items. Every text is written as a string cell (never a formula, whatever it starts with) in a
 * column formatted as text, so that what a person types there stays text too.
 */
import ExcelJS from 'exceljs';
import { directionOf } from '../../i18n/language.js';
import { sourceLanguageOf } from '../status.js';
import {
  type CellContent,
  type Column,
  cellText,
  fieldCell,
  fullColumns,
  sourceText,
  textIn,
  translationColumns,
} from './columns.js';
import { type Row, TRANSLATION_KEY, escapePointer, isRecord, languagesOf, rowsOf, valueAt } from './items.js';
import { type Field, languageNote, layoutOf, plainNote } from './layout.js';

export { POSITION, type Row, TRANSLATION_KEY, languagesOf, rowsOf, valueAt } from './items.js';

export interface ToWorkbookOptions {
  /** A workbook for translating into this language: keys, the source text locked, this language's column to fill. */
  lang?: string;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
const LOCKED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
/** A row's height per line of text, in points (Excel's default row height). */
const LINE_HEIGHT = 15;

/**
 * About how many lines a text takes, wrapped in a column `width` characters wide (a wide character,
 * Chinese say, counts as two). Spreadsheet programs do not all size a row to its wrapped text when
 * they open a file (LibreOffice's conversions do not): the row is given that height.
 */
function linesOf(text: string, width: number): number {
  return text.split('\n').reduce((sum, paragraph) => {
    const wide = paragraph.match(
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/g,
    );
    return sum + Math.max(1, Math.ceil((paragraph.length + (wide?.length ?? 0)) / (width * 1.1)));
  }, 0);
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
    let lines = 1;
    columns.forEach((column, i) => {
      const value = column.value(row);
      const cell = line.getCell(i + 1);
      cell.value = value;
      if (column.text && typeof value === 'string') lines = Math.max(lines, linesOf(value, column.width));
      if (protect) {
        cell.protection = { locked: column.locked !== false };
        if (column.locked !== false) cell.fill = LOCKED_FILL;
      }
    });
    if (lines > 1) line.height = Math.min(LINE_HEIGHT * lines, 409);
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
