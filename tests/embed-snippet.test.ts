import { expect } from '@open-wc/testing';
import { buildSnippet } from '../demo/embed-snippet.mjs';

describe('the embed-code builder', () => {
  const base = {
    tag: 'cop-document-list',
    feedUrl: 'https://example.org/feeds/cwg-cop.json',
    scriptUrl: 'https://example.org/dist/cop-widgets.js',
    integrity: 'sha384-abc+/=',
  };

  it('writes the script with its integrity hash and the element with its choices', () => {
    expect(
      buildSnippet({
        ...base,
        lang: 'fr',
        presets: { meeting: 'cwg-cop-14', sort: '' },
        theme: 'dark',
        accent: '#7b1fa2',
      }),
    ).to.equal(
      [
        '<script type="module" src="https://example.org/dist/cop-widgets.js" integrity="sha384-abc+/=" crossorigin="anonymous"></script>',
        '<style>cop-document-list { --cop-color-accent: #7b1fa2; }</style>',
        '<cop-document-list src="https://example.org/feeds/cwg-cop.json" lang="fr" meeting="cwg-cop-14" theme="dark"></cop-document-list>',
      ].join('\n'),
    );
  });

  it('escapes what a person types, and refuses what an element does not take', () => {
    const snippet = buildSnippet({
      ...base,
      tag: 'cop-resource-directory',
      presets: { query: '"><script>alert(1)</script>' },
    });
    expect(snippet).to.contain('query="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(() => buildSnippet({ ...base, presets: { consultation: 'x' } })).to.throw(
      'no consultation preset',
    );
    expect(() => buildSnippet({ ...base, tag: 'script' })).to.throw('unknown element');
    expect(() => buildSnippet({ ...base, accent: 'red;}body{display:none' })).to.throw('#rrggbb');
  });
});
