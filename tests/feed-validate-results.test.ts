// The feed's `results` list (CONTRACT §6), as the validator reads it: entry by entry, checked
// against its consultation, and never a count below `minimumCount` kept as a number.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/feed/results.js'; // the results reader (validate.ts alone leaves results unread)
import { type FeedIssue, validateFeed } from '../src/feed/validate.js';

const option = (value: string) => ({ value, label: value });
const consultation = (id = 'youth-2027', questions?: unknown[]) => ({
  id,
  title: 'Youth consultation 2027',
  audience: 'public',
  endpoint: 'https://answers.example.org/responses',
  questions: questions ?? [
    { id: 'intro', type: 'section', label: 'About you' },
    { id: 'age', type: 'age-band', label: 'Age', options: ['13-15', '16-18'].map(option) },
    { id: 'heard', type: 'single', label: 'Heard', options: ['school', 'friends', 'other'].map(option) },
    { id: 'channels', type: 'multiple', label: 'Channels', options: ['games', 'video'].map(option) },
    { id: 'interest', type: 'scale', label: 'Interest', min: 1, max: 5 },
    { id: 'ideas', type: 'long-text', label: 'Ideas' },
    { id: 'consent', type: 'consent', label: 'I agree', required: true },
  ],
});

/** A clean entry for `consultation()`: every count at least 5, every group with 0 or 2+ nulls. */
const entry = (extra: Record<string, unknown> = {}) => ({
  consultation: 'youth-2027',
  updated: '2027-04-10T08:00:00Z',
  responses: 120,
  minimumCount: 5,
  byLanguage: { en: 70, fr: 40, ar: null, zh: null },
  byAgeBand: { '13-15': 64, '16-18': 56 },
  byWeek: [
    { week: '2027-W13', responses: 100 },
    { week: '2027-W14', responses: 20 },
  ],
  questions: [
    { question: 'age', answered: 120, counts: { '13-15': 64, '16-18': 56 } },
    { question: 'heard', answered: 118, counts: { school: 90, friends: null, other: null } },
    { question: 'channels', answered: 110, counts: { games: 80, video: 75 } },
    { question: 'interest', answered: 117, counts: { '1': null, '2': null, '3': 30, '4': 50, '5': 27 } },
    { question: 'ideas', answered: 61 },
  ],
  summary: { en: 'Most heard of the consultation at school.' },
  ...extra,
});

const feedWith = (results: unknown, consultations: unknown[] = [consultation()]) => ({
  version: 1,
  consultations,
  results,
});

function validate(input: unknown) {
  const result = validateFeed(input);
  if (!result.ok) throw new Error(`expected a usable feed: ${result.message}`);
  return result;
}
const pointers = (issues: FeedIssue[]) => issues.map((issue) => issue.pointer);

describe('validateFeed: results (CONTRACT §6)', () => {
  it('keeps a clean entry as it is, with no issue', () => {
    const { feed, issues } = validate(feedWith([entry()]));
    expect(issues).to.deep.equal([]);
    expect(feed.results).to.deep.equal([entry()]);
  });

  it('gives an empty list for a feed without results, and reports a results that is not a list', () => {
    expect(validate(feedWith(undefined)).feed.results).to.deep.equal([]);
    const { feed, issues } = validate(feedWith({ consultation: 'youth-2027' }));
    expect(feed.results).to.deep.equal([]);
    expect(issues).to.deep.equal([
      { pointer: '/results', message: '"results" must be a list; it is an object.' },
    ]);
  });

  it('skips a bad entry with its issue and keeps the others', () => {
    const { feed, issues } = validate(
      feedWith(
        [
          entry({ consultation: 'a', minimumCount: 3 }),
          entry({ consultation: 'b', responses: -1 }),
          entry({ consultation: 'c', updated: '10 April 2027' }),
          entry({ consultation: 'youth-2027' }),
        ],
        [consultation('a'), consultation('b'), consultation('c'), consultation()],
      ),
    );
    expect(feed.results.map((results) => results.consultation)).to.deep.equal(['youth-2027']);
    expect(pointers(issues)).to.deep.equal([
      '/results/0/minimumCount',
      '/results/1/responses',
      '/results/2/updated',
    ]);
    expect(issues[0]!.message).to.equal('minimumCount is at least 5');
  });

  it('keeps one entry per consultation: a second one is skipped', () => {
    const { feed, issues } = validate(feedWith([entry({ responses: 120 }), entry({ responses: 130 })]));
    expect(feed.results.map((results) => results.responses)).to.deep.equal([120]);
    expect(issues).to.deep.equal([
      {
        pointer: '/results/1/consultation',
        message:
          'Duplicate consultation "youth-2027": the item at /results/0 has it already; this one is skipped.',
      },
    ]);
  });

  it('skips the results of a consultation the feed does not have, or left out', () => {
    const leftOut = { ...consultation('left-out'), endpoint: 'javascript:alert(1)' };
    const { feed, issues } = validate(
      feedWith(
        [entry({ consultation: 'elsewhere' }), entry({ consultation: 'left-out' }), entry()],
        [leftOut, consultation()],
      ),
    );
    expect(feed.results.map((results) => results.consultation)).to.deep.equal(['youth-2027']);
    expect(issues.filter((issue) => issue.pointer.startsWith('/results'))).to.deep.equal([
      {
        pointer: '/results/0/consultation',
        message: 'Unknown consultation "elsewhere": its results are skipped.',
      },
      {
        pointer: '/results/1/consultation',
        message: 'Unknown consultation "left-out": its results are skipped.',
      },
    ]);
  });

  it('does not count results towards a usable feed: alone, they have no consultation', () => {
    const result = validateFeed(feedWith([entry()], []));
    expect(result.ok).to.equal(false);
    expect(pointers(result.issues)).to.deep.equal(['/results/0/consultation']);
  });

  it('drops the results of an unknown or repeated question, a consent and a section', () => {
    const questions = [
      { question: 'heard', answered: 118, counts: { school: 90, friends: 28, other: null } },
      { question: 'rank', answered: 50 },
      { question: 'heard', answered: 7 },
      { question: 'consent', answered: 120 },
      { question: 'intro', answered: 120 },
      { question: 'ideas', answered: 61 },
    ];
    const { feed, issues } = validate(feedWith([entry({ questions })]));
    expect(feed.results[0]!.questions.map((result) => result.question)).to.deep.equal(['heard', 'ideas']);
    expect(feed.results[0]!.questions[0]!.answered).to.equal(118);
    expect(issues).to.deep.equal([
      {
        pointer: '/results/0/questions/1/question',
        message: 'Unknown or repeated question ("rank"): its results are skipped.',
      },
      {
        pointer: '/results/0/questions/2/question',
        message: 'Unknown or repeated question ("heard"): its results are skipped.',
      },
      {
        pointer: '/results/0/questions/3/question',
        message: 'A consent question has no results to publish ("consent"): its results are skipped.',
      },
      {
        pointer: '/results/0/questions/4/question',
        message: 'A section question has no results to publish ("intro"): its results are skipped.',
      },
    ]);
  });

  it('never keeps counts of a free-text question, only how many answered it', () => {
    const questions = [{ question: 'ideas', answered: 61, counts: { 'Ban phones at night': 12, more: 49 } }];
    const { feed, issues } = validate(feedWith([entry({ questions })]));
    expect(feed.results[0]!.questions).to.deep.equal([{ question: 'ideas', answered: 61 }]);
    expect(issues).to.deep.equal([
      {
        pointer: '/results/0/questions/0/counts',
        message: "A long-text question's answers are free text, never published as counts: they are dropped.",
      },
    ]);
  });

  it('drops a count whose key is not an option of its question, or a value of its scale', () => {
    const questions = [
      { question: 'heard', answered: 118, counts: { school: 90, School: 10, 'a/b~c': 18 } },
      { question: 'channels', answered: 110, counts: { games: 80, music: 40 } },
      {
        question: 'interest',
        answered: 117,
        counts: { '0': 9, '1': 10, '3.5': 20, '5': 80, '6': 7, '05': 8 },
      },
    ];
    const { feed, issues } = validate(feedWith([entry({ questions })]));
    expect(feed.results[0]!.questions.map((result) => result.counts)).to.deep.equal([
      { school: 90 },
      { games: 80 },
      { '1': 10, '5': 80 },
    ]);
    // (JavaScript lists an object's integer keys first.)
    expect(issues.map((issue) => `${issue.pointer}: ${issue.message}`)).to.deep.equal([
      '/results/0/questions/0/counts/School: "School" is not an option of the question "heard": its count is dropped.',
      '/results/0/questions/0/counts/a~1b~0c: "a/b~c" is not an option of the question "heard": its count is dropped.',
      '/results/0/questions/1/counts/music: "music" is not an option of the question "channels": its count is dropped.',
      '/results/0/questions/2/counts/0: "0" is not a value of the scale "interest" (1 to 5): its count is dropped.',
      '/results/0/questions/2/counts/6: "6" is not a value of the scale "interest" (1 to 5): its count is dropped.',
      '/results/0/questions/2/counts/3.5: "3.5" is not a value of the scale "interest" (1 to 5): its count is dropped.',
      '/results/0/questions/2/counts/05: "05" is not a value of the scale "interest" (1 to 5): its count is dropped.',
    ]);
  });

  it('never keeps a count below minimumCount as a number: it becomes null, with an issue', () => {
    const input = entry({
      responses: 3,
      byLanguage: { en: 2, fr: 0, ar: null, es: 5 },
      byAgeBand: { '13-15': 4, '16-18': 6 },
      byWeek: [
        { week: '2027-W13', responses: 1 },
        { week: '2027-W14', responses: 5 },
      ],
      questions: [
        { question: 'heard', answered: 4, counts: { school: 4, friends: 0, other: null } },
        { question: 'interest', answered: 9, counts: { '1': 9, '2': 8 } },
      ],
      minimumCount: 9,
    });
    const { feed, issues } = validate(feedWith([input]));
    const kept = feed.results[0]!;
    expect(kept.responses).to.equal(null);
    expect(kept.byLanguage).to.deep.equal({ en: null, fr: null, ar: null, es: null });
    expect(kept.byAgeBand).to.deep.equal({ '13-15': null, '16-18': null });
    expect(kept.byWeek).to.deep.equal([
      { week: '2027-W13', responses: null },
      { week: '2027-W14', responses: null },
    ]);
    expect(kept.questions).to.deep.equal([
      { question: 'heard', answered: null, counts: { school: null, friends: null, other: null } },
      { question: 'interest', answered: 9, counts: { '1': 9, '2': null } },
    ]);
    expect(issues.map((issue) => `${issue.pointer}: ${issue.message}`)).to.deep.equal([
      '/results/0/responses: The count 3 is below minimumCount (9): it is read as null ("fewer than 9").',
      '/results/0/byLanguage/en: The count 2 is below minimumCount (9): it is read as null ("fewer than 9").',
      '/results/0/byLanguage/fr: The count 0 is below minimumCount (9): it is read as null ("fewer than 9").',
      '/results/0/byLanguage/es: The count 5 is below minimumCount (9): it is read as null ("fewer than 9").',
      '/results/0/byWeek/0/responses: The count 1 is below minimumCount (9): it is read as null ("fewer than 9").',
      '/results/0/byWeek/1/responses: The count 5 is below minimumCount (9): it is read as null ("fewer than 9").',
      '/results/0/byAgeBand/13-15: The count 4 is below minimumCount (9): it is read as null ("fewer than 9").',
      '/results/0/byAgeBand/16-18: The count 6 is below minimumCount (9): it is read as null ("fewer than 9").',
      '/results/0/questions/0/answered: The count 4 is below minimumCount (9): it is read as null ("fewer than 9").',
      '/results/0/questions/0/counts/school: The count 4 is below minimumCount (9): it is read as null ("fewer than 9").',
      '/results/0/questions/0/counts/friends: The count 0 is below minimumCount (9): it is read as null ("fewer than 9").',
      '/results/0/questions/1/counts/2: The count 8 is below minimumCount (9): it is read as null ("fewer than 9").',
    ]);
  });

  it('keeps byAgeBand to the bands of the consultation’s age-band question', () => {
    const { feed, issues } = validate(
      feedWith([entry({ byAgeBand: { '13-15': 64, '16-18': 50, '19-24': 6 } })]),
    );
    expect(feed.results[0]!.byAgeBand).to.deep.equal({ '13-15': 64, '16-18': 50 });
    expect(issues).to.deep.equal([
      {
        pointer: '/results/0/byAgeBand/19-24',
        message: '"19-24" is not an option of the question "age": its count is dropped.',
      },
    ]);

    const noAge = consultation('youth-2027', [{ id: 'ideas', type: 'long-text', label: 'Ideas' }]);
    const without = validate(
      feedWith([entry({ questions: [{ question: 'ideas', answered: 61 }] })], [noAge]),
    );
    expect(without.feed.results[0]).not.to.have.property('byAgeBand');
    expect(without.issues).to.deep.equal([
      {
        pointer: '/results/0/byAgeBand',
        message: 'The consultation has no age-band question: byAgeBand is dropped.',
      },
    ]);
  });

  it('never keeps a number below minimumCount, whatever the entry', () => {
    const count = fc.oneof(fc.constant(null), fc.nat({ max: 12 }));
    const counts = fc.dictionary(fc.constantFrom('13-15', '16-18', 'school', 'other', '1', '3', 'x'), count);
    const anEntry = fc.record({
      consultation: fc.constantFrom('youth-2027', 'other'),
      updated: fc.constant('2027-04-10T08:00:00Z'),
      responses: count,
      minimumCount: fc.integer({ min: 5, max: 10 }),
      byLanguage: fc.dictionary(fc.constantFrom('ar', 'en', 'es', 'fr', 'ru', 'zh'), count),
      byAgeBand: counts,
      byWeek: fc.array(fc.record({ week: fc.constant('2027-W14'), responses: count }), { maxLength: 3 }),
      questions: fc.array(
        fc.record({
          question: fc.constantFrom('age', 'heard', 'interest', 'ideas', 'consent', 'nope'),
          answered: count,
          counts,
        }),
        { maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(fc.array(anEntry, { maxLength: 3 }), (entries) => {
        const { feed } = validate(feedWith(entries));
        for (const kept of feed.results) {
          const numbers = [
            kept.responses,
            ...Object.values(kept.byLanguage ?? {}),
            ...Object.values(kept.byAgeBand ?? {}),
            ...(kept.byWeek ?? []).map((week) => week.responses),
            ...kept.questions.flatMap((result) => [result.answered, ...Object.values(result.counts ?? {})]),
          ];
          expect(numbers.filter((n) => n !== null && n < kept.minimumCount)).to.deep.equal([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
