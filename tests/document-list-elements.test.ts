// <cop-document-list>'s element budget (issue 20, S10): what a first screen of a large feed
// costs in elements, and that what was cut loses nothing: the filters keep their labels, the card's
// file link its language, the page steps their arrows (drawn by the styles, mirrored right to
// left) and their names, the file lists still open from the keyboard, axe finds nothing.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/document-list/define.js';
import type { CopDocumentList } from '../src/elements/document-list/document-list.js';

const OTHERS = ['ar', 'es', 'ru', 'zh'];

/**
 * A feed shaped like the benchmark's (bench/generate.mjs): 40 numbered meetings, 10 topics, 18
 * years, every document with a symbol, one topic and three to six files, English and French
 * among them.
 */
function benchLikeFeed(count: number) {
  const meetings = Array.from({ length: 40 }, (_, i) => ({
    id: `m${i + 1}`,
    number: i + 1,
    date: `${2009 + Math.floor((i * 18) / 40)}-0${1 + (i % 9)}-1${i % 10}`,
  }));
  const topics = Array.from({ length: 10 }, (_, i) => ({ id: `t${i}`, label: { en: `Topic ${i}` } }));
  const types = ['report', 'contribution', 'liaison', 'resolution', 'guideline', 'information', 'other'];
  const documents = Array.from({ length: count }, (_, i) => {
    const langs = ['en', 'fr', ...OTHERS.slice(0, 1 + (i % 4))];
    return {
      id: `d${i}`,
      symbol: `CWG-COP/${1 + (i % 40)}/${i}`,
      title: Object.fromEntries(langs.map((lang) => [lang, `Document ${i} (${lang})`])),
      date: `${2009 + (i % 18)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      meeting: `m${1 + (i % 40)}`,
      type: types[i % types.length],
      topics: [`t${i % 10}`],
      files: langs.map((lang) => ({ lang, url: `https://docs.example.org/${i}/${lang}.pdf`, format: 'pdf' })),
    };
  });
  return { version: 1, meetings, topics, documents };
}

async function mount(lang: string, feed: unknown): Promise<CopDocumentList> {
  const element = document.createElement('cop-document-list');
  element.lang = lang;
  element.feed = feed;
  const loaded = oneEvent(element, 'cop-load');
  (await fixture(html`<div></div>`)).append(element);
  await loaded;
  await element.updateComplete;
  return element;
}

const root = (element: CopDocumentList) => element.shadowRoot!;

describe('cop-document-list: elements of a first screen', function () {
  this.timeout(60_000);

  it('10,000 documents: at most 350 elements in all and 15 a document, and axe finds nothing', async () => {
    const element = await mount('en', benchLikeFeed(10_000));
    const cards = [...root(element).querySelectorAll('[part="list"] > li')];
    expect(cards).to.have.length(20);
    const perCard = cards.map((card) => card.querySelectorAll('*').length + 1);
    expect(Math.max(...perCard), 'elements of the largest card').to.be.at.most(15);
    // Before issue 20's second round: 379 (20 cards of 12, 90 choices in the filters, the pages).
    expect(root(element).querySelectorAll('*').length, 'elements in the shadow root').to.be.at.most(350);
    // Every filter still offers every choice the documents have.
    expect(root(element).querySelector<HTMLSelectElement>('#filter-meeting')!.options).to.have.length(41);
    await expect(element).to.be.accessible();
  });

  it('its idle work (search text, sorts, warmed cards) changes nothing shown, in the element or the page', async () => {
    const element = await mount('en', benchLikeFeed(2_000));
    const shown = () => root(element).querySelector('[part="list"]')!.textContent;
    const before = [
      shown(),
      root(element).querySelectorAll('*').length,
      document.querySelectorAll('*').length,
    ];
    // The idle work runs in 8 ms slices while the page is idle: a second is enough for 2,000.
    await new Promise((done) => setTimeout(done, 1500));
    expect([
      shown(),
      root(element).querySelectorAll('*').length,
      document.querySelectorAll('*').length,
    ]).to.deep.equal(before);
  });

  for (const lang of ['en', 'ar']) {
    it(`${lang}: each filter is its own label's control, named by it`, async () => {
      const element = await mount(lang, benchLikeFeed(50));
      const selects = [...root(element).querySelectorAll<HTMLSelectElement>('[part="filters"] select')];
      expect(selects).to.have.length(6);
      for (const select of selects) {
        const label = select.closest('label');
        expect(label, `${select.id} inside its label`).not.to.equal(null);
        expect(label!.control).to.equal(select);
        expect(label!.childNodes[0]!.textContent!.trim()).not.to.equal('');
      }
      await expect(element).to.be.accessible();
    });

    it(`${lang}: previous and next are named by their words alone, their arrows drawn and pointing the reading way`, async () => {
      const element = await mount(lang, benchLikeFeed(50));
      const [previous, next] = [...root(element).querySelectorAll<HTMLButtonElement>('.pagination .step')];
      for (const step of [previous!, next!]) expect(step.children, 'no element inside').to.have.length(0);
      const arrow = (step: HTMLElement, where: '::before' | '::after') => getComputedStyle(step, where);
      expect(arrow(previous!, '::before').content).to.contain('‹');
      expect(arrow(next!, '::after').content).to.contain('›');
      expect(arrow(previous!, '::after').content).to.equal('none');
      const mirrored = (step: HTMLElement, where: '::before' | '::after') =>
        arrow(step, where).transform.startsWith('matrix(-1');
      expect([mirrored(previous!, '::before'), mirrored(next!, '::after')]).to.deep.equal(
        lang === 'ar' ? [true, true] : [false, false],
      );
      // The arrow is drawn with an empty alternative: the button's text is its only words.
      expect(previous!.textContent!.trim()).to.equal(lang === 'ar' ? 'السابق' : 'Previous');
      await expect(element).to.be.accessible();
    });
  }

  it('the card links the file in the reader’s language without a language span; the list opened from the keyboard names each one in its own', async () => {
    const element = await mount('fr', benchLikeFeed(50));
    const card = root(element).querySelector('[part="document"]')!;
    const onCard = card.querySelector<HTMLAnchorElement>(':scope > [part="file-link"]')!;
    expect(onCard.hreflang).to.equal('fr');
    expect(onCard.children, 'no element inside the link on the card').to.have.length(0);
    expect(onCard.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Français · \u2066PDF\u2069');
    const disclosure = card.querySelector<HTMLButtonElement>('[part="files-disclosure"]')!;
    disclosure.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(disclosure.getAttribute('aria-expanded')).to.equal('true');
    const links = [...card.querySelectorAll<HTMLAnchorElement>('[part="files"] a')];
    expect(links.map((link) => link.hreflang)).to.deep.equal(
      ['fr', 'en', 'ar', 'es', 'ru', 'zh'].slice(0, links.length),
    );
    expect(links[0]!.href).to.equal(onCard.href);
    expect(links.map((link) => link.querySelector('span[lang]')!.getAttribute('lang'))).to.deep.equal(
      links.map((link) => link.hreflang),
    );
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(card.querySelector('[part="files"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });
});
