// The axe matrix of <cop-document-list> (WCAG 2.2 A and AA, issue 10): every state in each of
// the six languages, one `it` per case, generated from the table below (tests/helpers/axe.ts).
import '../src/elements/document-list/define.js';
import { type AxeTable, mount, part, runMatrix, until } from './helpers/axe.js';
import { choose, click, feedStates, richFeed } from './helpers/axe-lists.js';

const TAG = 'cop-document-list';

const table: AxeTable = {
  element: TAG,
  states: [
    ...feedStates(TAG, (feed) => (feed.documents = [])),
    {
      state: 'all documents, files in six languages',
      arrange: async (lang) => mount(TAG, lang, { feed: await richFeed() }),
    },
    {
      state: 'filtered (type preset, meeting filter)',
      arrange: async (lang) => {
        const element = await mount(TAG, lang, { feed: await richFeed(), attrs: { type: 'report' } });
        await choose(element, '#filter-meeting', 'cwg-cop-14');
        part(element, '[part="list"]');
        return element;
      },
    },
    {
      state: 'no match (query)',
      arrange: async (lang) => {
        const element = await mount(TAG, lang, { feed: await richFeed(), attrs: { query: 'zxqvj' } });
        part(element, '[part="empty"] button');
        return element;
      },
    },
    {
      state: 'page 2 of 3',
      arrange: async (lang) => {
        const element = await mount(TAG, lang, { feed: await richFeed(), attrs: { 'page-size': '4' } });
        await click(element, '[part="pagination"] li:last-child button');
        await until(() => !part<HTMLButtonElement>(element, '[part="pagination"] .step').disabled, 'page 2');
        return element;
      },
    },
  ],
};

runMatrix(table);
