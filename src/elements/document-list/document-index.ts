/**
 * The document list's index, built once per feed: each document's year and file languages, and
 * the filters' choices; and its folded search text over every language of its title, summary and
 * symbol, made after the first paint ({@link prepareSearch}, in idle time) or, at the latest, by
 * the first search. Filtering a keystroke then only compares prepared strings, narrowing from the
 * previous result when the query grows.
 */
import { type FeedDocument, type Meeting, textsOf } from '../../feed/model.js';
import type { Feed } from '../../feed/validate.js';
import { baseOf } from '../../i18n/language.js';
import { foldForSearch, hasAllTerms, queryTerms } from '../../i18n/search.js';

/** How the list is sorted: CONTRACT §2's `sort` values. */
export type DocumentSort = 'date-desc' | 'date-asc' | 'title' | 'symbol';
export const DOCUMENT_SORTS: readonly DocumentSort[] = ['date-desc', 'date-asc', 'title', 'symbol'];

/** The interactive filters; an empty string means "any". */
export interface DocumentFilters {
  query: string;
  meeting: string;
  type: string;
  topic: string;
  year: string;
  language: string;
}

export interface IndexedDocument {
  document: FeedDocument;
  /** Folded search text of every language's title and summary, and the symbol, once made. */
  search?: string;
  year: string;
  /** Base languages of its files. */
  languages: Set<string>;
}

export interface DocumentIndex {
  entries: IndexedDocument[];
  meetings: Meeting[];
  years: string[];
  languages: string[];
  /** Document types in use (unsorted: their labels depend on the language). */
  types: FeedDocument['type'][];
  /** Ids of the topics in use. */
  topics: Set<string>;
}

/** Indexes the documents of `feed` that pass the presets. */
export function indexDocuments(
  feed: Feed,
  presets: { meeting?: string; type?: string; topic?: string },
): DocumentIndex {
  const entries: IndexedDocument[] = [];
  for (const document of feed.documents) {
    if (presets.meeting && document.meeting !== presets.meeting) continue;
    if (presets.type && document.type !== presets.type) continue;
    if (presets.topic && !document.topics?.includes(presets.topic)) continue;
    entries.push({
      document,
      year: document.date.slice(0, 4),
      languages: new Set(document.files.map((file) => baseOf(file.lang))),
    });
  }
  const used = new Set(entries.map((entry) => entry.document.meeting));
  return {
    entries,
    meetings: feed.meetings
      .filter((meeting) => used.has(meeting.id))
      .sort((a, b) => a.date.localeCompare(b.date)),
    years: [...new Set(entries.map((entry) => entry.year))].sort().reverse(),
    languages: [...new Set(entries.flatMap((entry) => [...entry.languages]))].sort(),
    types: [...new Set(entries.map((entry) => entry.document.type))],
    topics: new Set(entries.flatMap((entry) => entry.document.topics ?? [])),
  };
}

/** The folded search text of `entry`, made on first need. */
function searchTextOf(entry: IndexedDocument): string {
  const { document } = entry;
  return (entry.search ??= foldForSearch(
    [document.symbol ?? '', ...textsOf(document.title), ...textsOf(document.summary)].join(' '),
  ));
}

/**
 * Makes the search text of `count` entries from `entries[from]`; returns where it stopped
 * (`entries.length` once all are made).
 */
export function prepareSearch(entries: readonly IndexedDocument[], from: number, count: number): number {
  const end = Math.min(entries.length, from + count);
  for (let i = from; i < end; i++) searchTextOf(entries[i] as IndexedDocument);
  return end;
}

/** The entries of `from` that pass `filters` (the query's terms, folded, must all occur). */
export function filterDocuments(
  from: readonly IndexedDocument[],
  filters: DocumentFilters,
): IndexedDocument[] {
  const terms = queryTerms(filters.query);
  return from.filter(
    (entry) =>
      (!filters.meeting || entry.document.meeting === filters.meeting) &&
      (!filters.type || entry.document.type === filters.type) &&
      (!filters.topic || (entry.document.topics ?? []).includes(filters.topic)) &&
      (!filters.year || entry.year === filters.year) &&
      (!filters.language || entry.languages.has(filters.language)) &&
      (terms.length === 0 || hasAllTerms(searchTextOf(entry), terms)),
  );
}

/**
 * Whether results for `next` can be found among the results for `previous`: the same filters,
 * and a query that only grew (every new term contains an old one), so narrowing is enough.
 */
export function narrows(previous: DocumentFilters, next: DocumentFilters): boolean {
  const keys = ['meeting', 'type', 'topic', 'year', 'language'] as const;
  if (keys.some((key) => previous[key] !== next[key])) return false;
  const before = queryTerms(previous.query);
  const after = queryTerms(next.query);
  return before.every((term, i) => after[i]?.includes(term) ?? false);
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sorts entries in place; `title` and `symbol` compare the texts as shown (`titleOf`) with the
 * comparison `collate()` gives, asked for only then (a collator costs tens of milliseconds the
 * first time a page makes one, which a date sort need not pay).
 */
export function sortDocuments(
  entries: IndexedDocument[],
  sort: DocumentSort,
  titleOf: (document: FeedDocument) => string,
  collate: () => (a: string, b: string) => number,
): IndexedDocument[] {
  // Dates (YYYY-MM-DD) and ids compare by code unit: no collation needed, and much faster.
  const byDateDesc = (a: IndexedDocument, b: IndexedDocument) => byCodeUnit(b.document.date, a.document.date);
  const byId = (a: IndexedDocument, b: IndexedDocument) => byCodeUnit(a.document.id, b.document.id);
  switch (sort) {
    case 'date-asc':
      return entries.sort((a, b) => -byDateDesc(a, b) || byId(a, b));
    case 'title': {
      const compare = collate();
      const titles = new Map(entries.map((entry) => [entry, titleOf(entry.document)]));
      return entries.sort((a, b) => compare(titles.get(a) ?? '', titles.get(b) ?? '') || byDateDesc(a, b));
    }
    case 'symbol': {
      // Documents without a symbol come last.
      const compare = collate();
      return entries.sort(
        (a, b) =>
          Number(!a.document.symbol) - Number(!b.document.symbol) ||
          compare(a.document.symbol ?? '', b.document.symbol ?? '') ||
          byDateDesc(a, b),
      );
    }
    default:
      return entries.sort((a, b) => byDateDesc(a, b) || byId(a, b));
  }
}

/**
 * The positions in `raw` (a feed's documents as given, unread) of the first `count` by date, newest
 * first (or oldest, with `ascending`), then by id, as {@link sortDocuments} orders them, among those
 * whose own fields could pass `presets`: the first page, picked before the documents are read. A
 * document that validates keeps its `id`, `date` and `type` as given, and at most the `meeting`
 * and `topics` given, so no document of the page can be elsewhere; one found invalid leaves a gap,
 * which the caller fills by asking for more.
 */
export function firstByDate(
  raw: readonly unknown[],
  presets: { meeting?: string; type?: string; topic?: string },
  ascending: boolean,
  count: number,
): number[] {
  const dates: string[] = [];
  const ids: string[] = [];
  const picked: number[] = [];
  /** Whether a document with `date` and `id` goes before the one picked at `at`. */
  const before = (date: string, id: string, at: number) => {
    const other = dates[at]!;
    if (date !== other) return ascending ? date < other : date > other;
    return id < ids[at]!;
  };
  for (let index = 0; index < raw.length && count > 0; index++) {
    const { id, date, type, meeting, topics } = (raw[index] ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || typeof date !== 'string') continue;
    if (presets.type && type !== presets.type) continue;
    if (presets.meeting && meeting !== presets.meeting) continue;
    if (presets.topic && !(Array.isArray(topics) && topics.includes(presets.topic))) continue;
    if (picked.length === count && !before(date, id, count - 1)) continue;
    let at = picked.length;
    while (at > 0 && before(date, id, at - 1)) at--;
    dates.splice(at, 0, date);
    ids.splice(at, 0, id);
    picked.splice(at, 0, index);
    if (picked.length > count) {
      dates.pop();
      ids.pop();
      picked.pop();
    }
  }
  return picked;
}
