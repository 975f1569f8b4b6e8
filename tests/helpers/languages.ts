// The languages the tests run in: every language of src/i18n/languages.ts, drafts too, so that
// a language an office adds is tested like the six with no edit to the tests. A draft is shown
// only where a page opts in (`data-cop-draft`): importing this module opts the test page in, as
// a translator's preview page does (it changes nothing for the languages offered).
import { DRAFT_LANGUAGES, LANGUAGES, type Language } from '../../src/i18n/language.js';

export const TESTED_LANGUAGES: readonly Language[] = [...LANGUAGES, ...DRAFT_LANGUAGES];

document.documentElement.setAttribute('data-cop-draft', '');

/**
 * The six official languages of the United Nations, in the UN's order: the languages the
 * CWG-COP feed is published in, and the first of the library's (a fact, not the library's list).
 */
export const UN_LANGUAGES: readonly string[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
