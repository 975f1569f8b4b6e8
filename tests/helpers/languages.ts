// The languages the tests run in, so that a language an office adds is tested like the six with
// no edit to the tests: every language of src/i18n/languages.ts for what does not depend on its
// translation (formatting, language tags), drafts too; the languages offered (LANGUAGES) for what
// the elements show (the axe matrix, layout), since a draft is shown half translated, and only on
// a page that opts in (a preview): its visible "Adicionar ao calendário" beside the untranslated
// accessible name "Add to calendar: …" is what axe reports, and what readers never get.
import { DRAFT_LANGUAGES, LANGUAGES, type Language } from '../../src/i18n/language.js';

export const TESTED_LANGUAGES: readonly Language[] = [...LANGUAGES, ...DRAFT_LANGUAGES];

/** The languages the elements are checked in as readers see them: those offered, no draft. */
export const SHOWN_LANGUAGES: readonly Language[] = LANGUAGES;

/**
 * The six official languages of the United Nations, in the UN's order: the languages the
 * CWG-COP feed is published in, and the first of the library's (a fact, not the library's list).
 */
export const UN_LANGUAGES: readonly string[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
