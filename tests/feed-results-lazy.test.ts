// A partner page that loads another element's script before the results element's: the feed in
// the page-wide cache was validated with no results reader (src/feed/results.ts, which only the
// results element and the validate command load, so that other entries do not carry it). Read
// later by <cop-consultation-results>, it gives the same results and issues as a feed validated
// with the reader. This file must import nothing that loads results.ts before the test does.
import { expect } from '@open-wc/testing';
import '../src/elements/document-list/define.js';
import { validateFeed } from '../src/feed/validate.js';
import type { CopLoadDetail } from '../src/internal/feed-controller.js';

const FEED = '/tests/fixtures/results-issues-feed.json';

/** Adds `tag` to the page, set up by `setup`, and waits for its cop-load. */
async function loaded(tag: string, setup: (element: HTMLElement & { feed?: unknown }) => void) {
  const element = document.createElement(tag);
  setup(element);
  const load = new Promise<CopLoadDetail>((resolve, reject) => {
    element.addEventListener('cop-load', (event) => resolve((event as CustomEvent<CopLoadDetail>).detail));
    element.addEventListener('cop-error', () => reject(new Error(`${tag}: cop-error`)));
  });
  document.body.append(element);
  const detail = await load;
  const root = element.shadowRoot!;
  return {
    // Copied now: the feed's issues array is shared by the elements on it.
    issues: [...(detail.issues ?? [])],
    count: detail.count,
    text: root.textContent!.replace(/\s+/g, ' ').trim(),
    notice: root.querySelector('[part="issues"]')?.textContent?.replace(/\s+/g, ' ').trim(),
  };
}

const aboutResults = (issues: { pointer: string }[]) =>
  issues.filter((issue) => issue.pointer.startsWith('/results/'));

describe('results read after the feed was validated (page-wide cache)', () => {
  it('give the element the same results and issues as a feed validated with the reader', async () => {
    const json: unknown = await (await fetch(FEED)).json();

    // The document list's script loads no results reader: its feed keeps the results unread.
    const early = validateFeed(json);
    expect(early.ok).to.equal(true);
    if (!early.ok) return;
    expect(early.feed.results).to.deep.equal([]);
    expect(aboutResults(early.issues)).to.deep.equal([]);
    const list = await loaded('cop-document-list', (element) => element.setAttribute('src', FEED));
    expect(list.count).to.equal(1);
    expect(aboutResults(list.issues)).to.deep.equal([]);

    // Then the results element's script; its element takes the feed from the page-wide cache.
    await import('../src/elements/consultation-results/define.js');
    const { resultsOf } = await import('../src/feed/results.js');
    const late = validateFeed(json);
    expect(late.ok).to.equal(true);
    if (!late.ok) return;
    expect(aboutResults(late.issues).map((issue) => issue.pointer)).to.deep.equal([
      '/results/0/byLanguage/ar',
      '/results/0/questions/1/counts/radio',
      '/results/0/questions/2/counts',
      '/results/1/consultation',
    ]);
    expect(late.feed.results[0]!.byLanguage).to.deep.equal({ en: 70, fr: 47, ar: null });

    expect(resultsOf(early.feed)).to.deep.equal(late.feed.results);
    expect(early.feed.results).to.equal(resultsOf(early.feed)); // read once
    expect(early.issues).to.deep.equal(late.issues);

    const cached = await loaded('cop-consultation-results', (element) => element.setAttribute('src', FEED));
    const given = await loaded('cop-consultation-results', (element) => {
      element.feed = json; // validated by this element, with the reader loaded
    });
    expect(cached.issues).to.deep.equal(late.issues);
    expect(cached).to.deep.equal(given);
    expect(cached.text).to.contain('120');
    expect(cached.notice).to.contain('/results/1/consultation');
  });
});
