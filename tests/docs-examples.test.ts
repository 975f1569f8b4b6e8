import { expect, waitUntil } from '@open-wc/testing';

/**
 * Every ```html example of README.md and docs/*.md, pasted alone into a page served with
 * `script-src 'self'; style-src 'self'` (tests/server/routes/docs-examples.mjs): it must render
 * its elements, load its stylesheets, and cause no policy violation.
 */
type Example = { file: string; line: number };
type ExampleWindow = Window & { cspViolations?: string[] };

const examples: Example[] = await (await fetch('/test-docs/examples.json')).json();

async function open(n: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'partner page';
  frame.width = '1000';
  frame.height = '800';
  frame.src = `/test-docs/${n}/`;
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe("the documentation's HTML examples under script-src 'self'; style-src 'self'", () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('are found in README.md', () => {
    expect(examples.filter((example) => example.file === 'README.md').length).to.be.at.least(7);
  });

  examples.forEach((example, n) => {
    it(`${example.file}:${example.line} renders with no policy violation`, async () => {
      const frame = await open(n);
      const win = frame.contentWindow as ExampleWindow;
      const doc = frame.contentDocument!;
      const elements = [...doc.querySelectorAll('*')].filter((node) => node.localName.startsWith('cop-'));
      expect(elements.length, 'the example shows an element').to.be.above(0);
      const rendered = await waitUntil(
        () => elements.every((element) => (element.shadowRoot?.textContent?.trim().length ?? 0) > 100),
        'every element renders its feed',
        { timeout: 8000 },
      ).then(
        () => true,
        () => false,
      );
      expect(win.cspViolations).to.deep.equal([]);
      expect(rendered, 'every element renders its feed').to.equal(true);
      for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]'))
        expect(link.sheet?.cssRules.length, `${link.getAttribute('href')} is loaded`).to.be.above(0);
    });
  });
});
