// The axe matrix of <cop-recommendation-timeline> (WCAG 2.2 A and AA, issue 10): every state in
// each of the six languages, one `it` per case, generated from the table below
// (tests/helpers/axe.ts).
import '../src/elements/recommendation-timeline/define.js';
import { type AxeTable, mount, part, runMatrix, until } from './helpers/axe.js';
import { choose, click, feedStates, richFeed } from './helpers/axe-lists.js';

const TAG = 'cop-recommendation-timeline';

const table: AxeTable = {
  element: TAG,
  states: [
    ...feedStates(TAG, (feed) => {
      feed.meetings = [];
      feed.recommendations = [];
    }),
    {
      state: 'vertical, groups expanded, a meeting ahead',
      arrange: async (lang) => {
        const element = await mount(TAG, lang, { feed: await richFeed() });
        part(element, '[part="calendar-button"]');
        return element;
      },
    },
    {
      state: 'a group collapsed',
      arrange: async (lang) => {
        const element = await mount(TAG, lang, { feed: await richFeed() });
        await click(element, '[part="toggle-button"]');
        part(element, '[part="toggle-button"][aria-expanded="false"]');
        return element;
      },
    },
    {
      state: 'horizontal',
      arrange: async (lang) => {
        const element = await mount(TAG, lang, {
          feed: await richFeed(),
          attrs: { layout: 'horizontal' },
          style: 'inline-size: 1000px',
        });
        await until(() => element.effectiveLayout === 'horizontal', 'the horizontal layout');
        await element.updateComplete;
        part(element, '[part="scroller"][role="region"]');
        return element;
      },
    },
    {
      state: 'filtered (topic preset, kind filter), links in new tabs',
      arrange: async (lang) => {
        const element = await mount(TAG, lang, {
          feed: await richFeed(),
          attrs: { topic: 'youth-participation', 'new-tab': '' },
        });
        await choose(element, '#kind-filter', 'decision');
        part(element, '[part="filters"] [part="clear-button"]');
        return element;
      },
    },
    {
      state: 'no match (topic and kind filters)',
      arrange: async (lang) => {
        const element = await mount(TAG, lang, { feed: await richFeed() });
        await choose(element, '#topic-filter', 'cyberbullying');
        await choose(element, '#kind-filter', 'action');
        part(element, '[part="empty"] [part="clear-button"]');
        return element;
      },
    },
  ],
};

runMatrix(table);
