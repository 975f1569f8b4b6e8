/**
 * A feed's items as the rows of its sheets, shared by to-xlsx (write.ts) and from-xlsx (read.ts):
 * where each item is, its ancestors, the value at a field's path, the languages of the texts.
 */
import { DRAFT_LANGUAGES, LANGUAGES } from '../../i18n/language.js';
import { feedTexts } from '../status.js';
import type { SheetLayout } from './layout.js';

/** The Feed sheet's row naming the language of a translation workbook. */
export const TRANSLATION_KEY = 'translation';
/** The position column of a translation workbook's sheet whose items have no key. */
export const POSITION = '#';

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const escapePointer = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

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

/**
 * The languages of the workbook's text columns: the interface's, those being translated (drafts,
 * `npm run add-language`), then any other the feed uses.
 */
export function languagesOf(feed: unknown): string[] {
  const known: readonly string[] = [...LANGUAGES, ...DRAFT_LANGUAGES];
  const used = new Set<string>();
  for (const text of feedTexts(feed)) for (const tag of Object.keys(text.texts)) used.add(tag);
  return [...known, ...[...used].filter((tag) => !known.includes(tag)).sort()];
}
