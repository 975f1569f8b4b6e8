// The suppression property (issue 19): a reader knows the rule, minimumCount m and every
// published number of a group. For every hidden cell there must be ANOTHER raw group, consistent
// with all the reader knows, that the same function publishes identically and in which that
// cell holds a different value — so no hidden cell can be worked out from a published sum. The
// alternatives are searched exhaustively over the hidden cells. 1,000 runs per kind of group;
// FC_SEED=<n> reproduces a run (the seed is in each test's name).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { loadSuppression } from './helpers/results.mjs';

const SEED = Number(process.env.FC_SEED ?? 19);
const RUNS = Number(process.env.FC_RUNS ?? 1000);

let suppressGroup;
before(async () => {
  ({ suppressGroup } = await loadSuppression());
});

const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Whether some alternative group exists in which hidden cell `target` differs from `values`:
 * the visible cells as published, hidden cell j in [floors[j], cap], the hidden cells' sum in
 * [low, high] (a total the reader knows: low = high), published identically.
 */
function alternativeExists({ rule, values, published, floors, m, cap, low, high, target }) {
  const hidden = published.flatMap((p, j) => (p === null ? [j] : []));
  // The target first, so that a different value is tried before anything else.
  const order = [target, ...hidden.filter((j) => j !== target)];
  const alt = values.slice();
  const floorAfter = order.map((_, k) => order.slice(k).reduce((s, j) => s + floors[j], 0));
  const search = (k, sum) => {
    if (k === order.length) {
      return sum >= low && sum <= high && same(rule(alt, m, floors), published);
    }
    const j = order[k];
    const rest = floorAfter[k + 1] ?? 0;
    for (let v = floors[j]; v <= cap && sum + v + rest <= high; v += 1) {
      if (k === 0 && v === values[target]) continue;
      alt[j] = v;
      if (search(k + 1, sum + v)) return true;
    }
    alt[j] = values[j];
    return false;
  };
  return search(0, 0);
}

/** Checks every hidden cell of `values`; returns the cells a reader could work out. */
function workedOut(values, m, floors, bounds, rule = suppressGroup) {
  const published = rule(values, m, floors);
  assert.ok(
    published.every((p, i) => p === null || (p === values[i] && p >= m)),
    'published cells are the raw ones, none below m',
  );
  const visible = published.reduce((s, p) => s + (p ?? 0), 0);
  const { low, high, cap } = bounds(visible);
  return published
    .map((p, target) => (p === null ? target : -1))
    .filter((target) => target >= 0)
    .filter(
      (target) =>
        !alternativeExists({ rule, values, published, floors, m, cap, low: Math.max(0, low), high, target }),
    );
}

const minimum = fc.integer({ min: 5, max: 7 });
const cellsOf = (m) => fc.array(fc.integer({ min: 0, max: 3 * m }), { minLength: 1, maxLength: 6 });

describe(`suppression property (seed ${SEED}, ${RUNS} runs per kind)`, () => {
  /** The property for groups whose total a reader knows; `edges`: the first and last cell hold >= 1. */
  const totalGroup = (edges) =>
    fc.property(
      minimum.chain((m) => fc.tuple(fc.constant(m), cellsOf(m))),
      ([m, raw]) => {
        const edge = (i) => edges && (i === 0 || i === raw.length - 1);
        const values = raw.map((v, i) => (edge(i) ? Math.max(1, v) : v));
        const total = values.reduce((s, v) => s + v, 0);
        fc.pre(total >= m); // below m, nothing of the group is published (rules 1 and 2)
        const floors = values.map((_, i) => (edge(i) ? 1 : 0));
        const found = workedOut(values, m, floors, (visible) => ({
          low: total - visible,
          high: total - visible,
          cap: total,
        }));
        assert.deepEqual(
          found,
          [],
          `m ${m}, ${JSON.stringify(values)} → ${JSON.stringify(suppressGroup(values, m, floors))}`,
        );
      },
    );

  it('a question with a known total (single, scale, age-band) or the languages: no hidden cell can be worked out', () => {
    fc.assert(totalGroup(false), { seed: SEED, numRuns: RUNS });
  });

  it('the weeks (first and last week hold at least one response): no hidden cell can be worked out', () => {
    fc.assert(totalGroup(true), { seed: SEED, numRuns: RUNS });
  });

  it('a multiple question (choices: each cell <= answered, answered <= sum <= answered x maxChoices): no hidden cell can be worked out', () => {
    const group = minimum.chain((m) =>
      fc.integer({ min: 1, max: 5 }).chain((options) =>
        fc
          .tuple(
            fc.constant(m),
            fc.constant(options),
            fc.integer({ min: 1, max: options }), // maxChoices (= options when the feed gives none)
            fc.integer({ min: m, max: 14 }), // answered
          )
          .chain(([m, options, maxChoices, answered]) =>
            fc.tuple(
              fc.constant({ m, options, maxChoices, answered }),
              // Each person's choices: a non-empty set of at most maxChoices options.
              fc.array(
                fc.uniqueArray(fc.integer({ min: 0, max: options - 1 }), {
                  minLength: 1,
                  maxLength: maxChoices,
                }),
                {
                  minLength: answered,
                  maxLength: answered,
                },
              ),
            ),
          ),
      ),
    );
    fc.assert(
      fc.property(group, ([{ m, options, maxChoices, answered }, people]) => {
        const values = Array.from({ length: options }, (_, o) => people.filter((p) => p.includes(o)).length);
        const floors = values.map(() => 0);
        const found = workedOut(values, m, floors, (visible) => ({
          low: answered - visible,
          high: answered * maxChoices - visible,
          cap: answered,
        }));
        assert.deepEqual(
          found,
          [],
          `m ${m}, answered ${answered}, maxChoices ${maxChoices}, ${JSON.stringify(values)} → ${JSON.stringify(suppressGroup(values, m, floors))}`,
        );
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the rule as first written (the smallest visible cell hidden next; only one hidden cell or hidden zeros hide more) fails it', () => {
    // /work/notes/suppression.md as first written, kept here to show the check finds its flaw.
    const firstWritten = (values, m) => {
      const hidden = values.map((v) => v < m);
      for (;;) {
        const at = values.flatMap((_, i) => (hidden[i] ? [i] : []));
        const visible = values.flatMap((_, i) => (hidden[i] ? [] : [i]));
        if (at.length === 0 || visible.length === 0) break;
        if (at.length > 1 && at.some((i) => values[i] !== 0)) break;
        const smallest = visible.reduce((a, b) => (values[b] < values[a] ? b : a));
        hidden[smallest] = true;
      }
      return values.map((v, i) => (hidden[i] ? null : v));
    };
    const total = (values) => (visible) => {
      const sum = values.reduce((s, v) => s + v, 0);
      return { low: sum - visible, high: sum - visible, cap: sum };
    };
    // [9, 9, 4] → [null, 9, null]: a hidden 9 that was the smallest shown is at most 9, the other
    // below 5, and they add up to 13: 9 and 4. [5, 4, 4] → [5, null, null]: had either been 5 or
    // more, the 5 (smaller or equal, and first) would have been hidden; so both are 4.
    assert.deepEqual(workedOut([9, 9, 4], 5, [0, 0, 0], total([9, 9, 4]), firstWritten), [0, 2]);
    assert.deepEqual(workedOut([5, 4, 4], 5, [0, 0, 0], total([5, 4, 4]), firstWritten), [1, 2]);
    // The rule in use: the first visible cell is hidden next, which tells nothing of its value.
    assert.deepEqual(workedOut([9, 9, 4], 5, [0, 0, 0], total([9, 9, 4])), []);
    assert.deepEqual(suppressGroup([5, 4, 4], 5), [null, null, null]);
    // Weeks: the first and last week hold one response at least; [1, 0, 10, 12] with m = 5 hides
    // [null, null, 10, 12] under the first rule (the hidden sum, 1, pins them: 1 and 0).
    const weeks = [1, 0, 10, 12];
    const floors = [1, 0, 0, 1];
    assert.deepEqual(workedOut(weeks, 5, floors, total(weeks), firstWritten), [0, 1]);
    assert.deepEqual(workedOut(weeks, 5, floors, total(weeks)), []);
  });
});

describe('suppress(): the entry of one consultation', () => {
  let suppress;
  before(async () => {
    ({ suppress } = await loadSuppression());
  });
  const raw = (responses, questions = []) => ({
    consultation: 'c',
    updated: '2027-01-04T00:00:00.000Z',
    responses,
    byLanguage: [
      ['ar', responses - 1],
      ['zh', 1],
    ],
    byWeek: [{ week: '2027-W01', responses }],
    questions,
  });

  it('fewer responses than minimumCount: responses null and nothing else', () => {
    const entry = suppress(raw(4, [{ question: 'q', answered: 4, counts: [['a', 4]] }]));
    assert.deepEqual(entry, {
      consultation: 'c',
      updated: '2027-01-04T00:00:00.000Z',
      minimumCount: 5,
      responses: null,
      questions: [],
    });
  });

  it('a question answered by fewer: answered and every count null; free text: answered only; byAgeBand = the age-band counts', () => {
    const entry = suppress(
      raw(30, [
        {
          question: 'age',
          answered: 30,
          counts: [
            ['9-12', 3],
            ['13-15', 12],
            ['16-18', 15],
          ],
          ageBand: true,
        },
        {
          question: 'rare',
          answered: 4,
          counts: [
            ['x', 4],
            ['y', 0],
          ],
        },
        { question: 'free', answered: 3 },
        { question: 'story', answered: 9 },
      ]),
    );
    assert.deepEqual(entry.questions, [
      { question: 'age', answered: 30, counts: { '9-12': null, '13-15': null, '16-18': 15 } },
      { question: 'rare', answered: null, counts: { x: null, y: null } },
      { question: 'free', answered: null },
      { question: 'story', answered: 9 },
    ]);
    assert.deepEqual(entry.byAgeBand, { '9-12': null, '13-15': null, '16-18': 15 });
    assert.deepEqual(entry.byLanguage, { ar: null, zh: null });
    assert.deepEqual(entry.byWeek, [{ week: '2027-W01', responses: 30 }]);
  });

  it('minimumCount below 5, or not a whole number, is refused', () => {
    for (const m of [4, 0, -1, 5.5]) assert.throws(() => suppress(raw(30), m), RangeError, String(m));
    assert.equal(suppress(raw(30), 6).minimumCount, 6);
  });
});
