import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { type FeedIssue, pointer, safeUrl, validateFeed } from '../src/feed/validate.js';

const file = (url = 'a.pdf') => ({ lang: 'en', url });
const doc = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: { en: `Title ${id}` },
  date: '2016-02-16',
  type: 'report',
  files: [file()],
  ...extra,
});
const feedWith = (lists: Record<string, unknown>) => ({ version: 1, ...lists });
const pointers = (issues: FeedIssue[]) => issues.map((issue) => issue.pointer);

function valid(input: unknown, baseUrl?: string) {
  const result = validateFeed(input, { baseUrl });
  if (!result.ok) throw new Error(`expected a usable feed: ${result.message}`);
  return result;
}

describe('validateFeed: the feed as a whole', () => {
  it('accepts a minimal feed and fills in what is optional', () => {
    const { feed, issues } = valid({ version: 1, documents: [doc('d1')] });
    expect(issues).to.deep.equal([]);
    expect(feed.defaultLanguage).to.equal('en');
    expect(feed.meetings).to.deep.equal([]);
    expect(feed.documents.map((d) => d.id)).to.deep.equal(['d1']);
  });

  for (const input of [null, [], 'feed', 7, true]) {
    it(`refuses ${JSON.stringify(input)}: a feed is an object`, () => {
      const result = validateFeed(input);
      expect(result.ok).to.equal(false);
      expect(pointers(result.issues)).to.deep.equal(['']);
    });
  }

  for (const version of [undefined, 2, '1', 0]) {
    it(`refuses version ${JSON.stringify(version)} with a clear message`, () => {
      const result = validateFeed({ version, documents: [doc('d1')] });
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.message).to.contain('version 1');
      expect(pointers(result.issues)).to.deep.equal(['/version']);
    });
  }

  it('refuses a feed with nothing usable, passing on why', () => {
    const empty = validateFeed({ version: 1, topics: [{ id: 't', label: 'T' }] });
    expect(empty.ok).to.equal(false);
    const broken = validateFeed({ version: 1, documents: [{ id: 'd' }] });
    expect(broken.ok).to.equal(false);
    expect(pointers(broken.issues)).to.include('/documents/0/title');
  });

  it('drops bad header fields with an issue and keeps the feed', () => {
    const { feed, issues } = valid({
      version: 1,
      defaultLanguage: 'not a tag',
      updated: '1/2/2018',
      title: '',
      documents: [doc('d')],
    });
    expect(feed.defaultLanguage).to.equal('en');
    expect(feed.updated).to.equal(undefined);
    expect(pointers(issues)).to.deep.equal(['/defaultLanguage', '/title', '/updated']);
  });

  it('reports a list that is not a list', () => {
    const { issues } = valid({ version: 1, meetings: { id: 'm' }, documents: [doc('d')] });
    expect(pointers(issues)).to.deep.equal(['/meetings']);
  });

  it('ignores unknown fields (forward compatible)', () => {
    const { feed, issues } = valid({ version: 1, future: true, documents: [doc('d', { rating: 5 })] });
    expect(issues).to.deep.equal([]);
    expect(feed.documents[0]).not.to.have.property('rating');
  });
});

describe('validateFeed: item by item', () => {
  it('drops a bad item with a pointer to the field, and keeps the rest', () => {
    const { feed, issues } = valid(
      feedWith({
        documents: [
          doc('a'),
          doc('b', { title: undefined }),
          doc('c', { type: 'memo' }),
          doc('d', { date: '2016-13-01' }),
        ],
      }),
    );
    expect(feed.documents.map((d) => d.id)).to.deep.equal(['a']);
    expect(pointers(issues)).to.deep.equal(['/documents/1/title', '/documents/2/type', '/documents/3/date']);
    expect(issues[1]?.message).to.contain('memo');
  });

  it('keeps the first of duplicate ids', () => {
    const { feed, issues } = valid(
      feedWith({ documents: [doc('a', { symbol: 'first' }), doc('a', { symbol: 'second' })] }),
    );
    expect(feed.documents.map((d) => d.symbol)).to.deep.equal(['first']);
    expect(issues).to.deep.equal([
      {
        pointer: '/documents/1/id',
        message: 'Duplicate id "a": the item at /documents/0 has it already; this one is skipped.',
      },
    ]);
  });

  it('accepts text as a string or as an object of languages, and nothing else', () => {
    const topics = [
      { id: 'plain', label: 'Cyberbullying' },
      { id: 'six', label: { en: 'Cyberbullying', fr: 'Cyberharcèlement', 'zh-Hans': '网络欺凌' } },
      { id: 'empty', label: {} },
      { id: 'number', label: 5 },
      { id: 'html-is-text', label: '<img src=x onerror=alert(1)>' },
    ];
    const { feed, issues } = valid(feedWith({ topics, documents: [doc('d')] }));
    expect(feed.topics.map((t) => t.id)).to.deep.equal(['plain', 'six', 'html-is-text']);
    expect(feed.topics[2]?.label).to.equal('<img src=x onerror=alert(1)>');
    expect(pointers(issues)).to.deep.equal(['/topics/2/label', '/topics/3/label']);
  });

  it('requires a privacy notice on a youth consultation', () => {
    const consultation = {
      id: 'c',
      title: 'Ideas',
      audience: 'youth',
      endpoint: '/api/responses',
      questions: [{ id: 'q', type: 'text', label: 'Your idea' }],
    };
    const { issues, feed } = valid(
      feedWith({ consultations: [consultation, { ...consultation, id: 'd', privacy: 'We keep no names.' }] }),
    );
    expect(pointers(issues)).to.deep.equal(['/consultations/0/privacy']);
    expect(feed.consultations.map((c) => c.id)).to.deep.equal(['d']);
  });

  it('validates each question type by its own fields, skipping a bad question and not its consultation', () => {
    const questions = [
      { id: 'a', type: 'single', label: 'A', options: [{ value: 'x', label: 'X' }] },
      { id: 'b', type: 'single', label: 'B' },
      { id: 'c', type: 'scale', label: 'C', min: 5, max: 1 },
      { id: 'd', type: 'essay', label: 'D' },
      { id: 'e', type: 'consent', label: 'E', required: true },
    ];
    const { feed, issues } = valid(
      feedWith({
        documents: [doc('d')],
        consultations: [
          { id: 'c', title: 'T', audience: 'members', endpoint: 'https://example.org/r', questions },
        ],
      }),
    );
    expect(feed.consultations.map((c) => c.questions.map((q) => q.id))).to.deep.equal([['a', 'e']]);
    expect(pointers(issues)).to.deep.equal([
      '/consultations/0/questions/1/options',
      '/consultations/0/questions/2',
      '/consultations/0/questions/3/type',
    ]);
  });
});

describe('validateFeed: bad questions (CONTRACT §3)', () => {
  const consultation = (questions: unknown[], extra: Record<string, unknown> = {}) =>
    feedWith({
      consultations: [
        { id: 'c', title: 'T', audience: 'public', endpoint: 'https://example.org/r', questions, ...extra },
        {
          id: 'other',
          title: 'O',
          audience: 'public',
          endpoint: 'https://example.org/r',
          questions: [text('q')],
        },
      ],
    });
  const text = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    type: 'text',
    label: id,
    ...extra,
  });
  const messages = (issues: FeedIssue[]) => issues.map((issue) => `${issue.pointer}: ${issue.message}`);

  it('skips each bad question with its issue, and keeps the consultation and its other questions', () => {
    const option = { value: 'x', label: 'X' };
    const { feed, issues } = valid(
      consultation([
        text('first'),
        { id: 'rank', type: 'ranking', label: 'Order these', options: [option] },
        null,
        'a question?',
        [text('nested')],
        { id: 'one', type: 'single', label: 'One' },
        { id: 'many', type: 'multiple', label: 'Many', options: [] },
        { id: 'age', type: 'age-band', label: 'Age' },
        { id: 'flat', type: 'scale', label: 'Flat', min: 3, max: 3 },
        { id: 'upside-down', type: 'scale', label: 'Upside down', min: 5, max: 1 },
        { id: 'no-type', label: 'No type' },
        { type: 'text' },
        text('last', { required: true }),
      ]),
    );
    expect(feed.consultations.map((c) => c.id)).to.deep.equal(['c', 'other']);
    expect(feed.consultations[0]?.questions).to.deep.equal([text('first'), text('last', { required: true })]);
    expect(messages(issues)).to.deep.equal([
      '/consultations/0/questions/1/type: Unknown question type "ranking" (this version of the library knows single, multiple, text, long-text, scale, age-band, consent, section): the question "rank" is skipped.',
      '/consultations/0/questions/2: A question is an object; this is null: it is skipped.',
      '/consultations/0/questions/3: A question is an object; this is "a question?": it is skipped.',
      '/consultations/0/questions/4: A question is an object; this is a list: it is skipped.',
      '/consultations/0/questions/5/options: Invalid key: Expected "options" but received undefined: the question "one" is skipped.',
      '/consultations/0/questions/6/options: give at least one option: the question "many" is skipped.',
      '/consultations/0/questions/7/options: Invalid key: Expected "options" but received undefined: the question "age" is skipped.',
      '/consultations/0/questions/8: a scale needs min < max, at most 20 steps apart: the question "flat" is skipped.',
      '/consultations/0/questions/9: a scale needs min < max, at most 20 steps apart: the question "upside-down" is skipped.',
      '/consultations/0/questions/10/type: a question\'s type is one of single, multiple, text, long-text, scale, age-band, consent, section: the question "no-type" is skipped.',
      '/consultations/0/questions/11/id: Invalid key: Expected "id" but received undefined: the question is skipped.',
      '/consultations/0/questions/11/label: Invalid key: Expected "label" but received undefined: the question is skipped.',
    ]);
  });

  it('never shows a question whose showIf names a skipped or refused question, as the form cannot meet it', () => {
    const { feed, issues } = valid(
      consultation(
        [
          { id: 'platform', type: 'single', label: 'Platform' },
          { id: 'email', type: 'text', label: 'Your e-mail' },
          text('which', { showIf: { question: 'platform', equals: 'other' } }),
          text('why', { showIf: { question: 'email', in: ['x'] } }),
          text('platform', { label: 'A second "platform"' }),
          text('idea'),
        ],
        { audience: 'youth', privacy: 'We keep no names.' },
      ),
    );
    const questions = feed.consultations[0]?.questions ?? [];
    // The conditions stay: they name questions that are not there, so the form never shows them.
    expect(questions.map((q) => [q.id, q.showIf?.question])).to.deep.equal([
      ['which', 'platform'],
      ['why', 'email'],
      ['idea', undefined],
    ]);
    expect(messages(issues).slice(2)).to.deep.equal([
      '/consultations/0/questions/2/showIf/question: showIf names "platform", which is skipped: the question is never shown.',
      '/consultations/0/questions/3/showIf/question: showIf names "email", which is skipped: the question is never shown.',
      '/consultations/0/questions/4/id: Duplicate question id "platform"; this one is skipped.',
    ]);
    expect(pointers(issues).slice(0, 2)).to.deep.equal([
      '/consultations/0/questions/0/options',
      '/consultations/0/questions/1/id',
    ]);
  });

  it('leaves out a consultation that has no question left', () => {
    const { feed, issues } = valid(consultation([{ id: 'future', type: 'ranking', label: 'R' }, null]));
    expect(feed.consultations.map((c) => c.id)).to.deep.equal(['other']);
    expect(pointers(issues)).to.deep.equal([
      '/consultations/0/questions/0/type',
      '/consultations/0/questions/1',
      '/consultations/0',
    ]);
    expect(issues[2]?.message).to.equal('The consultation has no question left to show; it is skipped.');
  });

  it('still leaves out a consultation whose own fields are wrong, whatever its questions', () => {
    const { feed, issues } = valid(consultation([null], { audience: 'everyone' }));
    expect(feed.consultations.map((c) => c.id)).to.deep.equal(['other']);
    expect(pointers(issues)).to.deep.equal(['/consultations/0/audience']);
  });
});

describe('validateFeed: addresses', () => {
  const base = 'https://feeds.example.org/cop/feed.json';

  it('resolves relative addresses against the feed URL', () => {
    const { feed } = valid(
      feedWith({
        documents: [
          doc('d', { files: [file('files/a.pdf'), file('/root.pdf'), file('//cdn.example.org/b.pdf')] }),
        ],
        resources: [{ id: 'r', title: 'R', url: '../r.html', scope: 'national', kind: 'tool' }],
        consultations: [
          {
            id: 'c',
            title: 'T',
            audience: 'public',
            endpoint: 'api',
            questions: [{ id: 'q', type: 'text', label: 'Q' }],
          },
        ],
      }),
      base,
    );
    expect(feed.documents[0]?.files.map((f) => f.url)).to.deep.equal([
      'https://feeds.example.org/cop/files/a.pdf',
      'https://feeds.example.org/root.pdf',
      'https://cdn.example.org/b.pdf',
    ]);
    expect(feed.resources[0]?.url).to.equal('https://feeds.example.org/r.html');
    expect(feed.consultations[0]?.endpoint).to.equal('https://feeds.example.org/cop/api');
  });

  it('never keeps a javascript:, data: or other non-http address', () => {
    const bad = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      'ftp://x.org/a',
      'http://[::1',
    ];
    const { feed, issues } = valid(
      feedWith({
        documents: [
          doc('keep', { files: [file('ok.pdf'), ...bad.map(file)] }),
          doc('all-bad', { files: [file(bad[0])] }),
        ],
        resources: bad.map((url, i) => ({ id: `r${i}`, title: 'R', url, scope: 'national', kind: 'tool' })),
        consultations: [
          {
            id: 'c',
            title: 'T',
            audience: 'public',
            endpoint: 'javascript:void(0)',
            questions: [{ id: 'q', type: 'text', label: 'Q' }],
          },
        ],
      }),
      base,
    );
    expect(feed.documents.map((d) => d.id)).to.deep.equal(['keep']);
    expect(feed.documents[0]?.files.map((f) => f.url)).to.deep.equal([
      'https://feeds.example.org/cop/ok.pdf',
    ]);
    expect(feed.resources).to.deep.equal([]);
    expect(feed.consultations).to.deep.equal([]);
    expect(pointers(issues)).to.include.members([
      '/documents/0/files/1/url',
      '/documents/1',
      '/resources/0/url',
      '/consultations/0/endpoint',
    ]);
  });

  it('keeps relative addresses relative when there is no base, checking them all the same', () => {
    expect(safeUrl('files/a.pdf', undefined)).to.equal('files/a.pdf');
    expect(safeUrl('javascript:alert(1)', undefined)).to.equal(undefined);
    expect(safeUrl('https://x.org/a', undefined)).to.equal('https://x.org/a');
  });

  it('returns an address unparsed only when the URL parser would give back the same text', () => {
    // safeUrl skips `new URL()` for addresses already in canonical form (a speed-up for feeds with
    // tens of thousands of files): whatever it returns must equal the parser's href.
    const piece = (chars: string) =>
      fc.array(fc.constantFrom(...chars.split('')), { maxLength: 12 }).map((list) => list.join(''));
    const tricky = fc.constantFrom(
      '.',
      '..',
      '%2e',
      '%2E',
      'xn--',
      '-',
      '1',
      ':443',
      ':80',
      '@',
      '\\',
      '#',
      ' ',
      'É',
    );
    const part = fc.oneof(piece('abcz09-.'), tricky);
    const address = fc
      .tuple(
        fc.constantFrom('https://', 'http://', 'HTTPS://', 'ftp://', 'https:'),
        fc.array(part, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(
          '',
          '/',
          '/a',
          '/./',
          '/../b',
          '/x/.',
          '/%2e%2E/',
          '/a?b=c&d',
          '/a?.',
          '/(x)*!$;,@:~+',
        ),
        fc.array(fc.oneof(part, fc.constantFrom('/', '?', '=', '&', '%41', '%zz')), { maxLength: 5 }),
      )
      .map(([scheme, host, path, rest]) => scheme + host.join('') + path + rest.join(''));
    const parsed = (raw: string): string | undefined => {
      try {
        const url = new URL(raw, 'https://feed.example/dir/');
        return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
      } catch {
        return undefined;
      }
    };
    fc.assert(
      fc.property(address, (raw) => {
        expect(safeUrl(raw, 'https://feed.example/dir/'), raw).to.equal(parsed(raw));
      }),
      { numRuns: 3000 },
    );
    for (const raw of [
      'https://www.itu.int/md/S6/en',
      'https://1.2.3/a',
      'https://a.b.4/x',
      'https://x.org:443/a',
      'https://x.org/a/../b',
      'https://x.org/a/%2E/b',
      'https://xn--nxasmq6b.com/a',
      'https://x.org/a b',
    ]) {
      expect(safeUrl(raw, 'https://feed.example/dir/'), raw).to.equal(parsed(raw));
    }
  });
});

describe('validateFeed: references between items', () => {
  const meetings = [
    { id: 'm9', date: '2015-01-23' },
    { id: 'm10', date: '2015-09-30' },
  ];
  const topics = [{ id: 'cyberbullying', label: 'Cyberbullying' }];

  it('drops dangling references with an issue, and an item left without meetings', () => {
    const { feed, issues } = valid({
      version: 1,
      meetings,
      topics,
      documents: [doc('d1', { meeting: 'm99', topics: ['cyberbullying', 'nope'] })],
      recommendations: [
        { id: 'r1', meetings: ['m9', 'm42'], text: 'Kept', topics: ['nope'], documents: ['d1', 'ghost'] },
        { id: 'r2', meetings: ['m42'], text: 'Dropped' },
      ],
      resources: [
        {
          id: 'res',
          title: 'R',
          url: 'https://x.org',
          scope: 'international',
          kind: 'tool',
          topics: ['gone'],
        },
      ],
      consultations: [
        {
          id: 'c',
          title: 'T',
          audience: 'members',
          endpoint: 'https://x.org/r',
          document: 'ghost',
          questions: [
            { id: 'q1', type: 'text', label: 'Q1', showIf: { question: 'q2', equals: 'x' } },
            { id: 'q2', type: 'single', label: 'Q2', options: [{ value: 'x', label: 'X' }] },
            { id: 'q3', type: 'text', label: 'Q3', showIf: { question: 'q2', in: ['x'] } },
            { id: 'q2', type: 'text', label: 'again' },
          ],
        },
      ],
    });
    expect(feed.recommendations.map((r) => r.id)).to.deep.equal(['r1']);
    expect(feed.recommendations[0]).to.include({});
    expect(feed.recommendations[0]?.meetings).to.deep.equal(['m9']);
    expect(feed.recommendations[0]?.topics).to.deep.equal([]);
    expect(feed.recommendations[0]?.documents).to.deep.equal(['d1']);
    expect(feed.documents[0]?.meeting).to.equal(undefined);
    expect(feed.documents[0]?.topics).to.deep.equal(['cyberbullying']);
    expect(feed.resources[0]?.topics).to.deep.equal([]);
    expect(feed.consultations[0]?.document).to.equal(undefined);
    expect(feed.consultations[0]?.questions.map((q) => [q.id, q.showIf !== undefined])).to.deep.equal([
      ['q1', false],
      ['q2', false],
      ['q3', true],
    ]);
    expect(pointers(issues)).to.deep.equal([
      '/recommendations/0/meetings',
      '/recommendations/0/topics',
      '/recommendations/0/documents',
      '/recommendations/1/meetings',
      '/recommendations/1',
      '/documents/0/topics',
      '/documents/0/meeting',
      '/resources/0/topics',
      '/consultations/0/document',
      '/consultations/0/questions/0/showIf/question',
      '/consultations/0/questions/3/id',
    ]);
  });
});

describe('validateFeed: hostile input', () => {
  it('never lets __proto__ or constructor reach a prototype', () => {
    const text =
      '{"version":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},' +
      '"topics":[{"id":"t","label":{"en":"T","__proto__":"x"}},{"id":"u","label":"U","__proto__":{"polluted":3}}],' +
      '"documents":[{"id":"d","title":"D","date":"2016-01-01","type":"other","files":[{"lang":"en","url":"a.pdf","__proto__":{"polluted":4}}]}]}';
    const { feed, issues } = valid(JSON.parse(text));
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(Object.getPrototypeOf(feed.topics[0]!)).to.equal(Object.prototype);
    expect(Object.getPrototypeOf(feed.documents[0]!.files[0]!)).to.equal(Object.prototype);
    // Such keys are skipped silently by the model (valibot never copies them).
    expect(feed.topics.map((t) => t.label)).to.deep.equal([{ en: 'T' }, 'U']);
    expect(issues).to.deep.equal([]);
    for (const value of [
      feed,
      feed.topics[0],
      feed.topics[0]!.label,
      feed.topics[1],
      feed.documents[0]!.files[0],
    ]) {
      expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).to.equal(false);
      expect(Object.prototype.hasOwnProperty.call(value, 'constructor')).to.equal(false);
    }
  });

  it('escapes JSON Pointer segments', () => {
    expect(pointer('a/b', 'm~n', 3)).to.equal('/a~1b/m~0n/3');
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = validateFeed(value);
        return typeof result.ok === 'boolean' && Array.isArray(result.issues);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on feed-shaped objects with wrong values anywhere', () => {
    const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined));
    const item = fc.dictionary(
      fc.constantFrom(
        'id',
        'title',
        'date',
        'type',
        'files',
        'meetings',
        'text',
        'url',
        'scope',
        'kind',
        'questions',
        'topics',
        'label',
        'meeting',
        '__proto__',
      ),
      anyValue,
    );
    const feedArbitrary = fc.record({
      version: fc.constantFrom(1, 1, 1, 2),
      topics: fc.array(item, { maxLength: 4 }),
      meetings: fc.array(item, { maxLength: 4 }),
      recommendations: fc.array(item, { maxLength: 4 }),
      documents: fc.array(item, { maxLength: 4 }),
      resources: fc.array(item, { maxLength: 4 }),
      consultations: fc.array(item, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(feedArbitrary, (input) => {
        const result = validateFeed(input, { baseUrl: 'https://example.org/f.json' });
        return result.issues.every((issue) => typeof issue.pointer === 'string' && issue.message.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('copes with deep nesting, huge strings and huge lists in reasonable time', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5000; i++) deep = { en: deep };
    const huge = 'x'.repeat(5_000_000);
    const many = Array.from({ length: 20_000 }, (_, i) => doc(`d${i}`));
    const start = performance.now();
    const result = validateFeed({
      version: 1,
      title: deep,
      documents: [...many, doc('big', { title: huge })],
      topics: [{ id: 't', label: deep }],
    });
    const took = performance.now() - start;
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.feed.documents).to.have.length(20_000);
    expect(pointers(result.issues)).to.deep.equal(['/title', '/topics/0/label', '/documents/20000/title']);
    // A generous bound: this guards against a hang, not a benchmark (see bench/).
    expect(took).to.be.below(5000);
  });

  it('parses truncated JSON only through JSON.parse, never half a feed', async () => {
    const text = await (await fetch('/tests/fixtures/small-feed.json')).text();
    const { parseFeed, FeedError } = await import('../src/feed/load.js');
    for (let cut = 1; cut < text.length; cut += 37) {
      try {
        parseFeed(text.slice(0, cut), undefined);
        throw new Error(`a feed cut at ${cut} was accepted`);
      } catch (error) {
        expect(error).to.be.instanceOf(FeedError);
        expect((error as InstanceType<typeof FeedError>).code).to.be.oneOf(['invalid-json', 'invalid-feed']);
      }
    }
  });
});

describe('validateFeed: suggestUrl', () => {
  it('resolves it against the feed URL and refuses anything but http(s)', () => {
    const documents = [
      { id: 'd', title: 'D', date: '2016-01-01', type: 'other', files: [{ lang: 'en', url: 'a.pdf' }] },
    ];
    const kept = validateFeed(
      { version: 1, suggestUrl: 'suggest.html', documents },
      { baseUrl: 'https://x.org/f/feed.json' },
    );
    expect(kept.ok && kept.feed.suggestUrl).to.equal('https://x.org/f/suggest.html');
    const refused = validateFeed({ version: 1, suggestUrl: 'javascript:alert(1)', documents });
    expect(refused.ok && refused.feed.suggestUrl).to.equal(undefined);
    expect(refused.issues.map((issue) => issue.pointer)).to.deep.equal(['/suggestUrl']);
  });
});

describe('validateFeed: a consultation’s contact (CONTRACT §3)', () => {
  const withContacts = (...contacts: unknown[]) =>
    feedWith({
      consultations: contacts.map((contact, i) => ({
        id: `c${i}`,
        title: 'T',
        audience: 'youth',
        endpoint: 'https://answers.example.org/r',
        privacy: 'We never ask for your name.',
        contact,
        questions: [{ id: 'q', type: 'text', label: 'Q' }],
      })),
    });

  it('keeps an https: page (resolving a relative one against the feed URL) and a mailto: address as given', () => {
    const contacts = [
      'https://www.itu.int/en/council/cwg-cop/Pages/default.aspx',
      'privacy.html',
      '//privacy.example.org/',
      'mailto:privacy@example.org',
      'MAILTO:Privacy@Example.org?subject=Answers&body=Hello',
      'mailto:d%C3%A9l%C3%A9gu%C3%A9@example.org',
    ];
    const { feed, issues } = valid(withContacts(...contacts), 'https://feeds.example.org/cop/feed.json');
    expect(issues).to.deep.equal([]);
    expect(feed.consultations.map((c) => c.contact)).to.deep.equal([
      'https://www.itu.int/en/council/cwg-cop/Pages/default.aspx',
      'https://feeds.example.org/cop/privacy.html',
      'https://privacy.example.org/',
      'mailto:privacy@example.org',
      'MAILTO:Privacy@Example.org?subject=Answers&body=Hello',
      'mailto:d%C3%A9l%C3%A9gu%C3%A9@example.org',
    ]);
    // Without a base (a file checked by the command), a relative page stays relative.
    expect(valid(withContacts('privacy.html')).feed.consultations[0]?.contact).to.equal('privacy.html');
  });

  it('drops any other contact with an issue, and keeps its consultation', () => {
    const bad = [
      'http://www.itu.int/en/council/cwg-cop/Pages/default.aspx',
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<p>hi</p>',
      'ftp://x.org/a',
      'tel:+41227305111',
      'mailto:',
      'mailto:privacy',
      'mailto:a@example.org,b@example.org',
      'mailto:a@example.org;b@example.org',
      'mailto:<a@example.org>',
      'mailto:a b@example.org',
      'mailto:a@example.org#x',
    ];
    const { feed, issues } = valid(withContacts(...bad), 'https://feeds.example.org/cop/feed.json');
    expect(feed.consultations.map((c) => c.id)).to.deep.equal(bad.map((_, i) => `c${i}`));
    expect(feed.consultations.filter((c) => 'contact' in c)).to.deep.equal([]);
    expect(pointers(issues)).to.deep.equal(bad.map((_, i) => `/consultations/${i}/contact`));
    expect(issues[0]?.message).to.equal(
      'Not an https: page or a mailto: address: "http://www.itu.int/en/council/cwg-cop/Pages/default.aspx".',
    );
    // A relative page read from an http: feed is an http: page.
    const fromHttp = validateFeed(withContacts('privacy.html'), {
      baseUrl: 'http://feeds.example.org/f.json',
    });
    expect(fromHttp.issues.map((issue) => issue.message)).to.deep.equal([
      'Not an https: page or a mailto: address: "privacy.html".',
    ]);
  });

  it('leaves out a consultation whose contact is not a text, as for any field of the wrong form', () => {
    const { feed, issues } = valid(withContacts(7, '', 'mailto:privacy@example.org'));
    expect(feed.consultations.map((c) => c.id)).to.deep.equal(['c2']);
    expect(pointers(issues)).to.deep.equal(['/consultations/0/contact', '/consultations/1/contact']);
  });
});
