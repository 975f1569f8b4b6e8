import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/elements/consultation-results/define.js';
import '../src/elements/document-list/define.js';
import type { CopDocumentList } from '../src/elements/document-list/document-list.js';

const feed = {
  version: 1,
  documents: Array.from({ length: 30 }, (_, i) => ({
    id: `d${i}`,
    title: `Document ${i}`,
    date: '2016-01-01',
    type: 'report',
    files: [{ lang: 'en', url: `https://example.org/${i}.pdf` }],
  })),
};

const colour = (element: Element, property: 'color' | 'backgroundColor') =>
  getComputedStyle(element)[property];
const DARK_TEXT = 'rgb(27, 27, 27)';
const LIGHT_TEXT = 'rgb(232, 234, 237)';

/** Runs `run` with demo/demo.css on the page, as the demo page loads it: the themes are plain page CSS. */
async function withDemoCss(run: () => Promise<void>): Promise<void> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(await (await fetch('/demo/demo.css')).text());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  try {
    await run();
  } finally {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}

describe('theming', () => {
  it('is light on a page that declares no colour scheme, with a transparent background', async () => {
    const element = await fixture<CopDocumentList>(
      html`<cop-document-list .feed=${feed}></cop-document-list>`,
    );
    expect(colour(element, 'color')).to.equal(DARK_TEXT);
    expect(colour(element, 'backgroundColor')).to.equal('rgba(0, 0, 0, 0)');
  });

  it("follows the page's dark colour scheme", async () => {
    const holder = await fixture(
      html`<div style="color-scheme: dark; background: #111">
        <cop-document-list .feed=${feed}></cop-document-list>
      </div>`,
    );
    const element = holder.querySelector('cop-document-list')!;
    await element.updateComplete;
    expect(colour(element, 'color')).to.equal(LIGHT_TEXT);
  });

  for (const theme of ['dark', 'light']) {
    it(`forces the ${theme} palette with theme="${theme}", painting its own background, and stays accessible`, async () => {
      const holder = await fixture(
        html`<div style=${`color-scheme: ${theme === 'dark' ? 'light' : 'dark'}`}>
          <cop-document-list theme=${theme} page-size="5" .feed=${feed}></cop-document-list>
        </div>`,
      );
      const element = holder.querySelector('cop-document-list')!;
      await element.updateComplete;
      expect(colour(element, 'color')).to.equal(theme === 'dark' ? LIGHT_TEXT : DARK_TEXT);
      expect(colour(element, 'backgroundColor')).to.equal(
        theme === 'dark' ? 'rgb(32, 33, 36)' : 'rgb(255, 255, 255)',
      );
      await expect(element).to.be.accessible();
    });
  }

  it('lets a page restyle it through custom properties', async () => {
    const element = await fixture<CopDocumentList>(
      html`<cop-document-list style="--cop-color-text: rgb(1, 2, 3)" .feed=${feed}></cop-document-list>`,
    );
    expect(colour(element, 'color')).to.equal('rgb(1, 2, 3)');
  });

  it("uses the page's typeface, or --cop-font-family, in its text and its controls", async () => {
    const holder = await fixture(
      html`<div style="font-family: serif">
        <cop-document-list .feed=${feed}></cop-document-list>
        <cop-document-list style="--cop-font-family: monospace" .feed=${feed}></cop-document-list>
      </div>`,
    );
    const [inherited, themed] = [...holder.querySelectorAll('cop-document-list')];
    await Promise.all([inherited!.updateComplete, themed!.updateComplete]);
    const fonts = (element: CopDocumentList) =>
      [element, element.shadowRoot!.querySelector('button')!].map(
        (node) => getComputedStyle(node).fontFamily,
      );
    expect(fonts(inherited!)).to.deep.equal(['serif', 'serif']);
    expect(fonts(themed!)).to.deep.equal(['monospace', 'monospace']);
  });

  it("applies the demo page's partner themes and stays accessible in them", async () => {
    await withDemoCss(async () => {
      const holder = await fixture(
        html`<section class="themed">
          <cop-document-list class="partner-brand" page-size="5" .feed=${feed}></cop-document-list>
          <cop-document-list
            class="partner-dark"
            theme="dark"
            page-size="5"
            .feed=${feed}
          ></cop-document-list>
        </section>`,
      );
      const [brand, dark] = [...holder.querySelectorAll('cop-document-list')];
      await Promise.all([brand!.updateComplete, dark!.updateComplete]);
      const button = (element: CopDocumentList) => element.shadowRoot!.querySelector('button')!;
      expect(getComputedStyle(brand!).fontFamily).to.contain('Georgia');
      expect(getComputedStyle(button(brand!)).borderTopLeftRadius).to.equal('16px');
      expect(colour(dark!, 'backgroundColor')).to.equal('rgb(32, 33, 36)');
      expect(getComputedStyle(button(dark!)).borderTopLeftRadius).to.equal('0px');
      await expect(brand).to.be.accessible();
      await expect(dark).to.be.accessible();
    });
  });

  it("applies the demo page's partner themes to the results: bars in the accent, and stays accessible", async () => {
    await withDemoCss(async () => {
      const src = '/test-results/feed/full';
      const holder = await fixture(
        html`<section class="themed">
          <cop-consultation-results class="partner-brand" src=${src}></cop-consultation-results>
          <cop-consultation-results class="partner-dark" theme="dark" src=${src}></cop-consultation-results>
        </section>`,
      );
      const [brand, dark] = [...holder.querySelectorAll('cop-consultation-results')];
      const shown = (element: Element) => element.shadowRoot!.querySelector('[part="download-button"]');
      await waitUntil(() => shown(brand!) && shown(dark!), 'both results shown');
      const bar = (element: Element) => element.shadowRoot!.querySelector('[part="bar"]')!;
      expect(getComputedStyle(brand!).fontFamily).to.contain('Georgia');
      expect(colour(bar(brand!), 'backgroundColor')).to.equal('rgb(122, 31, 92)');
      expect(getComputedStyle(shown(brand!)!).borderTopLeftRadius).to.equal('16px');
      expect(colour(dark!, 'backgroundColor')).to.equal('rgb(32, 33, 36)');
      expect(colour(bar(dark!), 'backgroundColor')).to.equal('rgb(246, 195, 68)');
      expect(getComputedStyle(shown(dark!)!).borderTopLeftRadius).to.equal('0px');
      await expect(brand).to.be.accessible();
      await expect(dark).to.be.accessible();
    });
  });

  it('keeps the current page visible in forced-colors mode', async () => {
    await executeServerCommand('emulate-media-features', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    try {
      const element = await fixture<CopDocumentList>(
        html`<cop-document-list page-size="5" .feed=${feed}></cop-document-list>`,
      );
      const buttons = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav button')];
      const current = buttons.find((button) => button.getAttribute('aria-current') === 'page')!;
      const other = buttons.find((button) => button.getAttribute('aria-current') === 'false')!;
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      expect(getComputedStyle(current).forcedColorAdjust).to.equal('none');
      expect(colour(current, 'backgroundColor')).not.to.equal(colour(other, 'backgroundColor'));
    } finally {
      await executeServerCommand('emulate-media-features', { features: [] });
    }
  });
});
