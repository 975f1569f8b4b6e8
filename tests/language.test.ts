import { expect } from '@open-wc/testing';
import { DEFAULT_LANGUAGE, LANGUAGES, directionOf, isLanguage, toLanguage } from '../src/i18n/language.js';

describe('language tags', () => {
  it('knows exactly the six UN languages', () => {
    expect([...LANGUAGES].sort()).to.deep.equal(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    expect(DEFAULT_LANGUAGE).to.equal('en');
    expect(isLanguage('fr')).to.equal(true);
    expect(isLanguage('fr-CA')).to.equal(false);
    expect(isLanguage(7)).to.equal(false);
  });

  it('reduces tags to their base language and falls back to English', () => {
    expect(toLanguage('zh-Hans')).to.equal('zh');
    expect(toLanguage('zh-TW')).to.equal('zh');
    expect(toLanguage(' RU ')).to.equal('ru');
    expect(toLanguage('pt-BR')).to.equal('en');
    expect(toLanguage('x-klingon')).to.equal('en');
    expect(toLanguage(null)).to.equal('en');
    expect(toLanguage(undefined)).to.equal('en');
  });

  it('writes Arabic right to left and the others left to right', () => {
    expect(LANGUAGES.filter((language) => directionOf(language) === 'rtl')).to.deep.equal(['ar']);
  });
});
