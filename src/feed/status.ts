/**
 * What `cop-widgets feed status` prints: how much of a feed is translated, per list and per
 * language. A text is a field the model marks as a {@link LocalizedTextSchema}; which fields those
 * are is read from {@link FeedSchema} itself, so a text field the model gains is counted with no
 * edit here. A plain string counts as the feed's `defaultLanguage` (else English) only; an empty
 * text counts as missing.
 *
 * Only the command uses this module; the elements never load it.
 */
import { LANGUAGES, baseOf } from '../i18n/language.js';
import { FeedSchema, LocalizedTextSchema } from './model.js';
import { hasText } from './primitives.js';
import type { SchemaNode } from './xlsx/layout.js';

/** One text of the feed: where it is, in which list, and its languages. */
export interface FeedText {
  pointer: string;
  list: string;
  /** Language tag → text, the empty texts left out. */
  texts: Record<string, string>;
  /** The text as the feed gives it (a string, or language tag → text, empty texts included). */
  value: unknown;
}

export interface StatusOptions {
  /** Languages that must be complete: the exit code is 1 if any is not. */
  require?: readonly string[];
  /** Languages whose missing texts are listed, each with its pointer and source text. */
  missing?: readonly string[];
}

export interface StatusReport {
  lines: string[];
  exitCode: 0 | 1;
}

/** The parts of a valibot schema this walk looks into (its public, documented properties). */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const escape = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

/** The objects a variant or union may be, narrowed to the one a `variant`'s key selects. */
function optionsFor(schema: SchemaNode, value: unknown): SchemaNode[] {
  // A union's or variant's options are schemas (a picklist's are values: it has no texts).
  const options = (schema.options ?? []) as SchemaNode[];
  const { key } = schema;
  if (schema.type !== 'variant' || typeof key !== 'string' || !isRecord(value)) return options;
  return options.filter((option) => option.entries?.[key]?.literal === value[key]);
}

function collect(
  schema: SchemaNode,
  value: unknown,
  pointer: string,
  list: string,
  defaultLanguage: string,
  out: FeedText[],
): void {
  if (value === undefined || value === null) return;
  if (schema === (LocalizedTextSchema as unknown as SchemaNode)) {
    const texts: Record<string, string> = {};
    if (typeof value === 'string') {
      if (hasText(value)) texts[defaultLanguage] = value;
    } else if (isRecord(value)) {
      for (const [language, text] of Object.entries(value)) {
        if (typeof text === 'string' && hasText(text)) texts[language] = text;
      }
    }
    out.push({ pointer, list, texts, value });
    return;
  }
  if (schema.wrapped) {
    collect(schema.wrapped, value, pointer, list, defaultLanguage, out);
  } else if (schema.type === 'array' && schema.item && Array.isArray(value)) {
    // An array of items (not of texts) is a list: its items' texts are counted under its name.
    const isText = schema.item === (LocalizedTextSchema as unknown as SchemaNode);
    const name = !isText && (schema.item.entries || schema.item.options) ? pointer.split('/').pop()! : list;
    value.forEach((item, i) => collect(schema.item!, item, `${pointer}/${i}`, name, defaultLanguage, out));
  } else if (schema.entries && isRecord(value)) {
    for (const [key, entry] of Object.entries(schema.entries)) {
      collect(entry, value[key], `${pointer}/${escape(key)}`, list, defaultLanguage, out);
    }
  } else if (schema.options) {
    for (const option of optionsFor(schema, value)) {
      collect(option, value, pointer, list, defaultLanguage, out);
    }
  }
}

/** The feed's own default language, else English: the language of a plain string, and the source. */
export function sourceLanguageOf(input: unknown): string {
  const tag = isRecord(input) ? input.defaultLanguage : undefined;
  return typeof tag === 'string' && tag ? tag : 'en';
}

/** Every text of a feed (as parsed from its JSON), in document order; the feed's title is in "feed". */
export function feedTexts(input: unknown): FeedText[] {
  const out: FeedText[] = [];
  collect(FeedSchema as unknown as SchemaNode, input, '', 'feed', sourceLanguageOf(input), out);
  return out;
}

const pad = (cells: string[], widths: number[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');

const percent = (present: number, all: number) =>
  all === 0 ? '-' : `${Math.floor((present / all) * 1000) / 10}%`;

/** The status table, `--require`'s verdict and `--missing`'s list for a feed. */
export function reportStatus(target: string, input: unknown, options: StatusOptions = {}): StatusReport {
  const texts = feedTexts(input);
  const source = sourceLanguageOf(input);
  const extra = new Set<string>();
  for (const text of texts) for (const language of Object.keys(text.texts)) extra.add(language);
  for (const language of [...LANGUAGES, ...(options.require ?? []), ...(options.missing ?? [])]) {
    extra.delete(language);
  }
  const languages = [...LANGUAGES, ...[...extra].sort()];
  for (const language of [...(options.require ?? []), ...(options.missing ?? [])]) {
    if (!languages.includes(language)) languages.push(language);
  }
  const lists = [...new Set(texts.map((text) => text.list))];
  // As the elements read a text (and `validate --languages` counts it): a reader asking for `fr`
  // gets an `fr-CA` text, so a text is present in a language when one of its tags has that base.
  const has = (text: FeedText, language: string) =>
    Object.keys(text.texts).some((tag) => baseOf(tag) === baseOf(language));
  const count = (language: string, list?: string) => {
    const of = texts.filter((text) => list === undefined || text.list === list);
    return [of.filter((text) => has(text, language)).length, of.length] as const;
  };
  const cell = ([present, all]: readonly [number, number]) => `${present}/${all} ${percent(present, all)}`;
  const rows = [
    ['', ...languages],
    ...lists.map((list) => [list, ...languages.map((language) => cell(count(language, list)))]),
    ['all', ...languages.map((language) => cell(count(language)))],
  ];
  const widths = ['', ...languages].map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  const lines = [`${target}: ${texts.length} texts; source language ${source}`];
  lines.push(...rows.map((row) => pad(row, widths).trimEnd()));

  for (const language of options.missing ?? []) {
    const missing = texts.filter((text) => !has(text, language));
    lines.push('', `Missing in ${language}: ${missing.length}`);
    for (const text of missing) {
      const from = text.texts[source] ?? Object.values(text.texts)[0] ?? '';
      lines.push(`${text.pointer}: ${JSON.stringify(from)}`);
    }
  }

  const incomplete = (options.require ?? []).filter((language) => {
    const [present, all] = count(language);
    return present < all;
  });
  if (options.require?.length) {
    lines.push(
      incomplete.length
        ? `Incomplete: ${incomplete.join(', ')} (required: ${options.require.join(', ')}).`
        : `Complete in every required language (${options.require.join(', ')}).`,
    );
  }
  return { lines, exitCode: incomplete.length ? 1 : 0 };
}
