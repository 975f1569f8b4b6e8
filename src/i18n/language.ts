/**
 * Which language an element speaks, and in which direction it writes.
 *
 * The languages are those of src/i18n/languages.ts: the six official languages of the United
 * Nations, and any an office adds with `npm run add-language <tag>`. Any language tag is reduced
 * to its base language (`fr-CA` → `fr`, `zh-Hant-TW` → `zh`); anything outside the list falls
 * back to English (CONTRACT §2).
 *
 * A draft language (one still being translated) is not offered: a page asking for it gets
 * English, entirely (never a mix of translated and English strings with the draft's dates and
 * numbers). Only a page that opts in with a `data-cop-draft` attribute (on the element or an
 * ancestor, e.g. `<html lang="pt" data-cop-draft>`) gets it, from the npm modules or the
 * per-element files, to preview a translation; `dist/cop-widgets.js` never contains a draft.
 */
import { LANGUAGE_TABLE } from './languages.js';

type Entry = (typeof LANGUAGE_TABLE)[number];

/** A language of the list, draft or not. */
export type Language = Entry['tag'];

/** A language still being translated (not offered to readers). */
export type DraftLanguage = Extract<Entry, { draft: true }>['tag'];

/** The languages offered to readers, in the order they are listed (the UN's for the six). */
export const LANGUAGES: readonly Language[] = LANGUAGE_TABLE.filter((entry) => !entry.draft).map(
  (entry) => entry.tag,
);

/** The languages still being translated, offered only to a page that opts in. */
export const DRAFT_LANGUAGES: readonly Language[] = LANGUAGE_TABLE.filter((entry) => entry.draft).map(
  (entry) => entry.tag,
);

/** Writing direction of a language. */
export type Direction = 'ltr' | 'rtl';

/** What an element speaks when nothing on the page says otherwise. */
export const DEFAULT_LANGUAGE: Language = 'en';

const supported: ReadonlySet<string> = new Set(LANGUAGES);
const drafts: ReadonlySet<string> = new Set(DRAFT_LANGUAGES);

/** Is `value` one of the languages offered to readers (exactly, as a base tag)? */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && supported.has(value);
}

/**
 * The language a BCP 47 tag asks for: its base subtag when that is offered (or, with `draft`,
 * a draft language), else {@link DEFAULT_LANGUAGE}. Case and `_` separators are tolerated
 * (`ZH_cn` → `zh`).
 */
export function toLanguage(tag: string | null | undefined, draft = false): Language {
  const base = baseOf((tag ?? '').trim());
  return isLanguage(base) || (draft && drafts.has(base)) ? (base as Language) : DEFAULT_LANGUAGE;
}

const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  ...LANGUAGE_TABLE.filter((entry) => entry.direction === 'rtl').map((entry) => entry.tag),
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
 * The writing direction of a language tag: as the language list says for its languages (Arabic
 * right-to-left), and right-to-left for Hebrew, Persian, Urdu and the other right-to-left languages a feed's text may be in.
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
  return closestWith(element, 'lang')?.getAttribute('lang') ?? null;
}

/**
 * Does the page opt in to draft languages at `element`: a `data-cop-draft` attribute on it or
 * an ancestor (through shadow roots), e.g. a translator's preview page?
 */
export function draftsAllowed(element: Element): boolean {
  return closestWith(element, 'data-cop-draft') !== null;
}

/** `element` or its nearest ancestor, walking out of shadow roots, with attribute `name`. */
function closestWith(element: Element, name: string): Element | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute(name)) return node;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}
