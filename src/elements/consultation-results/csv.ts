/**
 * The published counts as CSV, by the rules every download of the elements follows
 * (src/internal/csv.ts): a row per cell of every chart, in the element's language; a suppressed
 * count is written "fewer than 5", never 0, and has no share. A line with no answer named is a
 * total: all responses, or the people who answered that question.
 */
import type { LocalizedText } from '../../feed/model.js';
import { msg } from '../../i18n/msg.js';
import { toCsv } from '../../internal/csv.js';
import {
  countHeader,
  fewerThanText,
  languageLabel,
  overviewCaption,
  responsesHeader,
  rowHeader,
  shareHeader,
  weekCaption,
} from './labels.js';
import type { BarChart, ResultsView, RowLabel } from './results-view.js';

type Shown = Extract<ResultsView, { state: 'shown' }>;

/** A row's label as plain text: "1 – Not at all" for the end of a scale. */
function labelText(label: RowLabel, text: (value: LocalizedText) => string): string {
  if ('language' in label) return languageLabel(label.language);
  if ('scale' in label) return label.text ? `${label.scale} – ${text(label.text)}` : String(label.scale);
  return text(label.text);
}

/** A count as a spreadsheet reads it (no grouping), or the suppression wording. */
const countCell = (count: number | null, minimum: number) =>
  count === null ? fewerThanText(minimum) : String(count);

/** A share as a percentage a spreadsheet reads ("24.3%"), empty when unknown. */
const shareCell = (count: number | null, base: number | null) =>
  count === null || !base ? '' : `${((count / base) * 100).toFixed(1)}%`;

/** The CSV of `view`'s counts, with `text` giving feed text in the element's language. */
export function resultsCsv(view: Shown, text: (value: LocalizedText) => string): string {
  const minimum = view.results.minimumCount;
  const header = [
    msg('Question', {
      id: 'results.column.question',
      desc: 'Results CSV: column header, the question or chart a count belongs to.',
    }),
    rowHeader('question'),
    countHeader(),
    shareHeader(),
  ];
  const chartRows = (chart: BarChart) => {
    const caption = chart.kind === 'question' ? text(chart.label ?? '') : overviewCaption(chart.kind);
    // A question's first line is its total: the people who answered it (no answer named).
    const total = chart.kind === 'question' ? [[caption, '', countCell(chart.base, minimum), '']] : [];
    return [
      ...total,
      ...chart.rows.map((row) => [
        caption,
        labelText(row.label, text),
        countCell(row.count, minimum),
        shareCell(row.count, chart.base),
      ]),
    ];
  };
  const rows = [
    [responsesHeader(), '', String(view.responses), ''],
    ...view.overview.flatMap(chartRows),
    ...view.weeks.map((week) => [weekCaption(), week.week, countCell(week.count, minimum), '']),
    ...view.charts.flatMap(chartRows),
    ...view.texts.map((question) => [text(question.label), '', countCell(question.answered, minimum), '']),
  ];
  return toCsv(header, rows);
}
