/**
 * What the document list warms before a reader needs it. The formatters its first screen builds
 * besides the shared ones (src/i18n/warm-formatters.ts: numbers, plural rules): the cards' long
 * dates and the meetings' ordinals ("29th meeting"), built in a task of their own as soon as the
 * element is defined, while the page waits for its feed, instead of inside the first rendering
 * (about 3 ms there, most of it the `Intl.DateTimeFormat`). And, in its idle work after the first
 * paint, pages of cards rendered off the page ({@link warmCards}).
 */
import { html, render, type TemplateResult } from 'lit';
import type { FeedDocument } from '../../feed/model.js';
import { formatDate } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import { inLanguage } from '../../i18n/msg.js';
import { warmFonts, warmUp } from '../../i18n/warm-formatters.js';
import { ordinal } from '../../internal/meeting-names.js';
import type { IndexedDocument } from './document-index.js';

/** The formatters above, and the fonts of the language filter's names (warmFonts). */
export const warmUpDocumentList = (): void => {
  warmUp(() => formatDate('2000-01-01') + ordinal(1));
  warmFonts();
};

/** How many pages of cards {@link warmCards} renders, one per idle step. */
export const CARD_ROUNDS = 4;

/**
 * Renders page `round` of `entries`, counted from the end (documents other than those shown), in
 * `language` into `box`, a list that is never on the page, in idle time once the search loop is
 * warm: lit then updates the cards of the first search's page through code the engine has run
 * several times, as in a later search (issue 20, S7: the first narrow search among 10,000
 * documents 18.1–20.9 -> 16.5–19.0 ms, tachometer, 25 samples; in an earlier run four rounds gave
 * 15.7–17.8 ms and two 15.9–19.3).
 */
export function warmCards(
  box: HTMLElement,
  entries: readonly IndexedDocument[],
  round: number,
  language: Language,
  card: (document: FeedDocument, position: number) => TemplateResult,
): void {
  const from = Math.max(0, entries.length - 20 * round);
  const cards = entries.slice(from, from + 20).map(({ document }, i) => card(document, i));
  inLanguage(language, () => render(html`${cards}`, box));
}
