/**
 * The workbook's layout, read from the feed model ({@link FeedSchema}): which sheets, which
 * columns, what each column holds and what its header note says. No field is listed here by name:
 * a field the model gains gets its column with no edit here.
 *
 * - The feed's own fields (version, defaultLanguage, title…) go to a "Feed" sheet, one per row.
 * - A list of items (documents, a document's files, a consultation's questions…) gets a sheet, one
 *   row per item; a nested list's sheet starts with its parents' key columns (`document`,
 *   `consultation`, `question`).
 * - A list of texts (a recommendation's details) gets a sheet too, one text per row.
 * - A text ({@link LocalizedTextSchema}) gets one column per language, `title::fr` (XLSForm's
 *   convention), and a `title` column for a text given as a plain string.
 * - A field of a nested object (a question's `showIf`) gets a column `showIf.question`.
 * - A list of plain values (ids, countries) is one cell, comma-separated; a record of counts is one
 *   cell, `en: 131, fr: 74, ar: null`.
 */
import { FeedSchema, IdSchema, LocalizedTextSchema } from '../model.js';

/** The parts of a valibot schema this walk looks into (its public, documented properties). */
export interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
  options?: (SchemaNode | string | number)[];
  key?: SchemaNode | string;
  value?: SchemaNode;
  literal?: unknown;
  pipe?: { type: string; kind?: string; description?: string; requirement?: unknown; message?: string }[];
}

export type FieldKind =
  | 'text' // a LocalizedText: one column per language
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'value' // a string, number or boolean (showIf.equals): typed by its cell
  | 'ids' // a list of strings, comma-separated
  | 'values' // a list of values (showIf.in)
  | 'counts'; // a record of counts: "key: n, key: null"

export interface Field {
  /** The path from the item to the value: `['title']`, `['showIf', 'question']`; `[]` for the item itself (a list of texts). */
  path: string[];
  /** The column header (without `::lang` for a text). */
  name: string;
  kind: FieldKind;
  required: boolean;
  /** A value may be `null` (a count). */
  nullable: boolean;
  /** A date (`YYYY-MM-DD`) or a date and time, written as text. */
  format?: 'date' | 'date-time';
  /** The closed vocabulary, if any (picklist, literal). */
  choices?: (string | number)[];
  /** What the header's note says. */
  note: string;
}

export interface SheetLayout {
  /** Sheet name: "Documents", "Document files". */
  name: string;
  /** The JSON path of the list from the feed: `['consultations', 'questions']`. */
  path: string[];
  /** What an item is called in sheet names: `document`. */
  singular: string;
  /** The header of the key column its children name it in: `document` (or `consultation` for results). */
  column: string;
  /** The field naming an item among its siblings (`id`, or `consultation` for results); none: by position. */
  key?: string;
  /** The parent key columns: one per ancestor, outermost first. */
  parents: { name: string; sheet: SheetLayout }[];
  fields: Field[];
  /** The item is a text (a list of texts): its one field's path is `[]`. */
  textItems: boolean;
  /** The list must be present in its parent (it is empty with no rows). */
  required: boolean;
  description: string;
}

export interface Layout {
  feed: Field[];
  sheets: SheetLayout[];
}

const TEXT = LocalizedTextSchema as unknown as SchemaNode;
const ID = IdSchema as unknown as SchemaNode;

/** The descriptions in a schema's pipe, innermost first. */
function descriptionOf(schema: SchemaNode): string | undefined {
  const own = schema.pipe?.filter((a) => a.type === 'description').map((a) => a.description);
  const inner = schema.pipe?.[0] as SchemaNode | undefined;
  const deeper = inner && inner !== schema && inner.pipe ? descriptionOf(inner) : undefined;
  return own?.at(-1) ?? deeper ?? (schema.wrapped ? descriptionOf(schema.wrapped) : undefined);
}

/** The limits in a schema's pipe, in words ("at least 1"). */
function limitsOf(schema: SchemaNode): string[] {
  const words: string[] = [];
  const inner = (schema.pipe?.[0] as SchemaNode | undefined) ?? schema.wrapped;
  if (inner && inner !== schema) words.push(...limitsOf(inner));
  for (const action of schema.pipe ?? []) {
    if (action.type === 'integer') words.push('a whole number');
    if (action.type === 'min_value') words.push(`at least ${String(action.requirement)}`);
    if (action.type === 'max_value') words.push(`at most ${String(action.requirement)}`);
    if (action.type === 'regex' && action.message) words.push(action.message);
    if (action.type === 'iso_date') words.push('YYYY-MM-DD, written as text');
    if (action.type === 'iso_timestamp') words.push('e.g. 2026-11-01T00:00:00Z, written as text');
  }
  return words;
}

/** Whether a schema is a date or a date and time (an ISO date/timestamp check in its pipes). */
function formatOf(schema: SchemaNode): 'date' | 'date-time' | undefined {
  for (const action of schema.pipe ?? []) {
    if (action.type === 'iso_date') return 'date';
    if (action.type === 'iso_timestamp') return 'date-time';
  }
  const inner = (schema.pipe?.[0] as SchemaNode | undefined) ?? schema.wrapped;
  return inner && inner !== schema ? formatOf(inner) : undefined;
}

const isId = (schema: SchemaNode) => schema === ID || (schema.pipe?.[0] as SchemaNode | undefined) === ID;

const unwrap = (schema: SchemaNode): { schema: SchemaNode; optional: boolean; nullable: boolean } => {
  let optional = false;
  let nullable = false;
  let node = schema;
  while (node.wrapped) {
    if (node.type === 'optional' || node.type === 'undefinedable') optional = true;
    if (node.type === 'nullable' || node.type === 'nullish') nullable = true;
    if (node.type === 'nullish') optional = true;
    node = node.wrapped;
  }
  return { schema: node, optional, nullable };
};

/** The object entries of an object, a variant or a union of objects, merged in order. */
function entriesOf(schema: SchemaNode): [string, SchemaNode, boolean][] | undefined {
  if (schema.entries) return Object.entries(schema.entries).map(([k, s]) => [k, s, true]);
  if (!schema.options || !schema.options.every((o) => typeof o === 'object' && o.entries)) return undefined;
  const options = schema.options as SchemaNode[];
  const merged = new Map<string, { schemas: SchemaNode[]; count: number }>();
  for (const option of options) {
    for (const [key, entry] of Object.entries(option.entries!)) {
      const seen = merged.get(key) ?? { schemas: [], count: 0 };
      seen.schemas.push(entry);
      seen.count += 1;
      merged.set(key, seen);
    }
  }
  return [...merged].map(([key, { schemas, count }]) => {
    const literals = schemas.map((s) => unwrap(s).schema);
    // A variant's key (`type`): the literals of its options, as one picklist.
    const first = literals[0]!;
    const picklist: SchemaNode | undefined = literals.every((s) => s.type === 'literal')
      ? { type: 'picklist', options: literals.map((s) => s.literal as string) }
      : undefined;
    const required = count === options.length && schemas.every((s) => !unwrap(s).optional);
    return [key, picklist ?? schemas[0] ?? first, required];
  });
}

const isScalar = (schema: SchemaNode) =>
  ['string', 'number', 'boolean', 'picklist', 'literal'].includes(schema.type);

const isValueUnion = (schema: SchemaNode) =>
  schema.type === 'union' && (schema.options ?? []).every((o) => typeof o === 'object' && isScalar(o));

const humanise = (key: string) => key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const singularOf = (list: string) => list.replace(/ies$/, 'y').replace(/s$/, '');

function choicesOf(schema: SchemaNode): (string | number)[] | undefined {
  if (schema.type === 'picklist') return schema.options as (string | number)[];
  if (schema.type === 'literal') return [schema.literal as string | number];
  if (schema.type === 'boolean') return undefined;
  return undefined;
}

function noteFor(
  kind: FieldKind,
  schema: SchemaNode,
  required: boolean,
  choices?: (string | number)[],
): string {
  const parts: string[] = [];
  const described = descriptionOf(schema);
  if (described) parts.push(described);
  if (choices) parts.push(`One of: ${choices.join(', ')}.`);
  else if (kind === 'boolean') parts.push('TRUE or FALSE.');
  else if (kind === 'ids' || kind === 'values') parts.push('Comma-separated.');
  else if (kind === 'counts')
    parts.push('Counts, "key: n" comma-separated; null for "fewer than minimumCount".');
  else if (kind === 'value') parts.push('Text, a number or TRUE/FALSE.');
  const limits = limitsOf(schema);
  if (limits.length) parts.push(`${capital(limits.join(', '))}.`);
  parts.push(required ? 'Required.' : 'Optional: leave empty for none.');
  return parts.join(' ');
}

/** The columns of an item schema (recursing into nested objects); arrays of items become sheets. */
function fieldsOf(
  schema: SchemaNode,
  prefix: string[],
  sheets: SheetLayout[],
  parents: SheetLayout['parents'],
  parentRequired: boolean,
): Field[] {
  const fields: Field[] = [];
  for (const [key, rawEntry, present] of entriesOf(schema) ?? []) {
    const { schema: entry, optional, nullable } = unwrap(rawEntry);
    const required = present && !optional && parentRequired;
    const path = [...prefix, key];
    const name = path.join('.');
    const field = (kind: FieldKind, choices?: (string | number)[]): Field => ({
      path,
      name,
      kind,
      required,
      nullable,
      ...(choices ? { choices } : {}),
      ...(formatOf(rawEntry) ? { format: formatOf(rawEntry) } : {}),
      note: noteFor(kind, rawEntry, required, choices),
    });
    if (rawEntry === TEXT || entry === TEXT) {
      fields.push(field('text'));
    } else if (entry.type === 'array' && entry.item) {
      const item = unwrap(entry.item).schema;
      if (entry.item === TEXT || entriesOf(item)) {
        // A nested list: its own sheet (filled in after its parent's, see layoutOf).
        sheets.push(...listSheets(path, entry, parents, present && !optional));
      } else if (isValueUnion(item)) {
        fields.push(field('values'));
      } else {
        fields.push(field('ids', choicesOf(item)));
      }
    } else if (entry.type === 'record') {
      fields.push(field('counts'));
    } else if (entriesOf(entry)) {
      fields.push(...fieldsOf(entry, path, sheets, parents, required));
    } else if (isValueUnion(entry)) {
      fields.push(field('value'));
    } else if (entry.type === 'number') {
      const integer = (entry.pipe ?? []).some((a) => a.type === 'integer');
      fields.push(field(integer ? 'integer' : 'number'));
    } else if (entry.type === 'boolean') {
      fields.push(field('boolean'));
    } else {
      const choices = choicesOf(entry);
      fields.push(field(choices && typeof choices[0] === 'number' ? 'integer' : 'string', choices));
    }
  }
  return fields;
}

/**
 * A list's sheet, then its nested lists' sheets. `path` is relative to the parent item: the
 * parent's own call makes every path it gets back relative to the feed.
 */
function listSheets(
  path: string[],
  array: SchemaNode,
  parents: SheetLayout['parents'],
  required: boolean,
): SheetLayout[] {
  const listName = path.at(-1)!;
  const parent = parents.at(-1)?.sheet;
  const name = parent ? `${capital(parent.singular)} ${humanise(listName)}` : capital(listName);
  const itemSchema = unwrap(array.item!).schema;
  const textItems = array.item === TEXT;
  const entries = textItems ? [] : (entriesOf(itemSchema) ?? []);
  const key = entries.find(([k]) => k === 'id')?.[0] ?? entries.find(([, s]) => isId(s))?.[0];
  const sheet: SheetLayout = {
    name,
    path,
    singular: singularOf(listName),
    column: key && key !== 'id' ? key : singularOf(listName),
    ...(key ? { key } : {}),
    parents,
    fields: [],
    textItems,
    required,
    description: descriptionOf(array) ?? `${capital(humanise(listName))}: one row per item.`,
  };
  const children: SheetLayout[] = [];
  if (textItems) {
    sheet.fields = [
      {
        path: [],
        name: listName,
        kind: 'text',
        required: true,
        nullable: false,
        note: noteFor('text', TEXT, true),
      },
    ];
  } else {
    sheet.fields = fieldsOf(itemSchema, [], children, [...parents, { name: sheet.column, sheet }], true);
  }
  for (const child of children) child.path = [...path, ...child.path];
  return [sheet, ...children];
}

/** The layout of the whole feed, from {@link FeedSchema}. */
export function layoutOf(): Layout {
  const root = FeedSchema as unknown as SchemaNode;
  const sheets: SheetLayout[] = [];
  const feed: Field[] = [];
  for (const [key, rawEntry] of Object.entries(root.entries!)) {
    const { schema: entry } = unwrap(rawEntry);
    if (entry.type === 'array' && entry.item && entriesOf(unwrap(entry.item).schema)) {
      sheets.push(...listSheets([key], entry, [], false));
    } else {
      feed.push(...fieldsOf({ type: 'object', entries: { [key]: rawEntry } }, [], sheets, [], true));
    }
  }
  return { feed, sheets };
}

/** The header note of a text's language column. */
export function languageNote(field: Field, language: string): string {
  let name = language;
  try {
    name = new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language;
  } catch {
    // Not a tag Intl knows: its tag is its name.
  }
  return `${field.name} in ${name} (${language}). ${field.note}`;
}

/** The header note of a text's column without language: a plain string. */
export function plainNote(field: Field, defaultLanguage: string): string {
  return `${field.name} as one plain text, in the feed's default language (${defaultLanguage}); use the ${field.name}::<language> columns for a text in several languages. ${field.note}`;
}

/** A parent key column's note. */
export function parentNote(parent: SheetLayout['parents'][number]): string {
  return `The ${parent.sheet.key ?? 'id'} of the ${parent.name} (sheet "${parent.sheet.name}") this row belongs to. Required.`;
}
