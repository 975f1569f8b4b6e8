import { expect, waitUntil } from '@open-wc/testing';

type FrameWindow = Window & { cspViolations: string[]; copEvents: string[]; trustedTypes?: unknown };

async function strictPage(lang: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'partner page';
  frame.width = '1000';
  frame.height = '800';
  frame.src = `/test-embedding/strict-csp-${lang}.html`;
  document.body.append(frame);
  await waitUntil(
    () => (frame.contentWindow as FrameWindow | null)?.copEvents?.length === 4,
    'all four elements loaded',
    {
      timeout: 15000,
    },
  );
  return frame;
}

describe('embedding under a strict Content-Security-Policy with Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const lang of ['en', 'ar']) {
    it(`renders all four elements with no policy violation (${lang})`, async () => {
      const frame = await strictPage(lang);
      const win = frame.contentWindow as FrameWindow;
      const doc = frame.contentDocument!;
      expect(win.copEvents.sort()).to.deep.equal([
        'cop-consultation-form load 13',
        'cop-document-list load 11',
        'cop-recommendation-timeline load 19',
        'cop-resource-directory load 16',
      ]);
      // The policy is really enforced in that page: a string cannot become markup.
      expect(() => {
        doc.body.insertAdjacentHTML('beforeend', '<b>x</b>');
      }).to.throw();
      for (const tag of [
        'cop-document-list',
        'cop-recommendation-timeline',
        'cop-resource-directory',
        'cop-consultation-form',
      ]) {
        const element = doc.querySelector(tag)!;
        expect(element.shadowRoot!.textContent!.trim().length, tag).to.be.above(100);
        expect(element.getAttribute('dir'), tag).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        // Styles arrive as constructed stylesheets, which a style-src 'self' policy allows.
        expect(element.shadowRoot!.adoptedStyleSheets.length, tag).to.be.above(0);
      }
      expect(win.cspViolations).to.deep.equal([]);
    });
  }
});
