/**
 * Feed text in the reader's language (CONTRACT §3): a `LocalizedText` is a string or an object
 * from language tag to string. Lookup: the requested tag → its base language → the feed's
 * `defaultLanguage` → any present. Text that ends up in another language than the interface is
 * marked with its own `lang` and `dir` and isolated, so screen readers switch voice and mixed
 * Arabic/Latin text keeps its order.
 */
import { html, type TemplateResult } from 'lit';
import type { LocalizedText } from '../feed/model.js';
import { type Direction, baseOf, directionOf } from './language.js';

/** A text picked from a `LocalizedText`, with the language it is actually in. */
export interface ResolvedText {
  text: string;
  /** The language tag of `text` (the key it came from, or the feed's default language). */
  lang: string;
  /** `lang`'s writing direction. */
  dir: Direction;
}

/**
 * Picks the text of `value` for a reader asking for `wanted` (most specific first, e.g.
 * `['fr-CA', 'fr']`), falling back to `defaultLanguage`, then to the first text present; an empty
 * or blank text counts as absent. Keys are compared case-insensitively; `fr` also finds a `fr-FR` key.
 */
export function resolveText(
  value: LocalizedText,
  wanted: readonly string[],
  defaultLanguage: string,
): ResolvedText {
  if (typeof value === 'string')
    return { text: value, lang: defaultLanguage, dir: directionOf(defaultLanguage) };
  // An empty (or blank) text is one not translated yet: as if absent.
  const entries = Object.entries(value).filter(([, text]) => /\S/.test(text));
  const pick = (tag: string): [string, string] | undefined => {
    const lower = tag.toLowerCase();
    return (
      entries.find(([key]) => key.toLowerCase() === lower) ??
      entries.find(([key]) => baseOf(key) === baseOf(lower))
    );
  };
  const found = wanted.map(pick).find((entry) => entry !== undefined) ??
    pick(defaultLanguage) ??
    entries[0] ?? ['und', ''];
  const [lang, text] = found;
  return { text, lang, dir: directionOf(lang) };
}

/**
 * The text of `value` for an interface in `language`, as a template: plain text when it is in
 * that language, else isolated in a `<bdi>` carrying its own `lang` and `dir`.
 */
export function renderText(
  value: LocalizedText,
  language: string,
  defaultLanguage: string,
  wanted: readonly string[] = [language],
): TemplateResult | string {
  const resolved = resolveText(value, wanted, defaultLanguage);
  if (baseOf(resolved.lang) === baseOf(language)) return resolved.text;
  return html`<bdi lang=${resolved.lang} dir=${resolved.dir}>${resolved.text}</bdi>`;
}
