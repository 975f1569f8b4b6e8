/**
 * The document list's orders, made ahead and a slice at a time (issue 20): each sort is a list of
 * positions in the index's entries, made once per index (and per language for the sorts that
 * collate), so that a sort toggle only walks it. Dates sort as numbers with the typed arrays'
 * native sort, then each day by id; titles and symbols with a merge sort that can stop at a
 * deadline and go on later.
 */
import type { FeedDocument } from '../../feed/model.js';
import type { DocumentIndex, DocumentSort } from './document-index.js';

/** What the sorts that collate need: the language's comparison and the title shown in it. */
export interface SortContext {
  language: string;
  titleOf(document: FeedDocument): string;
  collate(): (a: string, b: string) => number;
}

/** Work that goes on until a deadline (a `performance.now()` time): its result once done. */
type Job = (deadline: number) => Uint32Array | undefined;

/** Positions `0 … n-1` in the order of `compare` (a total order), made until a deadline at a time. */
function mergeSort(n: number, compare: (a: number, b: number) => number): Job {
  const RUN = 32;
  let from = Uint32Array.from({ length: n }, (_, i) => i);
  let to = new Uint32Array(n);
  let runs = 0;
  let width = RUN;
  let [hi, mid, i, j, k] = [0, 0, 0, 0, 0];
  return (deadline) => {
    for (let steps = 1; runs < n || width < n; steps++) {
      if (runs < n) {
        // Runs of RUN positions, by insertion.
        const end = Math.min(n, runs + RUN);
        for (let at = runs + 1; at < end; at++) {
          const value = from[at]!;
          let back = at;
          for (; back > runs && compare(from[back - 1]!, value) > 0; back--) from[back] = from[back - 1]!;
          from[back] = value;
        }
        runs = end;
      } else if (k === hi) {
        if (hi === n) {
          // A pass is done: runs twice as long.
          [from, to] = [to, from];
          width *= 2;
          hi = k = 0;
          continue;
        }
        i = k;
        mid = j = Math.min(n, i + width);
        hi = Math.min(n, i + 2 * width);
        // Already in order (or a run alone): copied.
        if (j === hi || compare(from[j - 1]!, from[j]!) <= 0) {
          to.set(from.subarray(i, hi), i);
          k = hi;
        }
      } else {
        for (let left = 256; k < hi && left > 0; left--) {
          to[k++] = i < mid && (j === hi || compare(from[i]!, from[j]!) <= 0) ? from[i++]! : from[j++]!;
        }
      }
      if ((steps & 7) === 0 && performance.now() >= deadline) return undefined;
    }
    return from;
  };
}

/**
 * Both date orders at once: oldest first (`date-asc`) and newest first (`date-desc`), then by id
 * either way. One native sort of numbers (day × 2^bits + position), then, a slice at a time, each
 * day's documents by id.
 */
function dateOrders(index: DocumentIndex): (deadline: number) => boolean {
  const { entries } = index;
  const n = entries.length;
  const ascending = new Uint32Array(n);
  const descending = new Uint32Array(n);
  const idOf = (at: number) => entries[at]!.document.id;
  const byId = (a: number, b: number) => (idOf(a) < idOf(b) ? -1 : 1);
  let end = -1;
  return (deadline) => {
    if (end < 0) {
      const span = 2 ** Math.ceil(Math.log2(n + 1));
      const keys = new Float64Array(n);
      for (let i = 0; i < n; i++) keys[i] = entries[i]!.day * span + i;
      keys.sort();
      for (let i = 0; i < n; i++) ascending[i] = keys[i]! % span;
      end = n;
    }
    while (end > 0) {
      const day = entries[ascending[end - 1]!]!.day;
      let start = end - 1;
      while (start > 0 && entries[ascending[start - 1]!]!.day === day) start--;
      if (end - start > 1) ascending.subarray(start, end).sort(byId);
      for (let at = start, to = n - end; at < end;) descending[to++] = ascending[at++]!;
      end = start;
      if (performance.now() >= deadline) return false;
    }
    index.orders.set('date-desc', descending);
    index.orders.set('date-asc', ascending);
    return true;
  };
}

/** The job that makes the order of `sort` over `index`'s entries (for a date, both date orders). */
function orderJob(index: DocumentIndex, sort: DocumentSort, context: SortContext): Job {
  const { entries } = index;
  if (sort === 'date-desc' || sort === 'date-asc') {
    const dates = dateOrders(index);
    return (deadline) => (dates(deadline) ? index.orders.get('date-desc') : undefined);
  }
  // Ties: newest first, then as in the feed (as a stable sort of the feed's order would leave them).
  const tie = (a: number, b: number) => entries[b]!.day - entries[a]!.day || a - b;
  const texts: string[] = [];
  let sorting: Job | undefined;
  return (deadline) => {
    // The texts to compare (a title is looked up in the reader's languages), then the sort.
    while (texts.length < entries.length) {
      const { document } = entries[texts.length]!;
      texts.push(sort === 'title' ? context.titleOf(document) : (document.symbol ?? ''));
      if ((texts.length & 255) === 0 && performance.now() >= deadline) return undefined;
    }
    if (!sorting) {
      const compare = context.collate();
      sorting =
        sort === 'title'
          ? mergeSort(entries.length, (a, b) => compare(texts[a]!, texts[b]!) || tie(a, b))
          : // Documents without a symbol come last.
            mergeSort(
              entries.length,
              (a, b) => Number(!texts[a]) - Number(!texts[b]) || compare(texts[a]!, texts[b]!) || tie(a, b),
            );
    }
    return sorting(deadline);
  };
}

/**
 * The order of `sort` over `index`'s entries (positions in `entries`), made until `deadline`
 * (by default, to the end): `undefined` while not done, the work kept for the next call.
 */
export function orderFor(
  index: DocumentIndex,
  sort: DocumentSort,
  context: SortContext,
  deadline = Infinity,
): Uint32Array | undefined {
  const key = sort === 'title' || sort === 'symbol' ? `${sort}|${context.language}` : sort;
  const made = index.orders.get(key);
  if (made) return made;
  // One job for both date orders: one pass makes them.
  const jobKey = key === 'date-asc' ? 'date-desc' : key;
  let job = index.jobs.get(jobKey);
  if (!job) index.jobs.set(jobKey, (job = orderJob(index, sort, context)));
  const order = job(deadline);
  if (!order) return undefined;
  index.orders.set(jobKey, order);
  index.jobs.delete(jobKey);
  return index.orders.get(key);
}
