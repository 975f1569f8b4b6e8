/**
 * The languages the elements speak: the one list that the elements, the catalog loaders, the
 * demo, the embed builder, Storybook, the tests and the build scripts read (scripts/languages.mjs).
 *
 * `npm run add-language <tag>` adds a language here as a draft (`draft: true`); a draft is not
 * offered to readers until its translation is complete and `npm run add-language <tag> --
 * --publish` turns it into a full language (see src/i18n/language.ts for what a draft means).
 * Keep one language per line, in the order the languages are listed to readers (the six UN
 * languages first, in the UN's order: alphabetical in English).
 */
export const LANGUAGE_TABLE = [
  { tag: 'ar', autonym: 'العربية', direction: 'rtl', draft: false },
  { tag: 'zh', autonym: '中文', direction: 'ltr', draft: false },
  { tag: 'en', autonym: 'English', direction: 'ltr', draft: false },
  { tag: 'fr', autonym: 'Français', direction: 'ltr', draft: false },
  { tag: 'ru', autonym: 'Русский', direction: 'ltr', draft: false },
  { tag: 'es', autonym: 'Español', direction: 'ltr', draft: false },
] as const satisfies readonly {
  /** Base BCP 47 subtag, lower case. */
  tag: string;
  /** The language's name in itself, as a label starts (CLDR's). */
  autonym: string;
  direction: 'ltr' | 'rtl';
  /** In translation: not offered to readers (falls back to English) unless a page opts in. */
  draft: boolean;
}[];
