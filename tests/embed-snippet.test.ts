import { expect, waitUntil } from '@open-wc/testing';
import { buildSnippet, decodeChoice, encodeChoice, type EmbedChoice } from '../demo/embed-snippet.mjs';

describe('the embed-code builder', () => {
  const base = {
    tag: 'cop-document-list',
    feedUrl: 'https://example.org/feeds/cwg-cop.json',
    scriptUrl: 'https://example.org/dist/cop-widgets.js',
    integrity: 'sha384-abc+/=',
  };

  it('writes the script with its integrity hash, the element with its choices, and the CSS as a file to link', () => {
    const { html, css } = buildSnippet({
      ...base,
      cssUrl: 'css/ours.css',
      lang: 'fr',
      presets: { meeting: 'cwg-cop-14', sort: '' },
      theme: 'dark',
      accent: '#7B1FA2',
    });
    expect(html).to.equal(
      [
        '<link rel="stylesheet" href="css/ours.css" />',
        '<script type="module" src="https://example.org/dist/cop-widgets.js" integrity="sha384-abc+/=" crossorigin="anonymous"></script>',
        '<cop-document-list src="https://example.org/feeds/cwg-cop.json" lang="fr" meeting="cwg-cop-14" theme="dark"></cop-document-list>',
      ].join('\n'),
    );
    expect(html).not.to.match(/<style|style=/);
    expect(css).to.equal(
      '/* cop-widgets: the look of <cop-document-list> on this page. */\ncop-document-list {\n  --cop-color-accent: #7b1fa2;\n}\n',
    );
  });

  it('adds loading="lazy" for a widget that loads when the reader scrolls near it, nothing at once', () => {
    const tag = (loading: string) =>
      buildSnippet({ tag: 'cop-recommendation-timeline', loading }).html.split('\n')[1];
    expect(tag('lazy')).to.equal(
      '<cop-recommendation-timeline src="cwg-cop.json" loading="lazy"></cop-recommendation-timeline>',
    );
    expect(tag('')).to.equal(
      '<cop-recommendation-timeline src="cwg-cop.json"></cop-recommendation-timeline>',
    );
    expect(tag('eager')).to.equal(
      '<cop-recommendation-timeline src="cwg-cop.json"></cop-recommendation-timeline>',
    );
  });

  it('puts the files beside the page unless told otherwise, and links no CSS when nothing is styled', () => {
    expect(buildSnippet({ tag: 'cop-resource-directory' })).to.deep.equal({
      html: [
        '<script type="module" src="cop-widgets.js"></script>',
        '<cop-resource-directory src="cwg-cop.json"></cop-resource-directory>',
      ].join('\n'),
      css: '',
    });
    const { css } = buildSnippet({ tag: 'cop-resource-directory', loadingHeight: '24' });
    expect(css).to.contain('cop-resource-directory {\n  --cop-loading-block-size: 24rem;\n}');
    expect(css).to.contain('cop-resource-directory:not(:defined) {');
    expect(() => buildSnippet({ tag: 'cop-resource-directory', loadingHeight: '1;x' })).to.throw('rem');
  });

  it("offers the README's room, the height of the screen, as well as a height in rem", () => {
    const { css, html } = buildSnippet({
      tag: 'cop-document-list',
      loadingRoom: 'screen',
      loadingHeight: '24',
    });
    expect(css).to.contain('cop-document-list {\n  --cop-loading-block-size: 100vh;\n}');
    expect(css).to.contain(
      'cop-document-list:not(:defined) {\n  display: block;\n  min-block-size: var(--cop-loading-block-size);',
    );
    expect(html).to.contain('<link rel="stylesheet" href="cop-widgets.css" />');
    expect(
      buildSnippet({ tag: 'cop-document-list', loadingRoom: 'rem', loadingHeight: '30' }).css,
    ).to.contain('--cop-loading-block-size: 30rem;');
    expect(buildSnippet({ tag: 'cop-document-list', loadingRoom: 'none', loadingHeight: '30' }).css).to.equal(
      '',
    );
  });

  it('escapes what a person types, and refuses what an element does not take', () => {
    const { html } = buildSnippet({
      ...base,
      tag: 'cop-resource-directory',
      presets: { query: '"><script>alert(1)</script>' },
      cssUrl: 'a"b.css',
      accent: '#000000',
    });
    expect(html).to.contain('href="a&quot;b.css"');
    expect(html).to.contain('query="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(() => buildSnippet({ ...base, presets: { consultation: 'x' } })).to.throw(
      'no consultation preset',
    );
    expect(() => buildSnippet({ ...base, tag: 'script' })).to.throw('unknown element');
    expect(() => buildSnippet({ ...base, accent: 'red;}body{display:none' })).to.throw('#rrggbb');
  });

  it('offers the results element, with the consultation to show as its one preset', () => {
    const { html } = buildSnippet({
      tag: 'cop-consultation-results',
      lang: 'ar',
      presets: { consultation: 'youth-reach-more-young-people' },
    });
    expect(html).to.equal(
      [
        '<script type="module" src="cop-widgets.js"></script>',
        '<cop-consultation-results src="cwg-cop.json" lang="ar" consultation="youth-reach-more-young-people"></cop-consultation-results>',
      ].join('\n'),
    );
    expect(() =>
      buildSnippet({ tag: 'cop-consultation-results', presets: { endpoint: '/api/responses' } }),
    ).to.throw('no endpoint preset');
  });

  it('carries a choice through the preview address', () => {
    const choice = {
      tag: 'cop-document-list',
      presets: { query: 'école «enfants» 儿童' },
      accent: '#123456',
    };
    expect(decodeChoice(encodeChoice(choice))).to.deep.equal(choice);
    expect(encodeChoice(choice)).to.match(/^[\w-]+$/);
  });
});

type PreviewWindow = Window & { cspViolations?: string[] };

/** The builder's preview of `choice`: its code, alone in a page served with the partner's policy. */
async function preview(choice: EmbedChoice): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'partner page';
  frame.width = '1000';
  frame.height = '800';
  frame.src = `/embed-preview/${encodeChoice(choice)}/`;
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe("the embed builder's code on a page under script-src 'self'; style-src 'self'", () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders with the chosen colour, its script checked by its hash, and no policy violation', async () => {
    const scriptUrl = `/embed-preview/${encodeChoice({ tag: 'cop-document-list' })}/cop-widgets.js`;
    const choice = {
      tag: 'cop-document-list',
      integrity: await sha384(scriptUrl),
      accent: '#7b1fa2',
      loadingHeight: 20,
      presets: { 'page-size': '3' },
    };
    const page = await fetch(`/embed-preview/${encodeChoice(choice)}/`);
    expect(page.headers.get('Content-Security-Policy')).to.contain("script-src 'self'; style-src 'self'");
    expect(await page.text(), 'the page holds the code as pasted').to.contain(buildSnippet(choice).html);

    const frame = await preview(choice);
    const win = frame.contentWindow as PreviewWindow;
    const element = frame.contentDocument!.querySelector('cop-document-list')!;
    await waitUntil(() => element.shadowRoot?.querySelector('article'), 'the documents are shown', {
      timeout: 15000,
    });
    const style = win.getComputedStyle(element);
    expect(style.getPropertyValue('--cop-color-accent').trim()).to.equal('#7b1fa2');
    expect(style.getPropertyValue('--cop-loading-block-size').trim()).to.equal('20rem');
    const button = element.shadowRoot!.querySelector('button')!;
    expect(win.getComputedStyle(button).borderTopColor).to.equal('rgb(123, 31, 162)');
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('shows in the preview what the policy refuses: a script from another site', async () => {
    const frame = await preview({ tag: 'cop-document-list', scriptUrl: 'http://localhost:9/cop-widgets.js' });
    const win = frame.contentWindow as PreviewWindow;
    await waitUntil(() => win.cspViolations?.length, 'a violation is reported');
    expect(win.cspViolations).to.deep.equal(['script-src-elem http://localhost:9/cop-widgets.js']);
    expect(win.customElements.get('cop-document-list')).to.equal(undefined);
  });

  it('previews the results element too, under the same policy', async () => {
    const choice = {
      tag: 'cop-consultation-results',
      lang: 'fr',
      presets: { consultation: 'youth-reach-more-young-people' },
    };
    const frame = await preview(choice);
    const element = frame.contentDocument!.querySelector('cop-consultation-results')!;
    await waitUntil(() => element.shadowRoot?.querySelector('[part="title"]'), 'the consultation is shown', {
      timeout: 15000,
    });
    const title = element.shadowRoot!.querySelector('[part="title"]')!;
    expect(title.textContent?.trim()).to.equal(
      'Consultation des jeunes\u00a0: comment toucher davantage de jeunes\u202f?',
    );
    expect((frame.contentWindow as PreviewWindow).cspViolations).to.deep.equal([]);
  });

  it('serves a path from the site root below the preview page, and only the files the code names', async () => {
    const choice = {
      tag: 'cop-resource-directory',
      scriptUrl: '/js/cop-widgets.js',
      feedUrl: 'data/feed.json',
    };
    const frame = await preview(choice);
    const element = frame.contentDocument!.querySelector('cop-resource-directory')!;
    await waitUntil(() => element.shadowRoot?.querySelector('li'), 'the resources are shown', {
      timeout: 15000,
    });
    expect((frame.contentWindow as PreviewWindow).cspViolations).to.deep.equal([]);
    const folder = `/embed-preview/${encodeChoice(choice)}/`;
    expect((await fetch(`${folder}cop-widgets.js`)).status).to.equal(404);
    expect((await fetch(`${folder}cop-widgets.css`)).status, 'no CSS when nothing is styled').to.equal(404);
    expect((await fetch('/embed-preview/not-a-choice/')).status).to.equal(400);
  });
});
