import { expect, fixture, html } from '@open-wc/testing';
import '../src/cop-widgets.js';

/** What an aggressive CMS theme might put on a partner page. */
const HOSTILE = `
  * { font-size: 3px !important; line-height: 0.7 !important; direction: rtl !important;
      box-sizing: content-box !important; color: #ffff00 !important; text-align: right !important;
      text-transform: uppercase !important; white-space: nowrap !important; text-indent: -40px !important; }
  button, input, select, textarea, label, a { display: none !important; }
  div, section, ul, li, p { padding: 30px !important; margin: 30px !important; border: 5px solid red !important; }
`;

describe('on a page with hostile global CSS', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  // Each element on a feed it has something to show from (the results: the fixture's charts).
  for (const [tag, src] of [
    ['cop-document-list', '/feeds/cwg-cop.json'],
    ['cop-recommendation-timeline', '/feeds/cwg-cop.json'],
    ['cop-resource-directory', '/feeds/cwg-cop.json'],
    ['cop-consultation-form', '/feeds/cwg-cop.json'],
    ['cop-consultation-results', '/test-results/feed/full'],
  ] as const) {
    it(`${tag} stays usable and legible`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div style="inline-size: 800px"></div>`);
      const element = document.createElement(tag) as HTMLElement & {
        src: string;
        updateComplete: Promise<boolean>;
      };
      element.setAttribute('lang', 'en');
      const loaded = new Promise((resolve) => element.addEventListener('cop-load', resolve));
      element.src = src;
      holder.append(element);
      await loaded;
      await element.updateComplete;
      const host = getComputedStyle(element);
      expect(host.direction).to.equal('ltr');
      expect(host.color).to.equal('rgb(27, 27, 27)');
      expect(parseFloat(host.fontSize)).to.be.at.least(12);
      expect(host.textTransform).to.equal('none');
      expect(host.whiteSpace).to.equal('normal');
      const root = element.shadowRoot!;
      const controls = [...root.querySelectorAll<HTMLElement>('button, input, select, a')];
      expect(controls.length).to.be.above(0);
      for (const control of controls.slice(0, 20)) {
        if (control.closest('details:not([open])') || control.hidden) continue;
        expect(control.getClientRects().length, control.outerHTML.slice(0, 80)).to.be.above(0);
      }
      const heading = root.querySelector('h2, h3, legend')!;
      expect(
        parseFloat(getComputedStyle(heading).lineHeight) / parseFloat(getComputedStyle(heading).fontSize),
      ).to.be.at.least(1.2);
      expect(element.scrollWidth).to.be.at.most(element.clientWidth + 1);
    });
  }
});
