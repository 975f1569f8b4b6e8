/**
 * The suppression of published results (CONTRACT §6; the rule of issue 19, kept in
 * receiver/README.md "Publishing results"): a pure function from the raw counts of one
 * consultation to its §6 entry. No count below `minimumCount` is published, and no hidden count
 * can be worked out from the published ones (tests/results-property.test.mjs checks this
 * exhaustively with fast-check).
 */
import { type ConsultationResults, MINIMUM_COUNT } from '../../../src/feed/model.js';

/** A question's raw counts, in the consultation's order (its options, or its scale values). */
export interface RawQuestion {
  question: string;
  /** People who answered it. */
  answered: number;
  /** Per option value (or scale value as a string), every option present; none for free text. */
  counts?: [string, number][];
  /** The question is the consultation's age-band question (its counts are also `byAgeBand`). */
  ageBand?: boolean;
}

/** What the stored responses hold, before suppression. */
export interface RawResults {
  consultation: string;
  updated: string;
  responses: number;
  /** Responses per language, in a fixed order (by language tag). */
  byLanguage: [string, number][];
  /** Responses per ISO week, every week from the first response's to the last's, oldest first. */
  byWeek: { week: string; responses: number }[];
  questions: RawQuestion[];
}

/**
 * Suppresses one group of cells whose sum, or bounds on it, a reader knows (the options of one
 * question, the languages, the weeks). `floors[i]` is what a reader knows cell i holds at least
 * (1 for the first and last week: a week is listed because a response came in it; else 0).
 *
 * 1. Every cell below `m` (0 included) is hidden (`null`).
 * 2. While cells are still visible and the hidden ones could be worked out — exactly one is
 *    hidden (the total gives it), they all hold their floor, or they all hold m - 1 (a reader
 *    who knows they are below m, and their sum, knows them) — the FIRST visible cell in the
 *    group's order is hidden too. Not the smallest: a cell hidden for being the smallest tells a
 *    reader it is no larger than every cell still shown, and that bound can pin it (published
 *    [null, 9, null] of [9, 9, 4] would say: 9 and 4). Which cell comes first says nothing of
 *    its value.
 */
export function suppressGroup(
  values: readonly number[],
  m: number,
  floors: readonly number[] = [],
): (number | null)[] {
  const hidden = values.map((value) => value < m);
  for (;;) {
    const at = values.flatMap((_, i) => (hidden[i] ? [i] : []));
    if (at.length === 0 || at.length === values.length) break;
    const sum = at.reduce((total, i) => total + values[i]!, 0);
    const floor = at.reduce((total, i) => total + (floors[i] ?? 0), 0);
    if (at.length > 1 && sum !== floor && sum !== at.length * (m - 1)) break;
    hidden[hidden.indexOf(false)] = true;
  }
  return values.map((value, i) => (hidden[i] ? null : value));
}

const entries = (keys: readonly string[], counts: readonly (number | null)[]) =>
  Object.fromEntries(keys.map((key, i) => [key, counts[i]!]));

/** Suppresses `cells` as one group, keyed as they are. */
function group(cells: readonly [string, number][], m: number): Record<string, number | null> {
  return entries(
    cells.map(([key]) => key),
    suppressGroup(
      cells.map(([, value]) => value),
      m,
    ),
  );
}

/**
 * The §6 entry of `raw` with every count below `minimumCount` (at least 5) hidden, and what
 * would give a hidden count away hidden too:
 * - fewer than `minimumCount` responses: `responses: null` and nothing else;
 * - a question answered by fewer: `answered: null` and all its counts `null`;
 * - each group (a question's counts, the languages, the weeks) suppressed by {@link suppressGroup};
 *   `byAgeBand` is the age-band question's counts, suppressed once.
 */
export function suppress(raw: RawResults, minimumCount: number = MINIMUM_COUNT): ConsultationResults {
  const m = minimumCount;
  if (!Number.isInteger(m) || m < MINIMUM_COUNT)
    throw new RangeError(`minimumCount is a whole number of at least ${MINIMUM_COUNT}; got ${m}.`);
  const head = { consultation: raw.consultation, updated: raw.updated, minimumCount: m };
  if (raw.responses < m) return { ...head, responses: null, questions: [] };
  let byAgeBand: Record<string, number | null> | undefined;
  const questions = raw.questions.map(({ question, answered, counts, ageBand }) => {
    if (counts === undefined) return { question, answered: answered < m ? null : answered };
    const published =
      answered < m
        ? entries(
            counts.map(([key]) => key),
            counts.map(() => null),
          )
        : group(counts, m);
    if (ageBand && byAgeBand === undefined) byAgeBand = { ...published };
    return { question, answered: answered < m ? null : answered, counts: published };
  });
  const weeks = raw.byWeek.map((week) => week.responses);
  const last = weeks.length - 1;
  const byWeek = suppressGroup(
    weeks,
    m,
    weeks.map((_, i) => (i === 0 || i === last ? 1 : 0)),
  );
  return {
    ...head,
    responses: raw.responses,
    byLanguage: group(raw.byLanguage, m),
    ...(byAgeBand === undefined ? {} : { byAgeBand }),
    byWeek: raw.byWeek.map(({ week }, i) => ({ week, responses: byWeek[i]! })),
    questions,
  };
}
