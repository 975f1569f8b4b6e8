import { expect, oneEvent } from '@open-wc/testing';
import '../src/elements/document-list/define.js';
import { matchesQuery } from '../src/i18n/search.js';
import { countText, search, titles } from './helpers/document-list.js';

// The document list folds its search text many documents at a time (one normalization for a
// batch, cut apart at a separator), keyed by document. Whatever the batch holds, each document
// must match exactly as its own text folded alone would (src/i18n/search.ts, matchesQuery).

/** Texts where folding a batch could differ from folding each alone: edges, marks, case, separators. */
const TRICKY = [
  '  spaced out  ',
  '\u0301accent first',
  'ends in ΟΔΟΣ',
  'ΣΟΦΙΑ starts Greek',
  'ends in и\u0306',
  '\u0439 starts',
  'holds \uE000 the separator',
  '\uE000',
  '\t\n',
  'ﬁnal ligature ﬁ',
  'Ｆｕｌｌ width',
  'élève niño',
  'تَعْلِيم',
  'Ёлка',
  '数字技能（第1号）',
  '',
];

const number = (value: number) => new Intl.NumberFormat('en').format(value);

/** 700 documents (more than one batch), each title and summary built from the tricky texts. */
function feed() {
  const documents = Array.from({ length: 700 }, (_, i) => {
    const a = TRICKY[i % TRICKY.length]!;
    const b = TRICKY[(i * 7 + 3) % TRICKY.length]!;
    return {
      id: `d${String(i).padStart(3, '0')}`,
      title: { en: `${a} ${i}`, fr: b || 'vide', ru: `${b}${a}` || 'пусто' },
      ...(i % 3 === 0 ? {} : { summary: { en: `${b}${a}`, ar: a || 'فارغ' } }),
      symbol: i % 5 === 0 ? undefined : `CWG/${i}${a.slice(0, 2)}`,
      date: `2021-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      type: 'report',
      files: [{ lang: 'en', url: `https://docs.example.org/${i}.pdf`, format: 'pdf' }],
    };
  });
  return { version: 1, topics: [], meetings: [], documents };
}

type Raw = ReturnType<typeof feed>['documents'][number];
const textsOf = (value: Record<string, string> | undefined) => Object.values(value ?? {});
/** The documents matching `query`, each folded alone, newest first (then by id). */
function expected(documents: Raw[], query: string): Raw[] {
  return documents
    .filter((document) =>
      matchesQuery([document.symbol ?? '', ...textsOf(document.title), ...textsOf(document.summary)], query),
    )
    .sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1));
}

describe('<cop-document-list>: search text folded in batches', () => {
  afterEach(() => document.querySelectorAll('cop-document-list').forEach((element) => element.remove()));

  it('finds exactly what folding each document alone finds, for every tricky text', async () => {
    const data = feed();
    const element = document.createElement('cop-document-list');
    element.lang = 'en';
    element.feed = data;
    const loaded = oneEvent(element, 'cop-load');
    document.body.append(element);
    await loaded; // the whole feed in: true counts
    await element.updateComplete;
    const queries = [
      'spaced out',
      'accent',
      'οδος',
      'σοφια',
      'й',
      'и',
      'separator',
      'holds the',
      'final',
      'fi',
      'full',
      'eleve nino',
      'تعليم',
      'елка',
      '(第1号)',
      '1 2',
      'cwg/1',
      ' starts ',
    ];
    for (const query of queries) {
      await search(element, query);
      const want = expected(data.documents, query);
      const shown = Math.min(20, want.length);
      expect(countText(element), query).to.equal(
        want.length === 0
          ? 'No documents match.'
          : `Showing 1–${shown} of ${number(want.length)} document${want.length === 1 ? '' : 's'}`,
      );
      expect(titles(element), query).to.deep.equal(
        want.slice(0, 20).map((document) => document.title.en.trim()),
      );
    }
  });
});
