import { expect } from '@open-wc/testing';
import { IndexBuilder } from '../src/elements/document-list/document-index.js';
import { type SortContext, orderFor } from '../src/elements/document-list/document-sort.js';
import type { FeedDocument } from '../src/feed/model.js';
import type { Feed } from '../src/feed/validate.js';

// The document list's sorts are made ahead, a slice at a time (document-sort.ts); both date
// orders come from one pass (one native sort of the dates, then each day by id). Asking for one
// date order while the other is half made goes on with that pass instead of starting another.

/** 600 documents over 40 days, ids out of order within each day. */
const documents: FeedDocument[] = Array.from({ length: 600 }, (_, i) => ({
  id: `d${(i * 7919) % 600}`,
  title: { en: `Title ${i}` },
  date: `2020-03-${String(1 + ((i * 13) % 28)).padStart(2, '0')}`,
  type: 'report',
  files: [{ lang: 'en', url: `https://docs.example.org/${i}.pdf`, format: 'pdf' }],
}));

const context: SortContext = {
  language: 'en',
  titleOf: (document) => (document.title as Record<string, string>)['en']!,
  collate: () => new Intl.Collator('en').compare,
};

function indexOf(): ReturnType<IndexBuilder['index']> {
  const builder = new IndexBuilder({});
  builder.add(documents, Infinity);
  return builder.index({ meetings: [] } as unknown as Feed);
}

const ids = (index: ReturnType<typeof indexOf>, order: Uint32Array) =>
  Array.from(order, (at) => index.entries[at]!.document.id);
const byDate = (ascending: boolean) =>
  [...documents]
    .sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date === ascending ? -1 : 1))
    .map((document) => document.id);

/** Counts the sorts of typed arrays of `length` numbers (the date pass's one native sort) while `run` runs. */
function countDateSorts(length: number, run: () => void): number {
  const { sort } = Float64Array.prototype;
  let count = 0;
  Float64Array.prototype.sort = function (this: Float64Array, ...args) {
    if (this.length === length) count++;
    return sort.apply(this, args);
  };
  try {
    run();
  } finally {
    Float64Array.prototype.sort = sort;
  }
  return count;
}

describe('document sorts made ahead: the date orders', () => {
  it('oldest first asked while newest first is half made: one date pass makes both, each exact', () => {
    const index = indexOf();
    let ascending: Uint32Array | undefined;
    let descending: Uint32Array | undefined;
    const passes = countDateSorts(documents.length, () => {
      // A deadline already passed: the pass sorts the dates, orders one day by id, and stops.
      expect(orderFor(index, 'date-desc', context, 0)).to.equal(undefined);
      ascending = orderFor(index, 'date-asc', context);
      descending = orderFor(index, 'date-desc', context, 0);
    });
    expect(passes).to.equal(1);
    expect(ids(index, ascending!)).to.deep.equal(byDate(true));
    expect(ids(index, descending!)).to.deep.equal(byDate(false));
  });

  it('newest first asked while oldest first is half made: the same one pass', () => {
    const index = indexOf();
    let descending: Uint32Array | undefined;
    const passes = countDateSorts(documents.length, () => {
      expect(orderFor(index, 'date-asc', context, 0)).to.equal(undefined);
      descending = orderFor(index, 'date-desc', context);
    });
    expect(passes).to.equal(1);
    expect(ids(index, descending!)).to.deep.equal(byDate(false));
    expect(ids(index, orderFor(index, 'date-asc', context, 0)!)).to.deep.equal(byDate(true));
  });
});
