/**
 * The `Intl` formatters an element needs for its first rendering, built ahead, while the page
 * waits for the feed.
 *
 * The first `Intl.NumberFormat` or `Intl.DateTimeFormat` of a page loads the engine's locale
 * data (15–40 ms in Chromium 156 on a busy 2-core machine), and each formatter after it a few
 * milliseconds more. Built inside the first rendering, that time is on the critical path; built
 * while the page waits for the feed, it is not. Each formatter is a task of its own, queued at
 * once (not in idle time: background and idle tasks seldom run while a page loads, and a feed
 * often arrives within the next frames), and only the languages elements speak (and the page's)
 * are warmed.
 */
import { formatNumber } from './format.js';
import { type Language, toLanguage } from './language.js';
import { inLanguage } from './msg.js';
import { pluralRules } from './plural.js';

/** Languages warmed or being warmed. */
const warmed = new Set<Language>();

/**
 * Builds, in tasks of their own, the cached formatters every element uses in a first rendering in
 * `language` (numbers, then plural rules): the same cache entries the rendering then finds, and
 * the locale data every later formatter needs. The others (dates, lists, language and country
 * names, the collator) cost 1–5 ms each once the data are loaded, and would add their code to
 * the entries of elements that do not use them. Does nothing for a language already warmed or
 * being warmed.
 */
export function warmFormatters(language: Language): void {
  if (warmed.has(language)) return;
  warmed.add(language);
  // Loads the locale data: the long task. Then the plural rules.
  warmUp(() => formatNumber(0), language);
  warmUp(() => pluralRules(language), language);
}

/**
 * Runs `build` in a task of its own, in `language` (by default the page's, `<html lang>`): how an
 * element builds ahead, when it is defined, the formatters of its own first rendering.
 */
export function warmUp(
  build: () => unknown,
  language = toLanguage(document.documentElement.getAttribute('lang')),
): void {
  setTimeout(() => inLanguage(language, build));
}
