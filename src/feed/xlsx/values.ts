/**
 * Cell values into feed values, for from-xlsx (read.ts): each field's value from its cell, the
 * problems found on the way (at their cell, with their feed pointer), and a row's texts, whole
 * or merged into a feed's.
 */
import { type Item, type Read, isoOf, shown, splitItems, typedItem } from './cells.js';
import { escapePointer, isRecord, valueAt } from './items.js';
import type { Field } from './layout.js';

export { escapePointer, isRecord };

export interface Problem {
  /** Where in the workbook: `Documents!D14`, `'Document files'!B3`. */
  cell: string;
  /** Where in the feed: a JSON Pointer. */
  pointer: string;
  message: string;
  severity: 'issue' | 'warning';
}

export type Json = Record<string, unknown>;

export const pathPointer = (path: string[]) => path.map((key) => `/${escapePointer(key)}`).join('');

/** A sheet name as a cell reference writes it: quoted when it is not a plain word. */
export const sheetRef = (name: string) =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

/** The state of one reading: the problems, and which cell each pointer came from. */
export class Reading {
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
export function textOf(read: Read, reading: Reading, cell: string, pointer: string): string | undefined {
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
export function valueOf(field: Field, read: Read, reading: Reading, cell: string, pointer: string): unknown {
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
export function setAt(item: Json, path: string[], value: unknown): void {
  let target = item;
  path.slice(0, -1).forEach((key) => {
    if (!isRecord(target[key])) define(target, key, {});
    target = target[key] as Json;
  });
  define(target, path.at(-1)!, value);
}

/** A key set as data, even `__proto__`. */
export function define(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The text a row gives a text field, from its plain column and its language columns. */
export function textFrom(
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

/**
 * Merges a row's texts into `target` at `path`: the languages whose columns the workbook has
 * (`columns`; undefined: the plain column, in the default language) are set, or removed where
 * their cell is empty; the others are kept. A text that was a plain string stays one if only its
 * default language is left.
 */
export function mergeText(
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
