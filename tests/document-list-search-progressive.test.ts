import { expect, waitUntil } from '@open-wc/testing';
import '../src/elements/document-list/define.js';
import type { CopDocumentList } from '../src/elements/document-list/document-list.js';
import type { FeedDocument } from '../src/feed/model.js';
import { blobsOf, countText, root, titles, wholeFeed } from './helpers/document-list.js';

// A search in a long list (issue 20, S7): the first page is shown as soon as it is found, the count
// says "at least … still counting" until the rest of the list is searched (after the paint), then
// the exact count. updateComplete, the CSV and a narrower search typed meanwhile never see a
// partial result. The 100,000-document feed of tests/server/routes/document-list.mjs, over HTTP:
// every third document has a French title "Document <n> (fr)", the others none.

const COUNTING = /^Showing 1–20 of at least [\d,]+ documents; still counting…$/;
const number = (value: number) => new Intl.NumberFormat('en').format(value);
const titleOf = (document: FeedDocument) =>
  typeof document.title === 'string' ? document.title : document.title['en']!;

function type(element: CopDocumentList, query: string) {
  const input = root(element).querySelector<HTMLInputElement>('#search')!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** A list on the whole feed (cop-load seen), recording each count and page it shows from then on. */
async function loadedList(text: string) {
  const element = document.createElement('cop-document-list');
  element.lang = 'en';
  element.feed = JSON.parse(text);
  let loaded = false;
  element.addEventListener('cop-load', () => (loaded = true));
  document.body.append(element);
  await waitUntil(() => loaded, 'no cop-load', { timeout: 150_000 });
  await element.updateComplete;
  const views: { count: string; titles: string[] }[] = [];
  const listeners: (() => void)[] = [];
  const observer = new MutationObserver(() => {
    const view = { count: countText(element), titles: titles(element) };
    if (JSON.stringify(view) === JSON.stringify(views.at(-1))) return;
    views.push(view);
    listeners.forEach((listener) => listener());
  });
  observer.observe(root(element), { subtree: true, childList: true, characterData: true });
  /** Calls `act` once, when the list first says it is still counting (before the rest is searched). */
  const whenCounting = (act: () => void) => {
    let done = false;
    listeners.push(() => {
      if (done || !COUNTING.test(views.at(-1)!.count)) return;
      done = true;
      act();
    });
  };
  return { element, views, whenCounting, stop: () => observer.disconnect() };
}

describe('<cop-document-list>: a search in a long list', function () {
  this.timeout(240_000);
  const url = '/test-documents/100000';
  let oracle: Awaited<ReturnType<typeof wholeFeed>>;
  before(async () => (oracle = await wholeFeed(url)));
  afterEach(() => document.querySelectorAll('cop-document-list').forEach((element) => element.remove()));

  it('shows the first page at once, "at least … still counting", then the exact count (updateComplete waits for it)', async () => {
    const { element, views, stop } = await loadedList(oracle.text);
    const french = oracle.newest.filter((document) => typeof document.title !== 'string');
    type(element, 'fr');
    await element.updateComplete;
    stop();
    // Once updateComplete resolves: the whole result.
    expect(countText(element)).to.equal(`Showing 1–20 of ${number(french.length)} documents`);
    expect(titles(element)).to.deep.equal(french.slice(0, 20).map(titleOf));
    // Before: the true first page, the count a lower bound and said to be one, never the total.
    const counting = views.filter((view) => COUNTING.test(view.count));
    expect(counting.length).to.be.greaterThan(0);
    expect(counting[0]!.titles).to.deep.equal(french.slice(0, 20).map(titleOf));
    for (const view of views.slice(0, -1)) expect(view.count).to.match(COUNTING);
  });

  it('a narrower search typed while counting, and the CSV asked for then: the whole result', async () => {
    const { element, whenCounting, stop } = await loadedList(oracle.text);
    const withNine = oracle.newest.filter(
      (document) => typeof document.title !== 'string' && document.id.slice(1).includes('9'),
    );
    let blobs: Blob[] = [];
    whenCounting(() => {
      // The CSV first: every French document, though the search has not looked at all yet.
      blobs = blobsOf(() =>
        root(element).querySelector<HTMLButtonElement>('[part="actions"] button')!.click(),
      );
      // Then "fr 9", found among what "fr" found so far and what it has not looked at yet.
      type(element, 'fr 9');
    });
    type(element, 'fr');
    await waitUntil(() => blobs.length === 1, 'no CSV while counting', { timeout: 30_000 });
    await element.updateComplete;
    stop();
    const lines = (await blobs[0]!.text()).split('\r\n').filter(Boolean);
    const french = oracle.newest.filter((document) => typeof document.title !== 'string');
    expect(lines).to.have.length(french.length + 1);
    expect(countText(element)).to.equal(`Showing 1–20 of ${number(withNine.length)} documents`);
    expect(titles(element)).to.deep.equal(withNine.slice(0, 20).map(titleOf));
  });
});
