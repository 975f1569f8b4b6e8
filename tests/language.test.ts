import { expect } from '@open-wc/testing';
import {
  DEFAULT_LANGUAGE,
  DRAFT_LANGUAGES,
  LANGUAGES,
  directionOf,
  isLanguage,
  toLanguage,
} from '../src/i18n/language.js';
import { LANGUAGE_TABLE } from '../src/i18n/languages.js';
import { UN_LANGUAGES } from './helpers/languages.js';

describe('language tags', () => {
  it('knows the six UN languages, first and in the UN’s order, and any added since', () => {
    expect(LANGUAGE_TABLE.slice(0, 6).map((entry) => entry.tag)).to.deep.equal(UN_LANGUAGES);
    expect(LANGUAGES.slice(0, 6)).to.deep.equal(UN_LANGUAGES);
    expect(new Set(LANGUAGE_TABLE.map((entry) => entry.tag)).size, 'each once').to.equal(
      LANGUAGE_TABLE.length,
    );
    expect([...LANGUAGES, ...DRAFT_LANGUAGES].sort()).to.deep.equal(
      LANGUAGE_TABLE.map((entry) => entry.tag).sort(),
    );
    expect(DEFAULT_LANGUAGE).to.equal('en');
    expect(isLanguage('fr')).to.equal(true);
    expect(isLanguage('fr-CA')).to.equal(false);
    expect(isLanguage(7)).to.equal(false);
  });

  it('lists each language as a base subtag, named in itself as CLDR names it, in its direction', () => {
    for (const { tag, autonym, direction } of LANGUAGE_TABLE) {
      expect(tag, tag).to.match(/^[a-z]{2,3}$/);
      const name = new Intl.DisplayNames(tag, { type: 'language' }).of(tag)!;
      expect(autonym.toLocaleLowerCase(tag), tag).to.equal(name.toLocaleLowerCase(tag));
      const locale = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?(): { direction: string } };
      expect(direction, tag).to.equal(locale.getTextInfo?.().direction ?? direction);
      expect(directionOf(tag), tag).to.equal(direction);
    }
  });

  it('reduces tags to their base language and falls back to English', () => {
    expect(toLanguage('zh-Hans')).to.equal('zh');
    expect(toLanguage('zh-TW')).to.equal('zh');
    expect(toLanguage(' RU ')).to.equal('ru');
    // qaa–qtz are reserved for private use: no office's language is ever one of them.
    expect(toLanguage('qaa-BR')).to.equal('en');
    expect(toLanguage('qaa-BR', true)).to.equal('en');
    expect(toLanguage('x-klingon')).to.equal('en');
    expect(toLanguage(null)).to.equal('en');
    expect(toLanguage(undefined)).to.equal('en');
    for (const language of LANGUAGES)
      expect(toLanguage(`${language.toUpperCase()}-XX`, true)).to.equal(language);
  });

  it('writes Arabic right to left and the other UN languages left to right', () => {
    expect(UN_LANGUAGES.filter((language) => directionOf(language) === 'rtl')).to.deep.equal(['ar']);
    expect(directionOf('he-IL')).to.equal('rtl');
  });

  for (const draft of DRAFT_LANGUAGES) {
    it(`offers the draft ${draft} only where the page opts in`, () => {
      expect(isLanguage(draft)).to.equal(false);
      expect(toLanguage(draft)).to.equal('en');
      expect(toLanguage(`${draft}-XX`, true)).to.equal(draft);
    });
  }
});
