/**
 * The document list's index, built once per feed, a slice at a time ({@link IndexBuilder}): each
 * document's year, date and file languages, and the filters' choices; its sorts (document-sort.ts);
 * and its folded search text over every language of its title, summary and
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

/** The filters a document can be chosen by (besides the search text). */
export const FILTER_KEYS = ['meeting', 'type', 'topic', 'year', 'language'] as const;

/** No filter set, and `query` as the search. */
export const emptyFilters = (query = ''): DocumentFilters => ({
  query,
  meeting: '',
  type: '',
  topic: '',
  year: '',
  language: '',
});

export interface IndexedDocument {
  document: FeedDocument;
  /** Folded search text of every language's title and summary, and the symbol, once made. */
  search?: string;
  year: string;
  /** Its date as a number (YYYYMMDD), for sorting. */
  day: number;
  /** Base languages of its files. */
  languages: string[];
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
  /** The sorts made so far (document-sort.ts): positions in `entries`, by sort (and language). */
  orders: Map<string, Uint32Array>;
  /** The sorts being made, each going on until a deadline at a time. */
  jobs: Map<string, (deadline: number) => Uint32Array | undefined>;
}

type Presets = { meeting?: string; type?: string; topic?: string };

/** Where the digits of a date (YYYY-MM-DD) are. */
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/**
 * Indexes the documents that pass the presets a slice at a time ({@link add} until a deadline),
 * so that a feed of any size never holds the main thread long; {@link index} once all are in.
 */
export class IndexBuilder {
  readonly entries: IndexedDocument[] = [];
  private next = 0;
  private readonly meetings = new Set<string | undefined>();
  private readonly years = new Set<string>();
  private readonly languages = new Set<string>();
  private readonly types = new Set<FeedDocument['type']>();
  private readonly topics = new Set<string>();
  /** Base language of each file language tag seen. */
  private readonly bases = new Map<string, string>();

  constructor(private readonly presets: Presets) {}

  /** Indexes `documents` from where it stopped until `deadline` has passed; `true` once all are in. */
  add(documents: readonly FeedDocument[], deadline: number): boolean {
    const { presets } = this;
    for (let count = 1; this.next < documents.length; count++) {
      if ((count & 63) === 0 && performance.now() >= deadline) return false;
      const document = documents[this.next++]!;
      if (presets.meeting && document.meeting !== presets.meeting) continue;
      if (presets.type && document.type !== presets.type) continue;
      if (presets.topic && !document.topics?.includes(presets.topic)) continue;
      const languages: string[] = [];
      for (const { lang } of document.files) {
        let language = this.bases.get(lang);
        if (language === undefined) this.bases.set(lang, (language = baseOf(lang)));
        if (!languages.includes(language)) languages.push(language);
        this.languages.add(language);
      }
      const { date } = document;
      // YYYY-MM-DD as the number YYYYMMDD.
      let day = 0;
      for (const at of DIGITS) day = day * 10 + date.charCodeAt(at) - 48;
      const year = date.slice(0, 4);
      this.entries.push({ document, year, day, languages });
      this.meetings.add(document.meeting);
      this.years.add(year);
      this.types.add(document.type);
      for (const topic of document.topics ?? []) this.topics.add(topic);
    }
    return true;
  }

  /** The index of the documents added, with `feed`'s meetings. */
  index(feed: Feed): DocumentIndex {
    return {
      entries: this.entries,
      meetings: feed.meetings
        .filter((meeting) => this.meetings.has(meeting.id))
        .sort((a, b) => a.date.localeCompare(b.date)),
      years: [...this.years].sort().reverse(),
      languages: [...this.languages].sort(),
      types: [...this.types],
      topics: this.topics,
      orders: new Map(),
      jobs: new Map(),
    };
  }
}

/** Indexes the documents of `feed` that pass the presets, at once. */
export function indexDocuments(feed: Feed, presets: Presets): DocumentIndex {
  const builder = new IndexBuilder(presets);
  builder.add(feed.documents, Infinity);
  return builder.index(feed);
}

/**
 * Folded search texts by document: an index over the same documents (a first screen's, then the
 * whole feed's) or another list on the same feed finds them made.
 */
const searchTexts = new WeakMap<FeedDocument, string>();

/** Between documents folded as one text: a character that folding keeps as it is. */
const SEPARATOR = '\uE000';

/** The symbol, then every language's title and summary, a space between (no array built). */
function rawSearchText({ symbol, title, summary }: FeedDocument): string {
  let text = symbol ?? '';
  for (const value of textsOf(title)) text += ` ${value}`;
  for (const value of textsOf(summary)) text += ` ${value}`;
  return text;
}

/**
 * Makes the search text of `count` documents from `documents[from]` (those not made yet);
 * returns where it stopped. They are folded as one text (one normalization, not one per
 * document), then cut apart at the separators: the same texts as folding each alone (a batch
 * where a document holds the separator itself is folded a document at a time).
 */
export function foldSearchTexts(documents: readonly FeedDocument[], from: number, count: number): number {
  const end = Math.min(documents.length, from + count);
  const missing = documents.slice(from, end).filter((document) => !searchTexts.has(document));
  const folded =
    missing.length > 1 ? foldForSearch(missing.map(rawSearchText).join(SEPARATOR)).split(SEPARATOR) : [];
  missing.forEach((document, i) =>
    searchTexts.set(
      document,
      // Folding collapses the spaces around a separator to one and trims only the whole text.
      folded.length === missing.length ? folded[i]!.trim() : foldForSearch(rawSearchText(document)),
    ),
  );
  return end;
}

/**
 * Makes the search text of `count` entries from `entries[from]`; returns where it stopped
 * (`entries.length` once all are made).
 */
export function prepareSearch(entries: readonly IndexedDocument[], from: number, count: number): number {
  const end = Math.min(entries.length, from + count);
  const documents: FeedDocument[] = [];
  for (let i = from; i < end; i++) if (entries[i]!.search === undefined) documents.push(entries[i]!.document);
  if (documents.length === 0) return end;
  foldSearchTexts(documents, 0, documents.length);
  for (let i = from; i < end; i++) entries[i]!.search ??= searchTexts.get(entries[i]!.document);
  return end;
}

/**
 * The entries of `from` that pass `filters` (the query's terms, folded, must all occur), found a
 * few hundred at a time: a keystroke in a long list shows its first page once that is found, and
 * the rest is looked at later ({@link DocumentScan.run}). `passed` is `from` itself when no filter
 * is set.
 */
export class DocumentScan {
  /** The entries that passed so far, in `from`'s order. */
  readonly passed: IndexedDocument[];
  /** The next entry of `from` to look at (`from.length` once done). */
  private at = 0;
  private readonly terms: string[];

  constructor(
    private readonly from: readonly IndexedDocument[],
    readonly filters: DocumentFilters,
  ) {
    this.terms = queryTerms(filters.query);
    // No filter: the same list (never changed in place).
    const none = this.terms.length === 0 && !Object.values(filters).some(Boolean);
    this.passed = none ? (from as IndexedDocument[]) : [];
    if (none) this.at = from.length;
  }

  /** Whether every entry was looked at: `passed` is then the whole result. */
  get done(): boolean {
    return this.at >= this.from.length;
  }

  /**
   * Looks at entries until done, or once at least `enough` passed and `deadline` is past;
   * returns {@link done}.
   */
  run(enough: number, deadline: number): boolean {
    const { from, terms, passed } = this;
    const { meeting, type, topic, year, language } = this.filters;
    const [term] = terms as [string];
    // Only search words, the usual keystroke: a loop that checks nothing else (every step counts
    // in a first search, which the engine may not have compiled yet).
    const wordsOnly = terms.length > 0 && !meeting && !type && !topic && !year && !language;
    while (!this.done && (passed.length < enough || performance.now() < deadline)) {
      const start = this.at;
      // Texts not made yet (the idle work has not reached them): folded in batches.
      const end = terms.length > 0 ? prepareSearch(from, start, 256) : Math.min(from.length, start + 256);
      if (wordsOnly) {
        for (let i = start; i < end; i++) {
          const entry = from[i]!;
          if (terms.length === 1 ? entry.search!.includes(term) : hasAllTerms(entry.search!, terms))
            passed.push(entry);
        }
        this.at = end;
        continue;
      }
      // One loop over local values (a keystroke walks every document).
      for (let i = start; i < end; i++) {
        const entry = from[i]!;
        const { document, search } = entry;
        if (
          (!meeting || document.meeting === meeting) &&
          (!type || document.type === type) &&
          (!topic || (document.topics ?? []).includes(topic)) &&
          (!year || entry.year === year) &&
          (!language || entry.languages.includes(language)) &&
          (terms.length === 0 || (terms.length === 1 ? search!.includes(term) : hasAllTerms(search!, terms)))
        )
          passed.push(entry);
      }
      this.at = end;
    }
    return this.done;
  }

  /**
   * What a narrower search looks at (see {@link narrows}): what passed, then what is not looked
   * at yet.
   */
  get rest(): readonly IndexedDocument[] {
    return this.done ? this.passed : [...this.passed, ...this.from.slice(this.at)];
  }
}

/**
 * A search for "e" (a word most documents hold) for 2 ms, its results dropped, once the search
 * texts are made: the first search a reader types then runs the search loop compiled, as a second
 * one would (issue 20, S7: the first keystroke at 10,000 documents, 23.8 -> 19.2 ms in the bench,
 * with the loop's words-only path). Returns `true`, for the idle work's last step.
 */
export function warmSearch(entries: readonly IndexedDocument[]): true {
  new DocumentScan(entries, emptyFilters('e')).run(0, performance.now() + 2);
  return true;
}

/**
 * Whether results for `next` can be found among the results for `previous`: the same filters,
 * and a query that only grew (every new term contains an old one), so narrowing is enough.
 */
export function narrows(previous: DocumentFilters, next: DocumentFilters): boolean {
  if (FILTER_KEYS.some((key) => previous[key] !== next[key])) return false;
  const before = queryTerms(previous.query);
  const after = queryTerms(next.query);
  return before.every((term, i) => after[i]?.includes(term) ?? false);
}
