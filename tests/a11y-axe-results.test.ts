// The axe matrix of <cop-consultation-results> (WCAG 2.2 A and AA, issue 19): every state in each
// of the six languages and both palettes (those every feed element has, then its own), one `it` per case, generated from the table below
// (tests/helpers/axe.ts). The feed is the results fixture (tests/fixtures/results-feed.json) over
// the test server's /test-results/feed/<variant>.
import '../src/elements/consultation-results/define.js';
import type { Language } from '../src/i18n/language.js';
import { type AxeTable, type Setup, fresh, mount, part, runMatrix } from './helpers/axe.js';
import { feedStates } from './helpers/axe-lists.js';

const TAG = 'cop-consultation-results';

/** The fixture feed as the test server gives it (variant `full`), to change freely. */
async function resultsFeed(): Promise<
  Record<string, unknown> & { consultations: Record<string, unknown>[] }
> {
  const response = await fetch(fresh('/test-results/feed/full'));
  return response.json();
}

/** Mounts the element on `setup` showing `consultation`, and checks that `selector` is there. */
async function showing(lang: Language, consultation: string, selector: string, setup: Setup = {}) {
  const element = await mount(TAG, lang, {
    src: '/test-results/feed/full',
    ...setup,
    attrs: { consultation, ...setup.attrs },
  });
  part(element, selector);
  return element;
}

const table: AxeTable = {
  element: TAG,
  states: [
    ...feedStates(TAG, (feed) => (feed['consultations'] = [])),
    {
      state: 'closed consultation: every chart, suppressed cells',
      arrange: (lang) => showing(lang, 'fixture-results-closed', '[part~="bar-suppressed"]'),
    },
    {
      state: 'open consultation: results so far',
      arrange: async (lang) => {
        const feed = await resultsFeed();
        const closed = feed.consultations.find((c) => c['id'] === 'fixture-results-closed')!;
        closed['closes'] = `${new Date().getFullYear() + 2}-06-30T23:59:59Z`;
        return showing(lang, 'fixture-results-closed', '[part="download-button"]', { src: undefined, feed });
      },
    },
    {
      state: 'every count published (no suppressed cell)',
      arrange: async (lang) => {
        const element = await showing(lang, 'fixture-results-2025', '[part="chart"]');
        if (element.shadowRoot!.querySelector('[part~="bar-suppressed"]'))
          throw new Error('a suppressed cell');
        return element;
      },
    },
    {
      state: 'too few responses',
      arrange: (lang) => showing(lang, 'fixture-results-few', '[part="empty"]'),
    },
    {
      state: 'too few for a higher minimumCount',
      arrange: (lang) =>
        showing(lang, 'fixture-results-closed', '[part="empty"]', {
          src: '/test-results/feed/below-minimum',
        }),
    },
    {
      state: 'no results published',
      arrange: (lang) => showing(lang, 'fixture-no-results', '[part="empty"]'),
    },
    {
      state: 'no such consultation',
      arrange: (lang) => showing(lang, 'no-such-consultation', '[part="empty"]'),
    },
    {
      state: 'narrow (320 px), every chart',
      arrange: (lang) =>
        showing(lang, 'fixture-results-closed', '[part="chart"]', { style: 'inline-size: 320px' }),
    },
  ],
};

runMatrix(table);
