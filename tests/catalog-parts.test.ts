import { expect } from '@open-wc/testing';
import type { TemplateMap } from '@lit/localize';
import { addCatalogs, inLanguage, isLanguageLoaded, loadLanguage, msg } from '../src/i18n/msg.js';

// The per-element files (dist/<element>.js) register each element's part of a language's catalog
// (scripts/rollup-catalogs.mjs); two elements on one page each bring theirs.
describe('catalog parts', () => {
  const part =
    (templates: TemplateMap, log: string[], name: string) => (): Promise<{ templates: TemplateMap }> => {
      log.push(name);
      return Promise.resolve({ templates });
    };

  it('a language is loaded once every part registered for it is, and speaks with all of them', async () => {
    const log: string[] = [];
    await loadLanguage('es');
    expect(isLanguageLoaded('es')).to.equal(true);
    const first = part({ 'test.first': 'Primera' }, log, 'first');
    addCatalogs({ es: first });
    // A part added later (another element's entry) is waited for.
    expect(isLanguageLoaded('es')).to.equal(false);
    const one = loadLanguage('es');
    const two = loadLanguage('es');
    await Promise.all([one, two]);
    expect(log, 'loaded once').to.deep.equal(['first']);
    expect(isLanguageLoaded('es')).to.equal(true);
    addCatalogs({ fr: part({ 'test.second': 'Seconde' }, log, 'second') });
    expect(isLanguageLoaded('es'), 'another language’s part').to.equal(true);
    expect(isLanguageLoaded('fr')).to.equal(false);
    await loadLanguage('fr');
    const words = (language: 'es' | 'fr') =>
      inLanguage(language, () => [
        msg('First', { id: 'test.first' }),
        msg('Second', { id: 'test.second' }),
        msg('Loading…'),
      ]);
    expect(words('es')).to.deep.equal(['Primera', 'Second', 'Cargando…']);
    expect(words('fr')).to.deep.equal(['First', 'Seconde', 'Chargement…']);
  });

  it('a part added while the language loads is waited for too', async () => {
    const log: string[] = [];
    const loading = loadLanguage('zh');
    addCatalogs({ zh: part({ 'test.fourth': '第四' }, log, 'fourth') });
    await loading;
    if (!isLanguageLoaded('zh')) await loadLanguage('zh');
    expect(inLanguage('zh', () => [msg('Fourth', { id: 'test.fourth' }), msg('Loading…')])).to.deep.equal([
      '第四',
      '正在加载…',
    ]);
  });

  it('a language whose catalog cannot be loaded is shown in English and loaded again later', async () => {
    let fail = true;
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args[0]);
    try {
      addCatalogs({
        ru: () =>
          fail
            ? Promise.reject(new Error('gone'))
            : Promise.resolve({ templates: { 'test.third': 'Третья' } }),
      });
      await loadLanguage('ru');
      expect(warnings).to.have.length(1);
      expect(isLanguageLoaded('ru')).to.equal(false);
      const third = () => inLanguage('ru', () => [msg('Third', { id: 'test.third' }), msg('Loading…')]);
      expect(third()).to.deep.equal(['Third', 'Loading…']);
      fail = false;
      await loadLanguage('ru');
      expect(isLanguageLoaded('ru')).to.equal(true);
      expect(third()).to.deep.equal(['Третья', 'Загрузка…']);
    } finally {
      console.warn = warn;
    }
  });

  it('English, and a language no catalog is registered for, need nothing loaded', () => {
    expect(isLanguageLoaded('en')).to.equal(true);
  });
});
