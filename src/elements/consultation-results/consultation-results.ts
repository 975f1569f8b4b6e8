import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { LocalizedText } from '../../feed/model.js';
import type { Feed } from '../../feed/validate.js';
import { renderText, resolveText } from '../../i18n/localized-text.js';
import { inLanguage } from '../../i18n/msg.js';
import { downloadText } from '../../internal/download.js';
import { FeedElement } from '../../internal/feed-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { phaseOf } from '../consultation-form/schedule.js';
import { consultationResultsStyles } from './consultation-results.styles.js';
import { resultsCsv } from './csv.js';
import {
  answeredText,
  downloadCsvText,
  fewerThanText,
  missingText,
  noResultsText,
  responsesText,
  textQuestionsHeading,
  timingText,
  tooFewText,
  updatedText,
} from './labels.js';
import { renderBarChart, renderWeekChart } from './results-templates.js';
import { type ResultsView, questionsShown, resultsView } from './results-view.js';

/**
 * What a consultation found, as the working group publishes it in the feed's `results`
 * (CONTRACT §6): how many answered, in which languages and age bands, week by week, and the
 * counts of every choice, scale and age-band question, each as a bar chart that is also a real
 * table (caption, header cells) so screen readers get the same numbers. Labels come from the
 * consultation in the same feed, in the element's language; numbers and percentages are written
 * as that language writes them, and bars grow from the right in Arabic.
 *
 * Counts below the entry's `minimumCount` (at least 5) are published as `null`: they read
 * "fewer than 5" over an empty hatched bar, never 0. With fewer responses than that in all, only
 * the threshold is said; a consultation without a results entry says "No results published yet."
 * Free-text questions show how many answered, never what they wrote. "Download CSV" gives the
 * published counts; printing gives every chart in full.
 *
 * `cop-load`'s `count` is the number of questions shown (charts and free-text counts; 0 when no
 * results are shown).
 *
 * @summary A consultation's published results: charts that are tables, in six languages.
 * @tagname cop-consultation-results
 *
 * @csspart results - The whole results: heading, status, charts.
 * @csspart title - The consultation's heading.
 * @csspart timing - "Open until …", "Closed on …" and the day the counts were taken.
 * @csspart total - The number of responses.
 * @csspart summary - The group's own reading of the results.
 * @csspart empty - The message shown instead of charts: no results yet, too few responses, or no
 *   such consultation.
 * @csspart actions - The row holding the CSV button.
 * @csspart download-button - "Download CSV".
 * @csspart chart - One chart (a `<table>`).
 * @csspart caption - A chart's caption: the question, or what the chart counts.
 * @csspart bar - A bar (or a week's column).
 * @csspart bar-suppressed - A bar of a count that is not published (also has the part `bar`).
 * @csspart text-questions - The list of free-text questions with how many answered each.
 *
 * @cssprop [--cop-consultation-results-bar-color=var(--cop-color-accent)] - Colour of the bars.
 * @cssprop [--cop-consultation-results-track-color=var(--cop-color-subtle)] - Colour of the
 *   space behind a bar.
 * @cssprop [--cop-consultation-results-bar-size=1rem] - Thickness of a bar.
 * @cssprop [--cop-consultation-results-column-height=6rem] - Height of the week chart's columns.
 */
export class CopConsultationResults extends FeedElement {
  static override styles = [sharedStyles, consultationResultsStyles];

  /**
   * Id of the consultation whose results to show. Without it: the one whose results were taken
   * last (latest `updated`); when the feed has no results, the consultation the form would show.
   */
  @property() consultation?: string;

  private view?: { feed: Feed; id: string | undefined; view: ResultsView };

  private viewOf(feed: Feed): ResultsView {
    const id = this.consultation || undefined;
    if (this.view?.feed !== feed || this.view.id !== id)
      this.view = { feed, id, view: resultsView(feed, id) };
    return this.view.view;
  }

  protected override countItems(feed: Feed): number {
    return questionsShown(this.viewOf(feed));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { state } = this.feedController;
    if (state.status === 'complete') this.viewOf(state.feed);
  }

  private downloadCsv(feed: Feed, view: Extract<ResultsView, { state: 'shown' }>): void {
    // Called from a click, outside render: the words go in the element's language explicitly.
    const text = (value: LocalizedText) => resolveText(value, [this.language], feed.defaultLanguage).text;
    const csv = inLanguage(this.language, () => resultsCsv(view, text));
    downloadText(csv, `cwg-cop-results-${view.consultation.id}.csv`, 'text/csv;charset=utf-8', this);
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const view = this.viewOf(feed);
    if (view.state === 'missing')
      return html`<p part="empty" class="empty" data-announce>${missingText(view.requested)}</p>`;
    const text = (value: LocalizedText) => renderText(value, this.language, feed.defaultLanguage);
    const { consultation } = view;
    const phase = phaseOf(consultation, Date.now());
    const at = phase === 'upcoming' ? consultation.opens : consultation.closes;
    const results = view.state === 'none' ? undefined : view.results;
    return html`<section part="results" class="results" aria-labelledby="title">
      <h2 id="title" part="title">${text(consultation.title)}</h2>
      ${
        at || results
          ? html`<p part="timing" class="timing">
              ${at ? html`<span>${timingText(phase, at)}</span>` : nothing}
              ${results ? html`<span>${updatedText(results.updated)}</span>` : nothing}
            </p>`
          : nothing
      }
      ${this.renderBody(feed, view, text)}
    </section>`;
  }

  private renderBody(
    feed: Feed,
    view: Exclude<ResultsView, { state: 'missing' }>,
    text: (value: LocalizedText) => TemplateResult | string,
  ): TemplateResult {
    if (view.state === 'none')
      return html`<p part="empty" class="empty" data-announce>${noResultsText()}</p>`;
    const minimum = view.results.minimumCount;
    const summary = view.results.summary
      ? html`<p part="summary" class="summary">${text(view.results.summary)}</p>`
      : nothing;
    if (view.state === 'too-few')
      return html`<p part="empty" class="empty" data-announce>${tooFewText(minimum)}</p>
        ${summary}`;
    const answered = (count: number | null) =>
      html`<span class="answered">${count === null ? fewerThanText(minimum) : answeredText(count)}</span>`;
    return html`<p part="total" class="total" data-announce>${responsesText(view.responses)}</p>
      ${summary}
      <div part="actions" class="actions">
        <button part="download-button" type="button" @click=${() => this.downloadCsv(feed, view)}>
          ${downloadCsvText()}
        </button>
      </div>
      <div class="overview">
        ${view.overview.map((chart) => renderBarChart(chart, minimum, text))}
        ${renderWeekChart(view.weeks, minimum)}
      </div>
      <div class="questions">
        ${view.charts.map((chart) => renderBarChart(chart, minimum, text, answered(chart.base)))}
      </div>
      ${
        view.texts.length === 0
          ? nothing
          : html`<section part="text-questions" class="texts" aria-labelledby="texts-heading">
              <h3 id="texts-heading">${textQuestionsHeading()}</h3>
              <dl>
                ${view.texts.map(
                  (question) =>
                    html`<div>
                      <dt>${text(question.label)}</dt>
                      <dd>${answered(question.answered)}</dd>
                    </div>`,
                )}
              </dl>
            </section>`
      }`;
  }
}
