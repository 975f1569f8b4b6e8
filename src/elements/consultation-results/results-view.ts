/**
 * What `<cop-consultation-results>` shows, worked out from the feed (CONTRACT §6) apart from any
 * rendering: which consultation and results entry, which state, and each chart as rows of
 * counts. Labels stay feed text (`LocalizedText`) or names the element makes in its language,
 * so the same view gives the tables and the CSV.
 */
import type { Consultation, ConsultationResults, LocalizedText, Question } from '../../feed/model.js';
import { resultsOf } from '../../feed/results.js';
import type { Feed } from '../../feed/validate.js';
import { LANGUAGES } from '../../i18n/language.js';
import { pickConsultation } from '../consultation-form/schedule.js';

/** A row's label: feed text (shown in the reader's language), a language (named in it), or a scale value. */
export type RowLabel =
  { text: LocalizedText } | { language: string } | { scale: number; text?: LocalizedText };

/** One bar: a count, or `null` when fewer than `minimumCount` (suppressed: never drawn as 0). */
export interface ChartRow {
  key: string;
  label: RowLabel;
  count: number | null;
}

/** A bar chart: one question, or the responses by language or by age band. */
export interface BarChart {
  /** `question` (its id in `key`), `language` or `age-band`. */
  kind: 'question' | 'language' | 'age-band';
  key: string;
  /** The question's label; the overview charts are named by the element. */
  label?: LocalizedText;
  /** What shares are shares of (the question's `answered`, or the responses); `null` when hidden. */
  base: number | null;
  rows: ChartRow[];
}

/** A free-text question: how many answered it, nothing else. */
export interface TextQuestion {
  key: string;
  label: LocalizedText;
  answered: number | null;
}

/** The week chart: responses per ISO week, oldest first. */
export interface WeekColumn {
  week: string;
  /** The Monday the week starts on, `YYYY-MM-DD`. */
  monday: string;
  count: number | null;
}

export type ResultsView =
  /** No consultation: the named one is not in the feed, or the feed has none. */
  | { state: 'missing'; requested: boolean }
  /** The consultation has no results entry. */
  | { state: 'none'; consultation: Consultation }
  /** Fewer than `minimumCount` responses: nothing is shown but the threshold. */
  | { state: 'too-few'; consultation: Consultation; results: ConsultationResults }
  | {
      state: 'shown';
      consultation: Consultation;
      results: ConsultationResults;
      responses: number;
      overview: BarChart[];
      weeks: WeekColumn[];
      /** Choice, scale and age-band questions, in the consultation's order. */
      charts: BarChart[];
      texts: TextQuestion[];
    };

/** A question published as counts (the others as `answered` only, or not at all). */
type ChartQuestion = Extract<Question, { type: 'single' | 'multiple' | 'scale' | 'age-band' }>;
const isChart = (question: Question): question is ChartQuestion =>
  question.type === 'single' ||
  question.type === 'multiple' ||
  question.type === 'scale' ||
  question.type === 'age-band';

const time = (iso: string): number => {
  const parsed = Date.parse(iso);
  return Number.isNaN(parsed) ? -Infinity : parsed;
};

/**
 * The consultation to show: the one named `id`; else the one whose results were taken last;
 * else (no results at all) the form's default, so the page says its results are not out yet.
 */
function pick(feed: Feed, id: string | undefined): Consultation | undefined {
  if (id) return feed.consultations.find((c) => c.id === id);
  const known = new Set(feed.consultations.map((c) => c.id));
  const latest = resultsOf(feed)
    .filter((entry) => known.has(entry.consultation))
    .reduce<ConsultationResults | undefined>(
      (best, entry) => (best === undefined || time(entry.updated) > time(best.updated) ? entry : best),
      undefined,
    );
  if (latest) return feed.consultations.find((c) => c.id === latest.consultation);
  return pickConsultation(feed.consultations, undefined, Date.now());
}

/** `counts` as rows in the given key order, keys the counts lack left out. */
function rowsOf(
  counts: Record<string, number | null> | undefined,
  keys: readonly { key: string; label: RowLabel }[],
): ChartRow[] {
  if (!counts) return [];
  return keys
    .filter(({ key }) => Object.hasOwn(counts, key))
    .map(({ key, label }) => ({ key, label, count: counts[key] ?? null }));
}

/** A question's rows: its options in order, or its scale from `min` to `max`. */
function questionKeys(question: ChartQuestion): { key: string; label: RowLabel }[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'age-band':
      return question.options.map((option) => ({ key: option.value, label: { text: option.label } }));
    case 'scale': {
      const keys = [];
      for (let value = question.min; value <= question.max; value += 1) {
        const text =
          value === question.min ? question.minLabel : value === question.max ? question.maxLabel : undefined;
        keys.push({ key: String(value), label: text ? { scale: value, text } : { scale: value } });
      }
      return keys;
    }
  }
}

/** Languages in the UN's order, then any other in the order given. */
function languageKeys(counts: Record<string, number | null>): { key: string; label: RowLabel }[] {
  const order = (tag: string) => {
    const index = (LANGUAGES as readonly string[]).indexOf(tag);
    return index === -1 ? LANGUAGES.length : index;
  };
  return Object.keys(counts)
    .sort((a, b) => order(a) - order(b))
    .map((key) => ({ key, label: { language: key } }));
}

/** The Monday ISO week `week` (`2027-W14`) starts on, as `YYYY-MM-DD`. */
export function mondayOf(week: string): string {
  const [year, number] = week.split('-W').map(Number) as [number, number];
  // 4 January is always in week 1.
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(monday + (number - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}

/** What to show for consultation `id` (or the default one) of `feed`. */
export function resultsView(feed: Feed, id: string | undefined): ResultsView {
  const consultation = pick(feed, id);
  if (!consultation) return { state: 'missing', requested: Boolean(id) };
  const results = resultsOf(feed).find((entry) => entry.consultation === consultation.id);
  if (!results) return { state: 'none', consultation };
  const { responses, minimumCount } = results;
  if (responses === null || responses < minimumCount) return { state: 'too-few', consultation, results };

  const byQuestion = new Map(results.questions.map((q) => [q.question, q]));
  const charts: BarChart[] = [];
  const texts: TextQuestion[] = [];
  const ageBand = consultation.questions.find(
    (question): question is Extract<Question, { type: 'age-band' }> => question.type === 'age-band',
  );
  for (const question of consultation.questions) {
    const found = byQuestion.get(question.id);
    if (!found) continue;
    if (isChart(question)) {
      charts.push({
        kind: 'question',
        key: question.id,
        label: question.label,
        base: found.answered,
        rows: rowsOf(found.counts, questionKeys(question)),
      });
    } else {
      // The validator keeps no result of a consent or section: this is a free-text question.
      texts.push({ key: question.id, label: question.label, answered: found.answered });
    }
  }

  const overview: BarChart[] = [];
  if (results.byLanguage) {
    const rows = rowsOf(results.byLanguage, languageKeys(results.byLanguage));
    overview.push({ kind: 'language', key: 'by-language', base: responses, rows });
  }
  // The validator keeps only bands that are options of the (first) age-band question: its order
  // and labels. They are the counts of that question's own chart, so they are shown once: as
  // that chart, in the consultation's order; here only when the question has no counts of its own.
  const charted = (id: string) => charts.some((chart) => chart.key === id && chart.rows.length > 0);
  if (results.byAgeBand && ageBand && !charted(ageBand.id)) {
    const rows = rowsOf(results.byAgeBand, questionKeys(ageBand));
    overview.push({ kind: 'age-band', key: 'by-age-band', base: responses, rows });
  }
  const weeks = (results.byWeek ?? []).map(({ week, responses: count }) => ({
    week,
    monday: mondayOf(week),
    count,
  }));
  return { state: 'shown', consultation, results, responses, overview, weeks, charts, texts };
}

/** The number of questions the view shows (`cop-load`'s `count`). */
export function questionsShown(view: ResultsView): number {
  return view.state === 'shown' ? view.charts.length + view.texts.length : 0;
}
