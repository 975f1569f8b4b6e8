/**
 * Plural forms by `Intl.PluralRules` (CLDR): Arabic has six categories (zero, one, two, few,
 * many, other), Russian four, Chinese one. Each category is its own `msg()`, so translators
 * write every form their language needs; the English source repeats "other" where English
 * has no such form.
 */
import { renderingLanguage } from './msg.js';

type Category = Intl.LDMLPluralRule;
export type PluralForms = Record<Category, () => string>;

const rules = new Map<string, Intl.PluralRules>();

/** The cached plural rules of `language`. */
export function pluralRules(language: string): Intl.PluralRules {
  let found = rules.get(language);
  if (!found) {
    found = new Intl.PluralRules(language);
    rules.set(language, found);
  }
  return found;
}

/** The form of `forms` that `count` takes in the language being rendered. */
export function plural(count: number, forms: PluralForms): string {
  return forms[pluralRules(renderingLanguage()).select(count)]();
}

const ordinalRules = new Map<string, Intl.PluralRules>();

/**
 * The form of `forms` for the ordinal `count` ("1st", "2nd", "3rd", "4th" in English; "1re",
 * "2e" in French) in the language being rendered, by `Intl.PluralRules` with `type: 'ordinal'`.
 */
export function ordinal(count: number, forms: PluralForms): string {
  const language = renderingLanguage();
  let found = ordinalRules.get(language);
  if (!found) {
    found = new Intl.PluralRules(language, { type: 'ordinal' });
    ordinalRules.set(language, found);
  }
  return forms[found.select(count)]();
}
