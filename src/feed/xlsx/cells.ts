/**
 * Cell values both ways: how a feed value is written into a cell, and what a cell (as a person
 * left it, in Excel or LibreOffice) holds.
 */
import type { Cell, CellValue } from 'exceljs';

/** The most characters a spreadsheet cell holds (Excel's limit; LibreOffice's is larger). */
export const CELL_LIMIT = 32_767;

/**
 * A text as written into a cell. The XML of a workbook cannot carry a carriage return (it reads
 * back as a line feed), C0 controls, U+FFFE/U+FFFF or a lone surrogate: they are written as
 * `_xHHHH_`, the escape Excel and LibreOffice write and read, and a literal `_xHHHH_` as
 * `_x005F_xHHHH_` (Excel's own rule). exceljs decodes these when it reads a file.
 */
export function escapeText(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /_(?=x[0-9A-Fa-f]{4}_)|[\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/** A value of a comma-separated cell, double-quoted when it must be (`"a, b"`, `"12"`). */
export function formatItem(item: string | number | boolean | null, typed: boolean): string {
  if (typeof item !== 'string') return String(item);
  const looksTyped = typed && /^(true|false|null|-?\d+(\.\d+)?([eE][+-]?\d+)?)$/i.test(item);
  if (looksTyped || item === '' || /[,":]|^\s|\s$/.test(item)) return `"${item.replace(/"/g, '""')}"`;
  return item;
}

export interface Item {
  text: string;
  quoted: boolean;
}

/**
 * A comma-separated cell's items; with `pairs`, `key: value` pairs. Double-quoted items keep
 * their commas, colons and spaces (`""` is a double quote). A string says what is wrong.
 */
export function splitItems(text: string, pairs = false): Item[][] | string {
  const entries: Item[][] = [];
  let entry: Item[] = [];
  let i = 0;
  const stops = pairs ? /[,:]/ : /,/;
  if (text.trim() === '') return entries;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i += 1;
    let item = '';
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      for (i += 1; ; i += 1) {
        if (i >= text.length) return 'a double quote is not closed';
        if (text[i] === '"' && text[i + 1] === '"') {
          item += '"';
          i += 1;
        } else if (text[i] === '"') {
          break;
        } else {
          item += text[i];
        }
      }
      i += 1;
      while (i < text.length && /\s/.test(text[i]!)) i += 1;
      if (i < text.length && !stops.test(text[i]!)) return 'text after a closing double quote';
    } else {
      while (i < text.length && !stops.test(text[i]!)) item += text[i++];
      item = item.trim();
      if (item === '') return pairs ? 'an empty key or value' : 'an empty item between commas';
    }
    entry.push({ text: item, quoted });
    if (i < text.length && text[i] === ':') {
      if (entry.length > 1) return 'two colons in one "key: value"';
    } else {
      if (pairs && entry.length !== 2) return `"${entry[0]!.text}" has no value ("key: value")`;
      entries.push(entry);
      entry = [];
    }
    if (i >= text.length) return entries;
    i += 1;
  }
}

/** An unquoted item of a typed list: a number, a boolean or null if it reads as one. */
export function typedItem(item: Item): string | number | boolean | null {
  if (item.quoted) return item.text;
  if (/^(true|false)$/i.test(item.text)) return item.text.toLowerCase() === 'true';
  if (/^null$/i.test(item.text)) return null;
  if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(item.text)) return Number(item.text);
  return item.text;
}

/** What a cell holds, as a person may have left it. */
export type Read =
  | { kind: 'empty' }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: Date }
  | { kind: 'bad'; message: string };

/** Reads a cell's value; formulas, errors and merged cells are `bad`, with why. */
export function readCell(cell: Cell): Read {
  if (cell.isMerged) {
    const range =
      cell.master === cell
        ? 'it is merged with the cells next to it'
        : `it is merged into ${cell.master.address}`;
    return { kind: 'bad', message: `a merged cell (${range}): unmerge it and give each cell its own value` };
  }
  return readValue(cell.value);
}

export function readValue(value: CellValue): Read {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return value === '' ? { kind: 'empty' } : { kind: 'string', value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', value };
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      const text = value.richText.map((run) => run.text).join('');
      return text === '' ? { kind: 'empty' } : { kind: 'string', value: text };
    }
    // LibreOffice Calc saves a TRUE or FALSE cell as the formula TRUE() or FALSE().
    const formula = 'formula' in value && typeof value.formula === 'string' ? value.formula : '';
    if (/^(TRUE|FALSE)(\(\))?$/i.test(formula.trim())) {
      return { kind: 'boolean', value: /^TRUE/i.test(formula.trim()) };
    }
    if ('formula' in value || 'sharedFormula' in value) {
      return {
        kind: 'bad',
        message: 'a formula: a feed takes values only (format the cell as Text and type the value itself)',
      };
    }
    if ('error' in value) return { kind: 'bad', message: `an error value (${String(value.error)})` };
    if ('hyperlink' in value && 'text' in value) {
      const text = typeof value.text === 'string' ? value.text : readValue(value.text as CellValue);
      if (typeof text === 'string') return text === '' ? { kind: 'empty' } : { kind: 'string', value: text };
      return text;
    }
  }
  return { kind: 'bad', message: 'a value of a kind a feed cannot take' };
}

/** A date cell as the feed's date (YYYY-MM-DD) or date and time (UTC). */
export function isoOf(date: Date, withTime: boolean): string {
  const iso = date.toISOString();
  return withTime ? iso.replace(/\.000Z$/, 'Z') : iso.slice(0, 10);
}

/** How a value is described in a message. */
export function shown(read: Read): string {
  switch (read.kind) {
    case 'string':
      return JSON.stringify(read.value.length > 60 ? `${read.value.slice(0, 60)}…` : read.value);
    case 'number':
    case 'boolean':
      return String(read.value);
    case 'date':
      return `the date ${isoOf(read.value, true)}`;
    default:
      return 'nothing';
  }
}
