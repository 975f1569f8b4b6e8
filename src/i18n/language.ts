/**
 * Which language an element speaks, and in which direction it writes.
 *
 * The elements support the six official languages of the United Nations. Any language tag is
 * reduced to its base language (`fr-CA` → `fr`, `zh-Hant-TW` → `zh`); anything outside the six
 * falls back to English (CONTRACT §2).
 */

/** The six UN languages, in the order the UN lists them (alphabetical in English). */
export const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

/** One of the six UN languages. */
export type Language = (typeof LANGUAGES)[number];

/** Writing direction of a language. */
export type Direction = 'ltr' | 'rtl';

/** What an element speaks when nothing on the page says otherwise. */
export const DEFAULT_LANGUAGE: Language = 'en';

const supported: ReadonlySet<string> = new Set(LANGUAGES);

/** Is `value` one of the six supported languages (exactly, as a base tag)? */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && supported.has(value);
}

/**
 * The supported language a BCP 47 tag asks for: its base subtag when that is one of the six,
 * else {@link DEFAULT_LANGUAGE}. Case and `_` separators are tolerated (`ZH_cn` → `zh`).
 */
export function toLanguage(tag: string | null | undefined): Language {
  const base = baseOf((tag ?? '').trim());
  return isLanguage(base) ? base : DEFAULT_LANGUAGE;
}

const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar',
  'he',
  'iw',
  'fa',
  'ur',
  'ps',
  'sd',
  'ug',
  'yi',
  'dv',
  'ckb',
  'syr',
]);

/** The base subtag of a language tag, lower-cased: `zh-Hant-TW` → `zh`. */
export function baseOf(tag: string): string {
  return tag.toLowerCase().split(/[-_]/, 1)[0] ?? '';
}

/**
 * The writing direction of a language tag: right-to-left for Arabic (the one of the six), and
 * for Hebrew, Persian, Urdu and the other right-to-left languages a feed's text may be in.
 */
export function directionOf(tag: string): Direction {
  return RTL_LANGUAGES.has(baseOf(tag)) ? 'rtl' : 'ltr';
}

/**
 * The `lang` in force at `element` under the HTML rules: the element's own `lang` attribute,
 * else the nearest ancestor's, walking out of shadow roots through their hosts. Returns `null`
 * when no ancestor says (an empty `lang=""` means "unknown" and stops the walk, as in HTML).
 */
export function inheritedLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}
