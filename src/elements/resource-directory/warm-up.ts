/**
 * The formatters a directory's first screen builds besides the shared ones
 * (src/i18n/warm-formatters.ts: numbers, plural rules): the collation its titles are sorted in, the
 * names of countries and languages, and lists ("France, Belgium and Spain"). Built in a task of
 * their own as soon as the element is defined, while the page waits for its feed, instead of inside
 * the first rendering.
 */
import { collator, countryName, formatList, languageName } from '../../i18n/format.js';
import { warmUp } from '../../i18n/warm-formatters.js';

export const warmUpDirectory = (): void =>
  warmUp(() => [collator(), countryName('FR'), languageName('fr'), formatList(['a', 'b'])]);
