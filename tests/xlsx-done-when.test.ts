// Issue 21, "done when" (the elements' half; tests/node/xlsx-done-when.test.mjs checks the feed and
// `feed status`): the CWG-COP feed, without one Chinese summary, goes through `cop-widgets feed
// to-xlsx`, a workbook edit (a Russian title changed, the Chinese summary added) and `feed
// from-xlsx --merge` on the test server (tests/server/plugins/xlsx-done-when.mjs); the document
// list shows the new Russian title in Russian and the new summary in Chinese, where the feed
// before the edit showed neither.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/elements/document-list/define.js';
import type { CopDocumentList } from '../src/elements/document-list/document-list.js';

interface Edit {
  before: string;
  after: string;
  document: string;
  ruTitle: string;
  zhSummary: string;
}

let edit: Edit;
let symbol: string;
let ruTitleBefore: string;

/** The card of the edited document (found by its symbol) in a list of `src` in `lang`. */
async function card(src: string, lang: string) {
  const element = await fixture<CopDocumentList>(
    html`<cop-document-list lang=${lang} src=${src} page-size="50"></cop-document-list>`,
  );
  const articles = () => [...element.shadowRoot!.querySelectorAll('article')];
  await waitUntil(() => articles().length > 0, `the list of ${src} did not load`, { timeout: 5000 });
  const article = articles().find((a) => a.querySelector('.symbol')?.textContent?.trim() === symbol);
  expect(article, `the card of ${symbol}`).to.exist;
  return {
    title: article!.querySelector('h3')!.textContent!.trim(),
    summary: article!.querySelector('.summary')?.textContent?.trim(),
  };
}

describe('a feed edited in a spreadsheet, shown by the elements (issue 21, done when)', function () {
  this.timeout(60_000);

  before(async () => {
    edit = (await executeServerCommand('xlsx-done-when')) as Edit;
    const feed = await (await fetch(edit.before)).json();
    const document = feed.documents.find((d: { id: string }) => d.id === edit.document);
    symbol = document.symbol;
    ruTitleBefore = document.title.ru;
    expect(document.summary.zh, 'the feed before the edit has no Chinese summary').to.equal(undefined);
  });

  it('in Russian, the title changed in the workbook', async () => {
    expect((await card(edit.before, 'ru')).title).to.equal(ruTitleBefore);
    expect((await card(edit.after, 'ru')).title).to.equal(edit.ruTitle);
  });

  it('in Chinese, the summary added in the workbook', async () => {
    expect((await card(edit.before, 'zh')).summary).not.to.equal(edit.zhSummary);
    expect((await card(edit.after, 'zh')).summary).to.equal(edit.zhSummary);
  });
});
