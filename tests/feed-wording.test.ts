// The issues of a refused item are worded by valibot loaded on demand (src/feed/refusals.ts, issue
// 20): FeedIngest, which the elements use, waits for it only when something is refused, and gives
// the same messages in the same order as validateFeed, which has the wording from the start. This
// file must call validateFeed only after the ingests it compares (that loads the wording for good).
import { expect } from '@open-wc/testing';
import { finishInSlices } from '../src/feed/load.js';
import { FeedIngest, validateFeed } from '../src/feed/validate.js';

const fine = {
  id: 'ok',
  title: 'Fine',
  date: '2020-01-01',
  type: 'other',
  files: [{ lang: 'en', url: 'a.pdf' }],
};
const feed = {
  version: 1,
  title: { en: '' },
  updated: '2020-13-01',
  topics: [{ id: 't1', label: 'T' }, { id: 't2' }],
  meetings: [{ id: 'm1', date: '2016-01-01', number: 0 }],
  documents: [fine, { id: 'bad', title: 'No date', files: [] }, { ...fine, id: 'ok2', type: 'memo' }],
  consultations: [
    {
      id: 'c1',
      title: 'C',
      audience: 'public',
      endpoint: 'https://example.org/answers',
      questions: [
        { id: 'q1', type: 'text', label: 'Q' },
        { id: 'q2', type: 'scale', label: 'S', min: 3, max: 1 },
        { id: 'q3', type: 'single', label: 'P', options: [] },
      ],
    },
  ],
};

describe('refused items: issues worded by valibot loaded on demand', () => {
  it('waits for the wording only when something is refused', () => {
    const ingest = new FeedIngest({ version: 1, documents: [fine] });
    expect(ingest.advance(Infinity)).to.equal(true);
    expect(ingest.wording).to.equal(undefined);
  });

  it('gives the same issues, in the same order, as validateFeed', async () => {
    const ingest = new FeedIngest(structuredClone(feed));
    // Every item read; the outcome waits for the wording (a chunk of its own in the per-element files).
    expect(ingest.advance(Infinity)).to.equal(false);
    expect(ingest.wording).to.be.an.instanceOf(Promise);
    expect(ingest.result).to.equal(undefined);
    const loaded = await finishInSlices(ingest);
    const whole = validateFeed(structuredClone(feed));
    expect(whole.ok).to.equal(true);
    expect(loaded.issues).to.deep.equal(whole.issues);
    expect(loaded.issues.map((issue) => issue.pointer)).to.include.members([
      '/title',
      '/updated',
      '/topics/1/label',
      '/meetings/0/number',
      '/documents/1/date',
      '/documents/2/type',
      '/consultations/0/questions/1',
      '/consultations/0/questions/2/options',
    ]);
    expect(loaded.issues.every((issue) => issue.message.length > 0)).to.equal(true);
    expect(loaded.feed.documents.map((document) => document.id)).to.deep.equal(['ok']);
    // Once loaded, at once.
    const again = new FeedIngest(structuredClone(feed));
    expect(again.advance(Infinity)).to.equal(true);
    expect(again.result!.issues).to.deep.equal(whole.issues);
  });
});
