/**
 * The formatters a document list's first screen builds besides the shared ones
 * (src/i18n/warm-formatters.ts: numbers, plural rules): the cards' long dates and the meetings'
 * ordinals ("29th meeting"). Built in a task of their own as soon as the element is defined, while
 * the page waits for its feed, instead of inside the first rendering (about 3 ms there, most of it
 * the `Intl.DateTimeFormat`).
 */
import { formatDate } from '../../i18n/format.js';
import { warmFonts, warmUp } from '../../i18n/warm-formatters.js';
import { ordinal } from '../../internal/meeting-names.js';

/** The formatters above, and the fonts of the language filter's names (warmFonts). */
export const warmUpDocumentList = (): void => {
  warmUp(() => formatDate('2000-01-01') + ordinal(1));
  warmFonts();
};
