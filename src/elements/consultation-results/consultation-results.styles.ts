import { css } from 'lit';
import { visuallyHiddenRules } from '../../internal/shared.styles.js';

/**
 * The charts are tables laid out as charts: a bar's length is `--share` (0–100 %, set per bar),
 * measured along the inline axis from its start, so bars grow from the right in Arabic with no
 * rule of their own. A suppressed count is an empty, hatched, dashed bar.
 *
 * On a phone (WCAG 1.4.10, no part wider than the element): the label column wraps between
 * words, never inside one; the share column is as wide as its text; the bar gives way, shrinking
 * to 2rem, then the count goes under it. The count's box (`.number`: 4em in a narrow chart, up
 * to 6.5em in a wide one, "fewer than 5" on one line) is the same in every row, so every track
 * of a chart has the same length (one scale) whether it reads "702" or "fewer than 5". The
 * charts' columns (`.overview`, `.questions`) are size containers: in one narrower than 18em the
 * column headers are read, not shown (the caption says what is counted), as "Porcentaje" beside
 * a label such as "Somewhere" would not fit. The week chart scrolls sideways in its own
 * focusable region, as a two-dimensional chart may.
 */
export const consultationResultsStyles = css`
  :host {
    --cop-consultation-results-bar-color: var(--cop-color-accent);
    --cop-consultation-results-track-color: var(--cop-color-subtle);
    --cop-consultation-results-bar-size: 1rem;
    --cop-consultation-results-column-height: 6rem;
  }
  h2 {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.3;
  }
  h3 {
    margin-block: 0 0.5rem;
    font-size: 1.0625em;
  }
  .timing {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin-block: 0.25rem 0;
    color: var(--cop-color-muted);
    font-size: var(--cop-font-size-small);
  }
  .total {
    margin-block: var(--cop-space) 0;
    font-size: 1.25em;
    font-weight: 600;
  }
  .summary {
    margin-block: 0.5rem 0;
  }
  .empty {
    margin-block: var(--cop-space) 0;
    padding: var(--cop-space);
    border-radius: var(--cop-radius);
    background: var(--cop-color-subtle);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: var(--cop-space);
  }
  .overview,
  .questions {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--cop-space) * 1.5);
    margin-block-end: calc(var(--cop-space) * 1.5);
  }
  .chart {
    inline-size: 100%;
    border-collapse: collapse;
    break-inside: avoid;
  }
  caption {
    caption-side: top;
    padding-block-end: 0.5rem;
    text-align: start;
    font-weight: 600;
  }
  .answered {
    display: block;
    font-weight: normal;
    color: var(--cop-color-muted);
    font-size: var(--cop-font-size-small);
  }
  th,
  td {
    /* Labels break between words ("французский" whole); a bar gives way first. */
    overflow-wrap: break-word;
    padding-block: 0.25rem;
    padding-inline: 0 0.5rem;
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    font-weight: normal;
    color: var(--cop-color-muted);
    font-size: var(--cop-font-size-small);
    border-block-end: 1px solid var(--cop-color-border);
  }
  tbody th {
    font-weight: normal;
    inline-size: 35%;
  }
  @container (inline-size < 18em) {
    .bars thead th {
      padding: 0;
      border: none;
    }
    .bars .head {
      ${visuallyHiddenRules}
    }
  }
  .scale-label {
    color: var(--cop-color-muted);
  }
  .bars .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.125rem 0.5rem;
  }
  .bars th:last-child,
  .bars .share {
    inline-size: 1px;
    text-align: end;
    padding-inline-end: 0;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .meter {
    flex: 1 1 3rem;
    display: block;
    min-inline-size: 2rem;
    block-size: var(--cop-consultation-results-bar-size);
    background: var(--cop-consultation-results-track-color);
    border-radius: var(--cop-radius);
    overflow: hidden;
  }
  .bar {
    display: block;
    inline-size: var(--share, 0%);
    block-size: 100%;
    background: var(--cop-consultation-results-bar-color);
  }
  .number {
    flex: 0 1 max(4em, min(6.5em, 25%));
    min-inline-size: 0;
    font-variant-numeric: tabular-nums;
  }
  .suppressed .number {
    color: var(--cop-color-muted);
    font-style: italic;
  }
  /* Not published: an empty bar, hatched over the span the hidden count could fill. */
  .suppressed .bar {
    min-inline-size: 0.75rem;
    background: repeating-linear-gradient(-45deg, transparent 0 3px, var(--cop-color-muted) 3px 4px);
    border: 1px dashed var(--cop-color-muted);
    border-radius: var(--cop-radius);
  }
  /* The week chart: a table whose only data row is drawn as columns; many weeks scroll. */
  .weeks {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  .columns {
    inline-size: auto;
  }
  .columns thead {
    /* The weeks under their columns, as a chart's axis; the table reads the same. */
    display: table-footer-group;
  }
  .columns thead th {
    border-block-end: none;
    border-block-start: 1px solid var(--cop-color-border);
    text-align: center;
    vertical-align: top;
    min-inline-size: 3.5rem;
    /* A Chinese date ("2026年10月26日") has no space: break it only where a space is, never
       inside (the chart scrolls sideways when the weeks do not fit). */
    word-break: keep-all;
  }
  .columns tbody th {
    inline-size: auto;
    vertical-align: bottom;
    color: var(--cop-color-muted);
    font-size: var(--cop-font-size-small);
  }
  .columns td {
    padding-inline: 0.25rem;
    text-align: center;
    vertical-align: bottom;
    font-size: var(--cop-font-size-small);
  }
  .column {
    display: flex;
    flex-direction: column;
    justify-content: flex-end;
    align-items: center;
    block-size: var(--cop-consultation-results-column-height);
  }
  .column .bar {
    inline-size: 1.5rem;
    block-size: var(--share, 0%);
    min-block-size: 1px;
  }
  .suppressed .column .bar {
    min-inline-size: 1.5rem;
    min-block-size: 0.75rem;
  }
  .texts dl {
    display: grid;
    gap: 0.5rem;
    margin: 0;
  }
  .texts dl div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    padding-block: 0.25rem;
    border-block-end: 1px solid var(--cop-color-border);
  }
  .texts dd {
    margin: 0;
  }
  @media (forced-colors: active) {
    .bar {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .meter {
      forced-color-adjust: none;
      background: Canvas;
      border: 1px solid CanvasText;
    }
    .suppressed .bar {
      background: repeating-linear-gradient(-45deg, Canvas 0 3px, CanvasText 3px 4px);
      border-color: CanvasText;
    }
  }
  @media print {
    .bar,
    .meter {
      print-color-adjust: exact;
    }
    .weeks {
      overflow: visible;
    }
    .overview,
    .questions {
      display: block;
    }
    .chart {
      margin-block-end: 1rem;
    }
  }
`;
