/**
 * The §6 entry of one consultation from its stored responses: counts by SQL aggregation (the
 * same SQL on PGlite and PostgreSQL), then {@link suppress}. Free text never leaves the database
 * here: the queries select question ids, option values of choice questions and counts, never an
 * answer to a `text` or `long-text` question.
 */
import type { Consultation, ConsultationResults, Question } from '../../../src/feed/model.js';
import { MINIMUM_COUNT } from '../../../src/feed/model.js';
import type { Queryable } from '../store/db.js';
import { type RawQuestion, type RawResults, suppress } from './suppress.js';

export interface ResultsOptions {
  /** Cells below it are published as null; at least (and by default) 5. */
  minimumCount?: number;
  /** Count the sample answers too (the demo); by default they are left out. */
  includeSamples?: boolean;
  /** When the counts are taken. */
  now?: Date;
}

const CHOICE_TYPES: readonly string[] = ['single', 'multiple', 'scale', 'age-band'];
const TEXT_TYPES: readonly string[] = ['text', 'long-text'];

/** The responses counted: this consultation's, samples only when asked for. */
const COUNTED = 'r.consultation = $1 AND ($2::boolean OR NOT r.sample)';

/** The keys of a choice question's counts, in its order: option values, or scale values. */
function keysOf(question: Question): string[] {
  if (question.type === 'scale')
    return Array.from({ length: question.max - question.min + 1 }, (_, i) => String(question.min + i));
  return 'options' in question ? question.options.map((option) => option.value) : [];
}

/** The raw counts of `consultation`'s stored responses, before suppression. */
export async function countResponses(
  db: Queryable,
  consultation: Consultation,
  { includeSamples = false, now = new Date() }: ResultsOptions = {},
): Promise<RawResults> {
  const params = [consultation.id, includeSamples];
  const published = consultation.questions.filter(
    (q) => CHOICE_TYPES.includes(q.type) || TEXT_TYPES.includes(q.type),
  );
  const choices = published.filter((q) => CHOICE_TYPES.includes(q.type));
  // Languages: the primary subtag of each response's locale ("fr-CA" counts as "fr").
  const languages = await db.query<{ language: string; n: number }>(
    `SELECT lower(split_part(replace(r.locale, '_', '-'), '-', 1)) AS language, count(*)::int AS n
     FROM responses r WHERE ${COUNTED} GROUP BY 1 ORDER BY 1`,
    params,
  );
  // ISO weeks (Monday to Sunday, UTC) of the time each response was received, every week from
  // the first to the last, the empty ones too.
  const weeks = await db.query<{ week: string; n: number }>(
    `WITH counted AS (
       SELECT date_trunc('week', r.received_at AT TIME ZONE 'UTC') AS week, count(*)::int AS n
       FROM responses r WHERE ${COUNTED} GROUP BY 1)
     SELECT to_char(s.week, 'IYYY-"W"IW') AS week, coalesce(counted.n, 0)::int AS n
     FROM generate_series((SELECT min(week) FROM counted), (SELECT max(week) FROM counted), interval '1 week') AS s(week)
     LEFT JOIN counted ON counted.week = s.week ORDER BY s.week`,
    params,
  );
  // Who answered each published question: the answer's presence, never its content.
  const answered = await db.query<{ question: string; n: number }>(
    `SELECT a.key AS question, count(*)::int AS n
     FROM responses r CROSS JOIN LATERAL jsonb_object_keys(r.body->'answers') AS a(key)
     WHERE ${COUNTED} AND a.key = ANY($3::text[])
       AND jsonb_typeof(r.body->'answers'->a.key) <> 'null'
     GROUP BY 1`,
    [...params, published.map((q) => q.id)],
  );
  // Each choice question's values: one per option chosen (a `multiple` answer is an array).
  const chosen = await db.query<{ question: string; value: string; n: number }>(
    `SELECT a.key AS question, c.value, count(*)::int AS n
     FROM responses r
     CROSS JOIN LATERAL jsonb_each(r.body->'answers') AS a(key, answer)
     CROSS JOIN LATERAL (
       SELECT e FROM jsonb_array_elements_text(
         CASE WHEN jsonb_typeof(a.answer) = 'array' THEN a.answer ELSE '[]'::jsonb END) AS e
       UNION ALL
       SELECT a.answer #>> '{}' WHERE jsonb_typeof(a.answer) IN ('string', 'number')
     ) AS c(value)
     WHERE ${COUNTED} AND a.key = ANY($3::text[])
     GROUP BY 1, 2`,
    [...params, choices.map((q) => q.id)],
  );
  const answeredBy = new Map(answered.map((row) => [row.question, row.n]));
  const chosenBy = new Map(chosen.map((row) => [`${row.question}\u0000${row.value}`, row.n]));
  const ageBand = consultation.questions.find((q) => q.type === 'age-band');
  const questions = published.map((question): RawQuestion => {
    const raw: RawQuestion = { question: question.id, answered: answeredBy.get(question.id) ?? 0 };
    if (!CHOICE_TYPES.includes(question.type)) return raw;
    raw.counts = keysOf(question).map((key) => [key, chosenBy.get(`${question.id}\u0000${key}`) ?? 0]);
    if (question === ageBand) raw.ageBand = true;
    return raw;
  });
  return {
    consultation: consultation.id,
    updated: now.toISOString(),
    responses: languages.reduce((total, row) => total + row.n, 0),
    byLanguage: languages.map((row) => [row.language, row.n]),
    byWeek: weeks.map((row) => ({ week: row.week, responses: row.n })),
    questions,
  };
}

/** The published §6 entry of `consultation`: its counts, suppressed. */
export async function resultsOf(
  db: Queryable,
  consultation: Consultation,
  options: ResultsOptions = {},
): Promise<ConsultationResults> {
  return suppress(await countResponses(db, consultation, options), options.minimumCount ?? MINIMUM_COUNT);
}
