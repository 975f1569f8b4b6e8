import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { CHECKED, FAILED, FROM_MODEL } from './helpers/feed-checks.js';
import { FeedIngest, validateFeed } from '../src/feed/validate.js';
import { documentsAt, idFingerprint, partialFeed } from '../src/feed/read-ahead.js';

/** Values near a list item's shape: right and wrong types, empty, long, odd keys, nested. */
const text = fc.oneof(
  fc.constantFrom('', 'x', 'Report', 'a'.repeat(201), 'https://example.org/a.pdf', 'javascript:alert(1)'),
  fc.string(),
);
const scalar = fc.oneof(text, fc.integer({ min: -3, max: 3 }), fc.double(), fc.boolean(), fc.constant(null));
const localized = fc.oneof(
  text,
  fc.dictionary(fc.constantFrom('en', 'fr', 'zh-Hans', 'x', '__proto__', 'constructor', '1'), scalar, {
    maxKeys: 3,
  }),
  fc.constant({}),
);
const fieldValue = fc.oneof(
  scalar,
  localized,
  fc.array(text, { maxLength: 3 }),
  fc.constantFrom(
    '2016-02-16',
    '2016-13-01',
    'report',
    'national',
    'africa',
    'case-study',
    'pdf',
    'en',
    'EG',
    'scale',
    'text',
    'youth',
    '2026-11-01T00:00:00Z',
    '2026-W45',
  ),
);
/** A valid item of each list, to change a field or two of. */
const VALID: Record<string, Record<string, unknown>> = {
  topics: { id: 't1', label: { en: 'Privacy', fr: 'Vie privée' } },
  meetings: { id: 'm1', number: 3, date: '2016-02-16', title: 'Third', location: { en: 'Geneva' } },
  recommendations: { id: 'r1', meetings: ['m1'], text: { en: 'Do it' }, kind: 'decision', topics: ['t1'] },
  documents: {
    id: 'd1',
    symbol: 'CWG/1',
    title: { en: 'Report', 'zh-Hans': '报告' },
    date: '2016-02-16',
    type: 'report',
    topics: ['t1'],
    files: [
      { lang: 'en', url: 'https://example.org/a.pdf', format: 'pdf', bytes: 10 },
      { lang: 'fr', url: 'a.pdf' },
    ],
  },
  resources: {
    id: 's1',
    title: 'Helpline',
    url: 'https://example.org/',
    scope: 'national',
    countries: ['EG'],
    kind: 'helpline',
    languages: ['ar'],
  },
  consultations: {
    id: 'c1',
    title: { en: 'Consultation' },
    audience: 'youth',
    opens: '2026-11-01T00:00:00Z',
    endpoint: 'https://example.org/answers',
    privacy: 'We keep nothing',
    questions: [{ id: 'q1' }],
  },
  question: {
    id: 'q1',
    type: 'single',
    label: { en: 'Pick one' },
    required: true,
    showIf: { question: 'q0', in: ['x', 2] },
    options: [{ value: 'a', label: 'A' }],
  },
  results: {
    consultation: 'c1',
    updated: '2026-11-01T00:00:00Z',
    responses: 12,
    minimumCount: 5,
    byLanguage: { en: 7, fr: null },
    byWeek: [{ week: '2026-W45', responses: 12 }],
    questions: [{ question: 'q1', answered: 10, counts: { a: 6, b: null } }],
  },
};
/** The feed's own fields: values, not objects. */
const HEADER_FIELDS = ['defaultLanguage', 'title', 'updated', 'suggestUrl'];
const itemOf = (name: string) => {
  const valid = VALID[name] ?? {};
  const keys = [...Object.keys(valid), 'extra'];
  return fc
    .record({
      drop: fc.subarray(keys, { maxLength: 2 }),
      change: fc.dictionary(fc.constantFrom(...keys), fieldValue, { maxKeys: 2 }),
      fileChange: fc.dictionary(fc.constantFrom('lang', 'url', 'format', 'bytes', 'x'), fieldValue, {
        maxKeys: 1,
      }),
    })
    .map(({ drop, change, fileChange }) => {
      const value = structuredClone(
        Object.fromEntries(Object.entries(valid).filter(([key]) => !drop.includes(key))),
      );
      Object.assign(value, structuredClone(change));
      if (Array.isArray(value['files']) && value['files'].length > 0)
        Object.assign(value['files'][0] as object, fileChange);
      return JSON.parse(JSON.stringify(value)) as unknown;
    });
};
const anyItem = (name: string) =>
  HEADER_FIELDS.includes(name)
    ? fc.oneof(fieldValue, fc.constantFrom('x', 'fr', 'zh-Hans', '2016-02-16', 'https://example.org/'))
    : fc.oneof({ weight: 8, arbitrary: itemOf(name) }, scalar, fc.array(scalar, { maxLength: 2 }));

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
};

describe('generated checks: the same answer as valibot, from the one model', () => {
  for (const [name, [schema, check]] of Object.entries(CHECKED)) {
    it(`${name}: passes what valibot passes, with the same output, read in place`, () => {
      let passed = 0;
      fc.assert(
        fc.property(anyItem(name), (value) => {
          const expected = v.safeParse(schema, value);
          // Read in place: never written to (frozen), the same output as valibot's copy.
          const read = check(deepFreeze(structuredClone(value)));
          expect(read === FAILED).to.equal(!expected.success);
          // The same checks made from the schemas themselves (dist/cop-widgets.js').
          const fromModel = FROM_MODEL[name]!(deepFreeze(structuredClone(value)));
          expect(fromModel === FAILED).to.equal(!expected.success);
          if (expected.success) {
            passed++;
            expect(read).to.deep.equal(expected.output);
            expect(fromModel).to.deep.equal(expected.output);
          }
        }),
        { numRuns: 3000, seed: 20 },
      );
      expect(passed, 'some items pass').to.be.greaterThan(300);
    });
  }

  it('reads an item that needs no change in place, and copies one that does', () => {
    const check = CHECKED['documents']![1];
    const document = {
      id: 'd1',
      title: { en: 'T' },
      date: '2016-02-16',
      type: 'report',
      files: [{ lang: 'en', url: 'a' }],
    };
    expect(check(document)).to.equal(document);
    const withExtra = { ...document, extra: 1 };
    expect(check(withExtra)).to.deep.equal(document);
    const odd = { ...document, title: JSON.parse('{"en": "T", "__proto__": "x"}') as object };
    const output = check(odd) as typeof document;
    expect(output).not.to.equal(odd);
    expect(Object.keys(output.title)).to.deep.equal(['en']);
  });
});

describe('validateFeed: every list read by the compiled checks', () => {
  it('leaves the feed given as it was: the kept items are copies, their addresses and references set on the copy', () => {
    const input = {
      version: 1,
      topics: [{ id: 't1', label: 'Topic' }],
      meetings: [{ id: 'm1', date: '2016-02-16' }],
      recommendations: [{ id: 'r1', meetings: ['m1', 'gone'], text: 'Text', topics: ['t1', 'gone'] }],
      resources: [
        {
          id: 'x1',
          title: 'Resource',
          url: 'guide.html',
          scope: 'national',
          kind: 'tool',
          topics: ['t1', 'gone'],
        },
      ],
    };
    const before = structuredClone(input);
    const result = validateFeed(input, { baseUrl: 'https://example.org/feeds/feed.json' });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.feed.resources[0]!.url).to.equal('https://example.org/feeds/guide.html');
    expect(result.feed.resources[0]!.topics).to.deep.equal(['t1']);
    expect(result.feed.recommendations[0]!.meetings).to.deep.equal(['m1']);
    expect(input).to.deep.equal(before);
  });
});

describe('FeedIngest: the same outcome, whatever is read ahead', () => {
  const documents = Array.from({ length: 60 }, (_, i) => ({
    id: `d${i % 50}`,
    title: { en: `T${i}` },
    date: `20${10 + (i % 9)}-01-0${1 + (i % 9)}`,
    type: i % 7 === 0 ? 'nope' : 'report',
    meeting: i % 5 === 0 ? 'm9' : 'm1',
    topics: i % 4 === 0 ? ['t1', 'tx'] : ['t1'],
    files: [{ lang: 'en', url: i % 11 === 0 ? 'javascript:x' : `https://example.org/${i}.pdf` }],
  }));
  const feed = deepFreeze({
    version: 1,
    topics: [{ id: 't1', label: 'T' }],
    meetings: [{ id: 'm1', date: '2016-01-01' }],
    recommendations: [{ id: 'r1', meetings: ['m1'], text: 'R', documents: ['d1', 'd55'] }],
    documents,
  });
  const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
  const whole = validateFeed(feed, { baseUrl: 'https://example.org/' });
  const final = new Map(whole.ok ? whole.feed.documents.map((document) => [document.id, document]) : []);
  // What the document list's firstByDate fills in on its way through the documents.
  const fingerprints = Uint16Array.from(documents as unknown[], (document) => {
    const id = (document as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? idFingerprint(id) : 0;
  });

  it('reads ahead and in slices to what validateFeed gives (items, issues and their order)', () => {
    expect(whole.ok).to.equal(true);
    expect(whole.issues.length).to.be.greaterThan(10);
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat({ max: 59 }), { maxLength: 8 }), { maxLength: 6 }), (batches) => {
        const ingest = new FeedIngest(feed, { baseUrl: 'https://example.org/' });
        const seen = new Map<string, unknown>();
        for (const batch of batches) {
          for (const document of documentsAt(ingest, batch, fingerprints)) seen.set(document.id, document);
          // What is read so far, in order or ahead: each document once, as the whole feed keeps it.
          const sofar = partialFeed(ingest).documents;
          expect(sofar.map((document) => document.id)).to.deep.equal([
            ...new Set(sofar.map((document) => document.id)),
          ]);
          for (const document of sofar) expect(plain(document)).to.deep.equal(plain(final.get(document.id)));
          ingest.advance(-1);
        }
        while (!ingest.advance(-1));
        expect(plain(ingest.result)).to.deep.equal(plain(whole));
        // What was read ahead is what the whole feed keeps (the first valid document of each id).
        if (ingest.result?.ok) {
          const kept = new Map(ingest.result.feed.documents.map((document) => [document.id, document]));
          for (const [id, document] of seen) expect(plain(document)).to.deep.equal(plain(kept.get(id)));
        }
      }),
      { numRuns: 300, seed: 20 },
    );
  });
});
