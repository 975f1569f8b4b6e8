/**
 * The `Intl` formatters an element needs for its first rendering, built ahead, while the page
 * waits for the feed (and the fonts of the languages' names, warmFonts below).
 *
 * The first `Intl.NumberFormat` or `Intl.DateTimeFormat` of a page loads the engine's locale
 * data (15–40 ms in Chromium 156 on a busy 2-core machine), and each formatter after it a few
 * milliseconds more. Built inside the first rendering, that time is on the critical path; built
 * while the page waits for the feed, it is not. Each formatter is a task of its own, queued at
 * once (not in idle time: background and idle tasks seldom run while a page loads, and a feed
 * often arrives within the next frames), and only the languages elements speak (and the page's)
 * are warmed.
 */
import { autonym, formatNumber } from './format.js';
import { LANGUAGES, type Language, toLanguage } from './language.js';
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

/**
 * Loads, in a task of its own, the fonts of the scripts a list of languages shows in a first
 * rendering (each language's name in itself: العربية, Русский, 中文…, in the document list's
 * language filter and the form's language switcher, whose width is that of their longest option):
 * the first layout of text in a script the page's font lacks looks for a fallback font and loads
 * it, about 5 ms of the first rendering in a fresh tab of Chromium 156 (issue 20: the first page of
 * 10,000 documents 37.9 → 32.8 ms, the 30-question form 38.5 → 35.2, with this). Measuring them on
 * a canvas (never drawn, never in the page) has the browser find and load the system's fonts for
 * those scripts while the page waits for its feed; a second call finds them loaded.
 */
export function warmFonts(): void {
  setTimeout(() =>
    document.createElement('canvas').getContext('2d')?.measureText(LANGUAGES.map(autonym).join(' ')),
  );
}
