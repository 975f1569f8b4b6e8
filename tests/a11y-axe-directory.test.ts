// The axe matrix of <cop-resource-directory> (WCAG 2.2 A and AA, issue 10): every state in each
// of the six languages, one `it` per case, generated from the table below (tests/helpers/axe.ts).
import '../src/elements/resource-directory/define.js';
import { type AxeTable, mount, part, runMatrix } from './helpers/axe.js';
import { click, feedStates, richFeed } from './helpers/axe-lists.js';

const TAG = 'cop-resource-directory';

const table: AxeTable = {
  element: TAG,
  states: [
    ...feedStates(TAG, (feed) => (feed.resources = [])),
    {
      state: 'all resources, facets open',
      arrange: async (lang) => {
        const element = await mount(TAG, lang, { feed: await richFeed(), style: 'inline-size: 1000px' });
        part(element, 'details[part="filters"][open]');
        part(element, '[part="suggest-link"]');
        return element;
      },
    },
    {
      state: 'narrow, facets folded, more to show',
      arrange: async (lang) => {
        const element = await mount(TAG, lang, {
          feed: await richFeed(),
          attrs: { 'page-size': '6' },
          style: 'inline-size: 320px',
        });
        part(element, 'details[part="filters"]:not([open])');
        return element;
      },
    },
    {
      state: 'presets (national, two regions)',
      arrange: async (lang) =>
        mount(TAG, lang, { feed: await richFeed(), attrs: { scope: 'national', region: 'europe americas' } }),
    },
    {
      state: 'facets chosen, more to show',
      arrange: async (lang) => {
        const element = await mount(TAG, lang, {
          feed: await richFeed(),
          attrs: { 'page-size': '3' },
          style: 'inline-size: 1000px',
        });
        await click(element, 'input[name="kind"][value="helpline"]');
        await click(element, 'input[name="stakeholder"][value="civil-society"]');
        part(element, '[part="chips"]');
        part(element, '[part="more-button"]');
        return element;
      },
    },
    {
      state: 'grouped by region',
      arrange: async (lang) => {
        const element = await mount(TAG, lang, { feed: await richFeed(), attrs: { 'group-by': 'region' } });
        part(element, '[part="group-heading"]');
        return element;
      },
    },
    {
      state: 'no match (search typed), facets open',
      arrange: async (lang) => {
        const element = await mount(TAG, lang, { feed: await richFeed(), style: 'inline-size: 1000px' });
        const input = part<HTMLInputElement>(element, '[part="search-input"]');
        input.value = 'zxqvj';
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await element.updateComplete;
        part(element, '[part="empty"] [part="clear-button"]');
        return element;
      },
    },
  ],
};

runMatrix(table);
