import { expect, waitUntil } from '@open-wc/testing';
import '../src/elements/document-list/define.js';
import type { CopDocumentList } from '../src/elements/document-list/document-list.js';
import type { FeedDocument } from '../src/feed/model.js';
import type { CopLoadDetail } from '../src/internal/feed-controller.js';
import { countText, root, titles, wholeFeed } from './helpers/document-list.js';

// Progressive ingest (issue 20): a large feed shows its first page before the rest is read, says
// the count is a lower bound until then, and fires cop-load once, when the whole feed is in.
// Feeds from tests/server/routes/document-list.mjs, over real HTTP.

const typeChoices = (element: CopDocumentList) =>
  [...root(element).querySelectorAll('#filter-type option')].map((option) => option.textContent!.trim());
const busy = (element: CopDocumentList) => root(element).querySelector('.root')?.getAttribute('aria-busy');
const number = (value: number) => new Intl.NumberFormat('en').format(value);
const AT_LEAST = /^Showing 1–20 of at least [\d,]+ documents; more are still loading…$/;

const titleOf = (document: FeedDocument) =>
  typeof document.title === 'string' ? document.title : document.title['en']!;

interface Shown {
  count: string;
  titles: string[];
  busy: string | null | undefined;
}

/**
 * A document list on the page, recording what it shows after each change (a mutation observer:
 * the slices may keep the test's timers waiting) and each cop-load with what was shown then.
 */
function mount(setup: (element: CopDocumentList) => void) {
  const element = document.createElement('cop-document-list');
  element.lang = 'en';
  const shown = (): Shown => ({ count: countText(element), titles: titles(element), busy: busy(element) });
  const loads: (Shown & { detail: CopLoadDetail })[] = [];
  const views: Shown[] = [];
  element.addEventListener('cop-load', (event) => loads.push({ detail: event.detail, ...shown() }));
  setup(element);
  document.body.append(element);
  const observer = new MutationObserver(() => {
    const view = shown();
    if (JSON.stringify(view) !== JSON.stringify(views.at(-1))) views.push(view);
  });
  observer.observe(root(element), { subtree: true, childList: true, characterData: true, attributes: true });
  return { element, loads, views, stop: () => observer.disconnect() };
}

describe('<cop-document-list>: a large feed, read progressively', function () {
  this.timeout(180_000);
  afterEach(() => document.querySelectorAll('cop-document-list').forEach((element) => element.remove()));

  for (const size of [10_000, 100_000]) {
    it(`${number(size)} documents (src, one response): the true first page first, then the count and facets, then cop-load once`, async () => {
      const url = `/test-documents/${size}`;
      const whole = await wholeFeed(url);
      const firstPage = whole.newest.slice(0, 20).map(titleOf);
      const { element, loads, views } = mount((list) => (list.src = url));
      // The type filter's choices when the first page shows (before any more slices run).
      let firstTypes: string[] | undefined;
      const watch = new MutationObserver(() => {
        if (firstTypes || titles(element).length === 0) return;
        firstTypes = typeChoices(element);
        watch.disconnect();
      });
      await element.updateComplete;
      watch.observe(root(element), { subtree: true, childList: true });

      await waitUntil(() => loads.length > 0, 'no cop-load', { timeout: 150_000 });
      // Before the whole feed was in: the whole feed's first page, the count a lower bound. Once
      // each: the first page, then the complete list.
      const first = views.find((view) => view.titles.length > 0)!;
      expect(first.count).to.match(AT_LEAST);
      expect(first.busy).to.equal('true');
      expect(first.titles.join('|')).to.equal(firstPage.join('|'));
      // Dropped when read (a duplicate id, an unknown type, no usable file), though newest.
      expect(first.titles.filter((title) => title.endsWith('newest'))).to.deep.equal([]);
      expect(views.filter((view) => AT_LEAST.test(view.count))).to.have.length(1);
      const [load] = loads;
      expect(load!.detail.count).to.equal(whole.documents.length);
      expect(load!.detail.issues).to.deep.equal(whole.issues);
      // Fired once the final state was rendered.
      expect(load!.count).to.equal(`Showing 1–20 of ${number(whole.documents.length)} documents`);
      expect(load!.busy).to.equal('false');
      expect(titles(element)).to.deep.equal(firstPage);
      // Facets of the whole feed, once it is in: "Resolution" occurs only in its second half, so
      // the first page's choices (what was read then) did not offer it.
      expect(firstTypes).to.include('Report').and.not.include('Resolution');
      expect(typeChoices(element)).to.include('Resolution');
      const years = root(element).querySelectorAll('#filter-year option').length;
      expect(years).to.equal(new Set(whole.documents.map((document) => document.date.slice(0, 4))).size + 1);
      // The notice for feed authors, now that the issues are known.
      expect(root(element).querySelector('[part="issues"]')).not.to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(loads).to.have.length(1);
    });
  }

  it('sorting and filtering before the feed is read: what is read so far, said to be so; then the whole feed', async () => {
    const url = '/test-documents/100000';
    const whole = await wholeFeed(url);
    const choose = (element: CopDocumentList, id: string, value: string) => {
      const select = root(element).querySelector<HTMLSelectElement>(id)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
    };
    // As soon as the first page shows (from a mutation observer: before any more slices run),
    // sort by title, then filter: both on what is read so far.
    let acted = false;
    const { element, loads, views } = mount((list) => (list.feed = JSON.parse(whole.text)));
    const act = new MutationObserver(() => {
      if (acted || titles(element).length === 0) return;
      acted = true;
      act.disconnect();
      choose(element, '#sort', 'title');
      void element.updateComplete.then(() => choose(element, '#filter-type', 'report'));
    });
    act.observe(root(element), { subtree: true, childList: true });
    await waitUntil(() => loads.length > 0, 'no cop-load', { timeout: 150_000 });
    await element.updateComplete;
    const reports = whole.documents
      .filter((document) => document.type === 'report')
      .map((document) => Number(titleOf(document).split(' ')[1]))
      .sort((a, b) => a - b);
    expect(countText(element)).to.equal(`Showing 1–20 of ${number(reports.length)} documents`);
    expect(titles(element)).to.deep.equal(reports.slice(0, 20).map((n) => `Document ${n}`));
    expect(loads[0]!.detail.count).to.equal(whole.documents.length);
    // Before: sorted by title among what was read (or searched), never claimed to be the whole list.
    const before = views.filter((view) => view.count.includes('at least'));
    expect(before.length).to.be.greaterThan(1);
    for (const view of before) {
      const shown = view.titles.map((title) => Number(title.split(' ')[1]));
      // While the feed is read; then, the whole feed in, while the filter counts the rest.
      expect(view.count).to.match(
        /^Showing 1–\d+ of at least [\d,]+ documents; (more are still loading|still counting)…$/,
      );
      if (view !== before[0]) expect(shown).to.deep.equal([...shown].sort((a, b) => a - b));
    }
  });

  it("a preset type and oldest first (99,999, src): that view's true first page first, then its whole count, cop-load once", async () => {
    // Not a feed an earlier test loaded: the page's feed cache would give it complete at once.
    const url = '/test-documents/99999';
    const whole = await wholeFeed(url);
    const reports = whole.documents
      .filter((document) => document.type === 'report')
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
    const firstPage = reports.slice(0, 20).map(titleOf);
    const { element, loads, views } = mount((list) => {
      list.src = url;
      list.setAttribute('type', 'report');
      list.setAttribute('sort', 'date-asc');
    });
    await waitUntil(() => loads.length > 0, 'no cop-load', { timeout: 150_000 });
    const first = views.find((view) => view.titles.length > 0)!;
    expect(first.count).to.match(AT_LEAST);
    expect(first.titles.join('|')).to.equal(firstPage.join('|'));
    expect(loads[0]!.count).to.equal(`Showing 1–20 of ${number(reports.length)} documents`);
    expect(loads[0]!.detail.count).to.equal(reports.length);
    expect(titles(element)).to.deep.equal(firstPage);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(loads).to.have.length(1);
  });

  it('removed while its feed is read: the reading stops, no cop-load and no cop-error', async () => {
    const whole = await wholeFeed('/test-documents/100000');
    const events: string[] = [];
    const { element, views } = mount((list) => (list.feed = JSON.parse(whole.text)));
    element.addEventListener('cop-error', () => events.push('cop-error'));
    element.addEventListener('cop-load', () => events.push('cop-load'));
    await waitUntil(() => views.some((view) => view.titles.length > 0), 'no first page', { timeout: 60_000 });
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(events).to.deep.equal([]);
  });

  it('a feed read within one slice renders complete at once: no lower bound, cop-load once', async () => {
    const url = '/test-documents/20';
    const whole = await wholeFeed(url);
    const counts: string[] = [];
    const { element, loads } = mount((list) => (list.src = url));
    const seen = new MutationObserver(() => counts.push(countText(element)));
    await element.updateComplete;
    seen.observe(root(element), { subtree: true, childList: true, characterData: true });
    await waitUntil(() => loads.length > 0, 'no cop-load');
    seen.disconnect();
    expect(counts.filter((text) => text.includes('at least'))).to.deep.equal([]);
    expect(loads[0]!.count).to.equal(`Showing 1–20 of ${whole.documents.length} documents`);
    expect(loads[0]!.detail.count).to.equal(whole.documents.length);
  });
});
