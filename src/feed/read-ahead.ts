/**
 * Reading a feed's documents ahead of its {@link FeedIngest} (issue 20): the document list's first
 * page, picked from the raw documents and read before the rest, exactly as the whole feed keeps
 * them. Apart from validate.ts so that only the document list's entry carries it.
 */
import type { FeedDocument } from './model.js';
import { type FeedIssue, isRecord } from './issues.js';
import { FAILED } from './checks.generated.js';
import { type EarlyDocument, type Feed, type FeedIngest, parseDocument } from './validate.js';

/** Reads one document ahead (the ingest takes it over when it gets there), with its issues apart. */
function readEarly(ingest: FeedIngest, index: number, check: boolean): EarlyDocument {
  let seen = ingest.early.get(index);
  if (!seen) {
    const schemaIssues: FeedIssue[] = [];
    const parsed = parseDocument(index, ingest.rawDocuments[index], schemaIssues);
    seen = { parsed: parsed as EarlyDocument['parsed'], schemaIssues, urlIssues: [], refIssues: [] };
    ingest.early.set(index, seen);
  }
  if (check && seen.parsed !== FAILED && seen.checked === undefined) {
    seen.checked =
      ingest.checkDocument(seen.parsed, `/documents/${index}`, seen.urlIssues, seen.refIssues) ?? null;
  }
  return seen;
}

/**
 * A number from `id`'s length and last four characters, 1…0xffff: two equal ids have equal
 * fingerprints, and ids numbered in sequence ("d1" … "d100000") seldom share one. Looking for a
 * few ids among all documents ({@link documentsAt}), only those with a fingerprint of one of them
 * need be read, and no other id hashed (at 100,000 documents, hashing every id was most of the
 * first page's work: ~30 ms).
 */
export function idFingerprint(id: string): number {
  const n = id.length;
  let hash = n;
  for (let at = Math.max(0, n - 4); at < n; at++) hash = Math.imul(hash, 31) + id.charCodeAt(at);
  return Math.imul(hash, 0x9e3779b1) >>> 16 || 1;
}

/**
 * Moves each id of `ids` (id → the position of a valid item holding it) to the first of
 * `positions` (ascending) whose item in `raw` has that id and is valid (`valid(position)`): the
 * feed keeps the first valid item with each id. Shared by {@link documentsAt} and the directory's
 * first page.
 */
export function firstValidAt(
  raw: readonly unknown[],
  ids: Map<string, number>,
  positions: Iterable<number>,
  valid: (position: number) => boolean,
): void {
  let last = -1;
  for (const position of ids.values()) last = Math.max(last, position);
  for (const position of positions) {
    if (position >= last) break;
    const item = raw[position];
    const id = isRecord(item) ? item['id'] : undefined;
    if (typeof id === 'string' && (ids.get(id) ?? -1) > position && valid(position)) ids.set(id, position);
  }
}

/**
 * The documents at these positions of `ingest.rawDocuments` that the feed keeps, read now, ahead
 * of `advance()` (which takes over what was found here): a first page, picked from the raw data,
 * without reading every document first. Exact, duplicates included: a document is kept only if
 * no valid document before it has its id. `fingerprints` holds {@link idFingerprint} of each raw
 * document's string `id` (0: none), as `firstByDate` (first-page.ts) fills it.
 */
export function documentsAt(
  ingest: FeedIngest,
  indices: readonly number[],
  fingerprints: Uint16Array,
): FeedDocument[] {
  const { rawDocuments, next } = ingest;
  const ids = new Map<string, number>();
  for (const index of indices) {
    if (index < next || index >= rawDocuments.length) continue;
    const { parsed } = readEarly(ingest, index, true);
    if (parsed !== FAILED) ids.set(parsed.id, Math.min(ids.get(parsed.id) ?? index, index));
  }
  // The first valid document with each id, among those the ingest has not read yet: only those
  // whose id has the fingerprint of one of `ids` can be.
  const wanted = new Uint8Array(0x10000);
  for (const id of ids.keys()) wanted[idFingerprint(id)] = 1;
  const look: number[] = [];
  for (let index = next; index < rawDocuments.length; index++) {
    if (wanted[fingerprints[index]!]) look.push(index);
  }
  firstValidAt(rawDocuments, ids, look, (index) => readEarly(ingest, index, false).parsed !== FAILED);
  const kept: FeedDocument[] = [];
  for (const index of indices) {
    const checked = index >= next ? ingest.early.get(index)?.checked : undefined;
    if (checked && ids.get(checked.id) === index && !ingest.firstAt.has(checked.id)) {
      kept.push(checked);
      ingest.keptAhead.add(index);
    }
  }
  return kept;
}

/**
 * The feed as far as `ingest` has read it: every list but the documents complete (references to
 * documents from recommendations and consultations not yet checked), the documents read so far
 * in feed order, then those {@link documentsAt} found kept.
 */
export function partialFeed(ingest: FeedIngest): Feed {
  const ahead: FeedDocument[] = [];
  for (const index of ingest.keptAhead) {
    const checked = index >= ingest.next ? ingest.early.get(index)?.checked : undefined;
    if (checked) ahead.push(checked);
  }
  return ingest.feed([...ingest.lists.documents, ...ahead], () => []);
}

/**
 * The feed as far as it is read, kept for one view: a view chosen before the whole feed is in (a
 * search, a filter, a grouping…) works on what was read when it was chosen, and takes the feed
 * again only when the view (or the feed) changes; once the feed is read to the end, the whole of it.
 */
export class ReadSoFar {
  private taken?: { ingest: FeedIngest; view: string; feed: Feed };

  /** The feed for `view` (any text that changes with it); `read()` takes what is read now. */
  feed(ingest: FeedIngest, view: string, read: () => Feed): Feed {
    if (this.taken?.ingest !== ingest || this.taken.view !== view)
      this.taken = { ingest, view, feed: ingest.result?.ok ? ingest.result.feed : read() };
    return this.taken.feed;
  }

  /** Lets the feed kept go (the whole feed is shown). */
  clear(): void {
    this.taken = undefined;
  }
}
