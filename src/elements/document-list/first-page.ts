/**
 * The document list's first page of a large feed, before the rest is read (issue 20, S5): the
 * newest (or oldest) documents, picked from the feed as given and read ahead, exactly the page the
 * whole feed gives.
 */
import type { FeedDocument } from '../../feed/model.js';
import { documentsAt, idFingerprint, partialFeed } from '../../feed/read-ahead.js';
import type { Feed, FeedIngest } from '../../feed/validate.js';

type Presets = { meeting?: string; type?: string; topic?: string };

/**
 * The feed to show while `ingest` reads the rest: its first `wanted` documents by date (oldest
 * first with `ascending`) among those that pass `presets`, read ahead; `undefined` when none is
 * found.
 */
export function firstPage(
  ingest: FeedIngest,
  presets: Presets,
  ascending: boolean,
  wanted: number,
): Feed | undefined {
  const raw = ingest.rawDocuments;
  let kept: FeedDocument[] = [];
  const fingerprints = new Uint16Array(raw.length);
  // Read ahead twice the page, then four times more each time documents prove invalid.
  for (let count = wanted * 2; kept.length < wanted; count *= 4) {
    const picked = firstByDate(raw, presets, ascending, count, fingerprints);
    kept = documentsAt(ingest, picked, fingerprints);
    if (picked.length < count) break; // every candidate was read
  }
  return kept.length > 0 ? partialFeed(ingest) : undefined;
}

/**
 * The positions in `raw` (a feed's documents as given, unread) of the first `count` by date, newest
 * first (or oldest, with `ascending`), then by id, as the date sorts order them (document-sort.ts), among those
 * whose own fields could pass `presets`: the first page, picked before the documents are read. A
 * document that validates keeps its `id`, `date` and `type` as given, and at most the `meeting`
 * and `topics` given, so no document of the page can be elsewhere; one found invalid leaves a gap,
 * which the caller fills by asking for more. `fingerprints` (as long as `raw`) gets each position's
 * {@link idFingerprint} on the way, for `documentsAt` (read-ahead.ts).
 */
export function firstByDate(
  raw: readonly unknown[],
  presets: Presets,
  ascending: boolean,
  count: number,
  fingerprints: Uint16Array,
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
    if (typeof id !== 'string') continue;
    fingerprints[index] = idFingerprint(id);
    if (typeof date !== 'string') continue;
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
