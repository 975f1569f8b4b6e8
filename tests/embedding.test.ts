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
    () => (frame.contentWindow as FrameWindow | null)?.copEvents?.length === 5,
    'all five elements loaded',
    {
      timeout: 15000,
    },
  );
  return frame;
}

describe('embedding under a strict Content-Security-Policy with Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const lang of ['en', 'ar']) {
    it(`renders all five elements with no policy violation (${lang})`, async () => {
      const frame = await strictPage(lang);
      const win = frame.contentWindow as FrameWindow;
      const doc = frame.contentDocument!;
      expect(win.copEvents.sort()).to.deep.equal(
        [
          'cop-consultation-form load 13',
          'cop-document-list load 11',
          'cop-recommendation-timeline load 19',
          'cop-resource-directory load 16',
          'cop-consultation-results load 7',
        ].sort(),
      );
      // The policy is really enforced in that page: a string cannot become markup.
      expect(() => {
        doc.body.insertAdjacentHTML('beforeend', '<b>x</b>');
      }).to.throw();
      for (const tag of [
        'cop-document-list',
        'cop-recommendation-timeline',
        'cop-resource-directory',
        'cop-consultation-form',
        'cop-consultation-results',
      ]) {
        const element = doc.querySelector(tag)!;
        expect(element.shadowRoot!.textContent!.trim().length, tag).to.be.above(100);
        expect(element.getAttribute('dir'), tag).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        // Styles arrive as constructed stylesheets, which a style-src 'self' policy allows.
        expect(element.shadowRoot!.adoptedStyleSheets.length, tag).to.be.above(0);
      }
      expect(win.cspViolations).to.deep.equal([]);
      // Nothing but the page's own origin was contacted, and no cookie was set.
      const origins = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin);
      expect([...new Set(origins)]).to.deep.equal([location.origin]);
      expect(doc.cookie).to.equal('');
    });
  }
});

describe('two copies of the library on one page', () => {
  it('defines each tag once, warns once naming both versions, and works', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'two copies';
    frame.src = '/test-embedding/two-copies.html';
    document.body.append(frame);
    type Win = Window & {
      booted?: boolean;
      loaded?: boolean;
      warnings: string[];
      errors: string[];
      sameClass: boolean;
      definedBy: string;
    };
    await waitUntil(
      () => (frame.contentWindow as Win | null)?.booted && (frame.contentWindow as Win).loaded,
      'booted and loaded',
      {
        timeout: 15000,
      },
    );
    const win = frame.contentWindow as Win;
    expect(win.sameClass, 'the copies are separate module graphs').to.equal(false);
    expect(win.definedBy).to.equal('first');
    expect(win.errors).to.deep.equal([]);
    const ours = win.warnings.filter((warning) => warning.startsWith('cop-widgets'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.match(
      /^cop-widgets \d+\.\d+\.\d+: <cop-[a-z-]+> is already defined by cop-widgets \d+\.\d+\.\d+, so this page loads cop-widgets twice/,
    );
    const element = frame.contentDocument!.querySelector('cop-document-list')!;
    expect(element.shadowRoot!.querySelectorAll('article').length).to.be.above(0);
    frame.remove();
  });
});

describe('a hostile feed', () => {
  const markup = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><b>bold</b>';
  const badUrls = [
    'javascript:window.pwned=3',
    'JaVaScRiPt:window.pwned=4',
    '\u0001javascript:window.pwned=5',
    ' \tjavascript:window.pwned=6',
    'data:text/html,<script>window.pwned=7</script>',
    'vbscript:msgbox(1)',
  ];
  const text = { en: markup, fr: markup };
  const hostile = () => ({
    version: 1,
    topics: [{ id: 't', label: text }],
    meetings: [{ id: 'm', number: 1, date: '2015-01-23', title: text, location: text }],
    recommendations: [{ id: 'r', meetings: ['m'], text, details: [text], topics: ['t'], documents: ['d'] }],
    documents: [
      {
        id: 'd',
        title: text,
        summary: text,
        date: '2015-01-23',
        type: 'report',
        meeting: 'm',
        topics: ['t'],
        files: [{ lang: 'en', url: 'ok.pdf' }, ...badUrls.map((url) => ({ lang: 'fr', url }))],
      },
      ...badUrls.map((url, i) => ({
        id: `bad${i}`,
        title: text,
        date: '2015-01-23',
        type: 'report',
        files: [{ lang: 'en', url }],
      })),
    ],
    resources: [
      {
        id: 'ok',
        title: text,
        description: text,
        url: 'https://example.org/',
        scope: 'national',
        countries: ['FR'],
        kind: 'tool',
        topics: ['t'],
      },
      ...badUrls.map((url, i) => ({ id: `bad${i}`, title: text, url, scope: 'national', kind: 'tool' })),
    ],
    consultations: [
      {
        id: 'c',
        title: text,
        description: text,
        audience: 'public',
        opens: '2020-01-01T00:00:00Z',
        closes: '2099-01-01T00:00:00Z',
        endpoint: '/api/responses',
        questions: [
          { id: 'q1', type: 'section', label: text, help: text },
          { id: 'q2', type: 'single', label: text, options: [{ value: 'a', label: text }] },
          { id: 'q3', type: 'text', label: text },
        ],
      },
      ...badUrls.map((url, i) => ({
        id: `bad${i}`,
        title: text,
        audience: 'public',
        endpoint: url,
        questions: [{ id: 'q', type: 'text', label: text }],
      })),
    ],
    // Results of consultation "c": its title, option label and the group's summary are shown.
    results: [
      {
        consultation: 'c',
        updated: '2021-01-01T00:00:00Z',
        responses: 12,
        minimumCount: 5,
        questions: [
          { question: 'q2', answered: 12, counts: { a: 12 } },
          { question: 'q3', answered: 7 },
        ],
        summary: text,
      },
    ],
  });

  afterEach(() => document.querySelectorAll('.hostile').forEach((holder) => holder.remove()));

  for (const tag of [
    'cop-document-list',
    'cop-recommendation-timeline',
    'cop-resource-directory',
    'cop-consultation-form',
    'cop-consultation-results',
  ]) {
    it(`${tag} shows markup as text and never links a javascript:, data: or vbscript: address`, async () => {
      await import('../src/cop-widgets.js');
      const holder = document.createElement('div');
      holder.className = 'hostile';
      document.body.append(holder);
      const element = document.createElement(tag) as HTMLElement & {
        feed: unknown;
        updateComplete: Promise<boolean>;
      };
      const loaded = new Promise<CustomEvent>((resolve) =>
        element.addEventListener('cop-load', (event) => resolve(event as CustomEvent)),
      );
      // A feed arrives as JSON: JSON.parse makes "__proto__" an own key, as in an attacker's feed.
      element.feed = JSON.parse(
        JSON.stringify(hostile()).replace('"version":1', '"version":1,"__proto__":{"polluted":true}'),
      );
      holder.append(element);
      const event = await loaded;
      await element.updateComplete;
      const root = element.shadowRoot!;
      expect(root.querySelector('img, script, b'), 'markup from the feed became elements').to.equal(null);
      expect(root.textContent).to.contain('<b>bold</b>');
      for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        expect(['http:', 'https:', 'blob:'], link.href).to.include(new URL(link.href).protocol);
      }
      expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      expect(event.detail.issues.length).to.be.above(0);
    });
  }
});
