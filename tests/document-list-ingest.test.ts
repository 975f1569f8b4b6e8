import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/elements/document-list/define.js';
import type { CopDocumentList } from '../src/elements/document-list/document-list.js';
import type { FeedDocument } from '../src/feed/model.js';
import { validateFeed } from '../src/feed/validate.js';
import type { CopLoadDetail } from '../src/internal/feed-controller.js';
import { countText, root, titles } from './helpers/document-list.js';

// Ingesting 100,000 documents without a long task (issue 20, S4): the element validates, indexes
// and sorts the whole feed in slices of at most 8 ms, keeps its first screen (or its loading
// state) meanwhile, and fires cop-load once, when the whole list is shown; the sorts it makes
// ahead in idle time make a later sort toggle a walk. Feeds from tests/server/routes/document-list.mjs.

const URL_100K = '/test-documents/100000';
const options = (element: CopDocumentList, id: string) =>
  [...root(element).querySelectorAll(`${id} option`)].map((option) => option.getAttribute('value'));
const number = (value: number) => new Intl.NumberFormat('en').format(value);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let whole: { text: string; documents: FeedDocument[] } | undefined;
/** The 100k feed's text, and what the whole feed keeps, validated at once (the oracle). */
async function feed100k() {
  if (!whole) {
    const text = await (await fetch(URL_100K)).text();
    const result = validateFeed(JSON.parse(text), { baseUrl: new URL(URL_100K, location.href) });
    if (!result.ok) throw new Error(result.message);
    whole = { text, documents: result.feed.documents };
  }
  return whole;
}

const code = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const titleIn = (language: string) => (document: FeedDocument) =>
  typeof document.title === 'string' ? document.title : (document.title[language] ?? document.title['en']!);

/** The titles of `documents` in each sort's order (CONTRACT §2), as a reader of `language` sees them. */
function oracle(documents: FeedDocument[], sort: string, language = 'en'): string[] {
  const position = new Map(documents.map((document, i) => [document, i]));
  const newest = (a: FeedDocument, b: FeedDocument) => code(b.date, a.date);
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const title = titleIn(language);
  const compare: Record<string, (a: FeedDocument, b: FeedDocument) => number> = {
    'date-desc': (a, b) => newest(a, b) || code(a.id, b.id),
    'date-asc': (a, b) => -newest(a, b) || code(a.id, b.id),
    title: (a, b) => collator.compare(title(a), title(b)) || newest(a, b),
    symbol: (a, b) =>
      Number(!a.symbol) - Number(!b.symbol) ||
      collator.compare(a.symbol ?? '', b.symbol ?? '') ||
      newest(a, b),
  };
  return [...documents]
    .sort((a, b) => compare[sort]!(a, b) || position.get(a)! - position.get(b)!)
    .map(title);
}

/**
 * The longest task allowed here, in ms of main-thread time. The target is 50 ms (issue 20), and
 * `npm run bench` measures it without instrumentation; these tests run under V8's block coverage
 * (web-test-runner.config.mjs), which slows our code: the longest task of this 100k ingest, the
 * first screen (reading the feed object, picking and reading the first page ahead), took 35 ms
 * in a Chromium trace of dist/cop-widgets.js and 53-76 ms here, and 79 then 87 ms in one CI dry
 * run on a loaded 2-core machine (the budget was 75 ms then, and that run failed). The budget sits
 * between what the sliced ingest takes here and what the whole-feed index and sort in one task
 * that this replaced took (217-308 ms here), with room on both sides: that design still fails it;
 * the 50 ms target is the bench's to measure.
 */
const LONG_TASK = 125;

/**
 * The main thread's tasks over {@link LONG_TASK} ms of its own time while `run` runs, in ms (a Chromium trace:
 * tests/server/plugins/main-thread.mjs). Its own (thread) time, not the wall clock: on a 2-core
 * machine loaded by other processes, a slice of 8 ms may wait long for the processor, and such a
 * task ends late without holding the thread any longer.
 */
async function longTasksDuring(run: () => Promise<void>): Promise<number[]> {
  await executeServerCommand('main-thread-trace', { start: true });
  const mark = `cop-trace-${Math.random()}`;
  performance.mark(mark);
  let failure: unknown;
  await run().catch((error: unknown) => (failure = error));
  const tasks = await executeServerCommand<{ wall: number; cpu: number }[], { stop: true; mark: string }>(
    'main-thread-trace',
    { stop: true, mark },
  );
  if (failure) throw failure;
  return tasks!.filter((task) => task.cpu > LONG_TASK).map((task) => task.cpu);
}

/**
 * `attempt()` (which sets up, then measures with {@link longTasksDuring}) saw no long task; a
 * second attempt is allowed (a garbage collection may take longer now and then); both seeing one
 * fails.
 */
async function expectNoLongTask(attempt: () => Promise<number[]>): Promise<void> {
  const first = await attempt();
  if (first.length === 0) return;
  const second = await attempt();
  const ms = (tasks: number[]) => tasks.map(Math.round).join(', ');
  expect(
    second,
    `tasks over ${LONG_TASK} ms of main-thread time: ${ms(first)}, then ${ms(second)}`,
  ).to.deep.equal([]);
}

/** A document list in English on the page, with its cop-load events and the first counts it showed. */
function mount(setup: (element: CopDocumentList) => void) {
  document.querySelectorAll('cop-document-list').forEach((element) => element.remove());
  const element = document.createElement('cop-document-list');
  element.lang = 'en';
  const loads: CopLoadDetail[] = [];
  element.addEventListener('cop-load', (event) => loads.push(event.detail));
  setup(element);
  document.body.append(element);
  return { element, loads };
}

function choose(element: CopDocumentList, id: string, value: string): void {
  const select = root(element).querySelector<HTMLSelectElement>(id)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

/** The first page's titles and the last page's (through the page navigation). */
async function firstAndLast(element: CopDocumentList): Promise<[string[], string[]]> {
  const first = titles(element);
  const pages = root(element).querySelectorAll<HTMLButtonElement>('.pagination button[aria-current]');
  pages[pages.length - 1]!.click();
  await element.updateComplete;
  const last = titles(element);
  pages[0]!.click();
  await element.updateComplete;
  return [first, last];
}

describe('<cop-document-list>: 100,000 documents ingested without a long task', function () {
  this.timeout(600_000);
  afterEach(() => document.querySelectorAll('cop-document-list').forEach((element) => element.remove()));

  it('the feed object read, indexed and sorted in slices: no long task; the true first page, then the whole count, facets and cop-load once', async () => {
    const { text, documents } = await feed100k();
    let element!: CopDocumentList;
    let loads: CopLoadDetail[] = [];
    await expectNoLongTask(async () => {
      const parsed: unknown = JSON.parse(text);
      await pause(500); // the parse's own garbage collected
      return longTasksDuring(async () => {
        ({ element, loads } = mount((list) => (list.feed = parsed)));
        await waitUntil(() => loads.length > 0, 'no cop-load', { timeout: 240_000, interval: 50 });
        await pause(1000); // and the idle work after it
      });
    });
    expect(loads).to.have.length(1);
    expect(loads[0]!.count).to.equal(documents.length);
    expect(countText(element)).to.equal(`Showing 1–20 of ${number(documents.length)} documents`);
    expect(titles(element)).to.deep.equal(oracle(documents, 'date-desc').slice(0, 20));
    expect(options(element, '#filter-type')).to.include('resolution');
    const years = new Set(documents.map((document) => document.date.slice(0, 4)));
    expect(options(element, '#filter-year')).to.have.length(years.size + 1);
  });

  it('sorted by title from the start (no first screen): the loading state until the whole list is sorted, in slices; then cop-load once', async () => {
    const { text, documents } = await feed100k();
    let element!: CopDocumentList;
    let loads: CopLoadDetail[] = [];
    const counts: string[] = [];
    await expectNoLongTask(async () => {
      const parsed: unknown = JSON.parse(text);
      await pause(500);
      counts.length = 0;
      return longTasksDuring(async () => {
        ({ element, loads } = mount((list) => {
          list.setAttribute('sort', 'title');
          list.feed = parsed;
        }));
        await element.updateComplete;
        // The count when titles first show.
        const watch = new MutationObserver(() => {
          if (titles(element).length === 0) return;
          counts.push(countText(element));
          watch.disconnect();
        });
        watch.observe(root(element), { subtree: true, childList: true });
        await waitUntil(() => loads.length > 0, 'no cop-load', { timeout: 240_000, interval: 50 });
      });
    });
    expect(counts).to.deep.equal([`Showing 1–20 of ${number(documents.length)} documents`]);
    expect(loads).to.have.length(1);
    expect(loads[0]!.count).to.equal(documents.length);
    const order = oracle(documents, 'title');
    expect(await firstAndLast(element)).to.deep.equal([
      order.slice(0, 20),
      order.slice(-(documents.length % 20 || 20)),
    ]);
  });

  it('sort toggles once the list has settled: no long task, each order exact (first and last page), and the title order again in a new language', async () => {
    const { text, documents } = await feed100k();
    let element!: CopDocumentList;
    const shown: Record<string, [string[], string[]]> = {};
    const lastPage = -(documents.length % 20 || 20);
    await expectNoLongTask(async () => {
      const mounted = mount((list) => (list.feed = JSON.parse(text)));
      element = mounted.element;
      await waitUntil(() => mounted.loads.length > 0, 'no cop-load', { timeout: 240_000 });
      // The sorts are made in idle time after the first paint.
      await pause(15_000);
      return longTasksDuring(async () => {
        for (const sort of ['title', 'date-asc', 'symbol', 'date-desc']) {
          choose(element, '#sort', sort);
          await element.updateComplete;
          await pause(100);
          shown[sort] = await firstAndLast(element);
        }
      });
    });
    for (const sort of ['title', 'date-asc', 'symbol', 'date-desc']) {
      const order = oracle(documents, sort);
      expect(shown[sort], sort).to.deep.equal([order.slice(0, 20), order.slice(lastPage)]);
    }
    // French: the titles given in French, in French collation.
    element.lang = 'fr';
    choose(element, '#sort', 'title');
    await element.updateComplete;
    await waitUntil(() => titles(element).some((title) => title.endsWith('(fr)')), 'no French title');
    const french = oracle(documents, 'title', 'fr');
    expect(await firstAndLast(element)).to.deep.equal([french.slice(0, 20), french.slice(lastPage)]);
  });
});
