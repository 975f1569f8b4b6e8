/**
 * The charts of `<cop-consultation-results>`: each is a real `<table>` (caption, header cells
 * with their scope), drawn as a chart with plain HTML and CSS — no canvas, no chart library — so
 * a screen reader reads the same numbers a sighted reader sees. A bar's length is a CSS custom
 * property set through the CSSOM (`cssProperty`), which a strict `style-src 'self'` policy allows
 * (a `style` attribute it blocks). Bars start at the inline start: at the right in Arabic.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '../../feed/model.js';
import { formatDate } from '../../i18n/format.js';
import { cssProperty } from '../../internal/css-property.js';
import {
  countHeader,
  fewerThanText,
  formatCount,
  formatShare,
  languageLabel,
  overviewCaption,
  responsesHeader,
  rowHeader,
  shareHeader,
  weekCaption,
  weekHeader,
} from './labels.js';
import type { BarChart, ChartRow, RowLabel, WeekColumn } from './results-view.js';

/** Renders feed text in the reader's language. */
export type TextRenderer = (value: LocalizedText) => TemplateResult | string;

/** A bar's length, 0–100 %, as the custom property the styles read. */
const barLength = (fraction: number) =>
  cssProperty('--share', `${Math.min(100, Math.max(0, fraction * 100))}%`);

/**
 * How much of the scale a suppressed cell could fill: up to `minimum - 1` of `base`. Drawn
 * hatched and empty over that span, so it reads as "somewhere below this", never as 0.
 */
const hiddenSpan = (minimum: number, base: number | null) => (base ? (minimum - 1) / base : 0);

/** A row's label in the reader's language. */
export function rowLabel(label: RowLabel, text: TextRenderer): TemplateResult | string {
  if ('language' in label) return languageLabel(label.language);
  if ('scale' in label)
    return label.text
      ? html`${formatCount(label.scale)} <span class="scale-label">${text(label.text)}</span>`
      : formatCount(label.scale);
  return text(label.text);
}

function renderBarRow(
  row: ChartRow,
  chart: BarChart,
  minimum: number,
  name: (label: RowLabel) => TemplateResult | string,
): TemplateResult {
  const { count } = row;
  const { base } = chart;
  const hidden = count === null;
  const fraction = hidden ? hiddenSpan(minimum, base) : base ? count / base : 0;
  return html`<tr class=${hidden ? 'suppressed' : ''}>
    <th scope="row">${name(row.label)}</th>
    <td class="value">
      <span class="line">
        <span class="meter" aria-hidden="true"
          ><span part=${hidden ? 'bar bar-suppressed' : 'bar'} class="bar" ${barLength(fraction)}></span
        ></span>
        <span class="number">${hidden ? fewerThanText(minimum) : formatCount(count)}</span>
      </span>
    </td>
    <td class="share">${hidden || !base ? '' : formatShare(count / base)}</td>
  </tr>`;
}

/**
 * One bar chart as a table: a row per option (label, count, share), `caption` above it. A
 * suppressed count reads "fewer than 5" over an empty hatched bar.
 */
export function renderBarChart(
  chart: BarChart,
  minimum: number,
  text: TextRenderer,
  extra: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const caption = chart.kind === 'question' ? text(chart.label ?? '') : overviewCaption(chart.kind);
  const name = (label: RowLabel) => rowLabel(label, text);
  return html`<table part="chart" class="chart bars" data-chart=${chart.key}>
    <caption part="caption">
      <span class="caption-text">${caption}</span>
      ${extra}
    </caption>
    <thead>
      <tr>
        <th scope="col"><span class="head">${rowHeader(chart.kind)}</span></th>
        <th scope="col"><span class="head">${countHeader()}</span></th>
        <th scope="col"><span class="head">${shareHeader()}</span></th>
      </tr>
    </thead>
    <tbody>
      ${chart.rows.map((row) => renderBarRow(row, chart, minimum, name))}
    </tbody>
  </table>`;
}

/**
 * Responses per week as a small column chart: semantically a table with a column per week
 * (headed by the Monday it starts on) and one row of counts, in a scrolling region a keyboard
 * can scroll when there are many weeks.
 */
export function renderWeekChart(
  weeks: readonly WeekColumn[],
  minimum: number,
): TemplateResult | typeof nothing {
  if (weeks.length === 0) return nothing;
  const highest = Math.max(minimum - 1, ...weeks.map((week) => week.count ?? 0));
  return html`<div class="weeks" tabindex="0" role="region" aria-labelledby="weeks-caption">
    <table part="chart" class="chart columns" data-chart="by-week">
      <caption part="caption" id="weeks-caption">
        <span class="caption-text">${weekCaption()}</span>
      </caption>
      <thead>
        <tr>
          <th scope="row">${weekHeader()}</th>
          ${weeks.map((week) => html`<th scope="col"><time datetime=${week.week}>${formatDate(week.monday, 'medium')}</time></th>`)}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">${responsesHeader()}</th>
          ${weeks.map((week) => {
            const hidden = week.count === null;
            const fraction = hidden ? (minimum - 1) / highest : (week.count ?? 0) / highest;
            return html`<td class=${hidden ? 'suppressed' : ''}>
              <span class="column" aria-hidden="true"
                ><span part=${hidden ? 'bar bar-suppressed' : 'bar'} class="bar" ${barLength(fraction)}></span
              ></span>
              <span class="number">${hidden ? fewerThanText(minimum) : formatCount(week.count ?? 0)}</span>
            </td>`;
          })}
        </tr>
      </tbody>
    </table>
  </div>`;
}
