import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { baseOf, directionOf } from '../src/i18n/language.js';
import { renderText, resolveText } from '../src/i18n/localized-text.js';

const six = {
  ar: 'التنمر الإلكتروني',
  en: 'Cyberbullying',
  es: 'Ciberacoso',
  fr: 'Cyberharcèlement',
  ru: 'Кибербуллинг',
  zh: '网络欺凌',
};

describe('LocalizedText', () => {
  it('picks the requested language, then its base, then the default, then any', () => {
    expect(resolveText(six, ['fr'], 'en')).to.deep.equal({
      text: 'Cyberharcèlement',
      lang: 'fr',
      dir: 'ltr',
    });
    expect(resolveText(six, ['ar'], 'en')).to.deep.equal({
      text: 'التنمر الإلكتروني',
      lang: 'ar',
      dir: 'rtl',
    });
    expect(resolveText({ 'fr-CA': 'Cyberintimidation', en: 'Cyberbullying' }, ['fr'], 'en').text).to.equal(
      'Cyberintimidation',
    );
    expect(resolveText({ 'zh-Hans': '网络欺凌', en: 'Cyberbullying' }, ['zh'], 'en').lang).to.equal(
      'zh-Hans',
    );
    expect(resolveText({ EN: 'Cyberbullying', es: 'Ciberacoso' }, ['en'], 'es').text).to.equal(
      'Cyberbullying',
    );
    expect(resolveText({ en: 'Cyberbullying', es: 'Ciberacoso' }, ['ru'], 'es')).to.deep.equal({
      text: 'Ciberacoso',
      lang: 'es',
      dir: 'ltr',
    });
    expect(resolveText({ de: 'Cybermobbing', fr: 'Cyberharcèlement' }, ['ru'], 'en').text).to.equal(
      'Cybermobbing',
    );
    expect(resolveText({ fr: 'A', 'fr-BE': 'B' }, ['fr-BE', 'fr'], 'en').text).to.equal('B');
  });

  it('takes a plain string as being in the feed default language', () => {
    expect(resolveText('Rapport', ['en'], 'fr')).to.deep.equal({ text: 'Rapport', lang: 'fr', dir: 'ltr' });
    expect(resolveText('تقرير', ['en'], 'ar').dir).to.equal('rtl');
  });

  it('knows right-to-left languages beyond the six', () => {
    expect(['ar', 'ar-EG', 'he', 'fa-IR', 'ur'].map(directionOf)).to.deep.equal([
      'rtl',
      'rtl',
      'rtl',
      'rtl',
      'rtl',
    ]);
    expect(['en', 'zh-Hant', 'ru', 'tr'].map(directionOf)).to.deep.equal(['ltr', 'ltr', 'ltr', 'ltr']);
    expect(baseOf('ZH_hant')).to.equal('zh');
  });

  it('renders text in the interface language as plain text, and other text isolated with its lang and dir', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(html`<p>${renderText(six, 'ru', 'en')}</p>`, host);
    expect(host.querySelector('bdi')).to.equal(null);
    expect(host.textContent).to.equal('Кибербуллинг');

    render(html`<p>${renderText({ en: 'Cyberbullying', ar: 'التنمر' }, 'fr', 'ar')}</p>`, host);
    const bdi = host.querySelector('bdi')!;
    expect([bdi.lang, bdi.dir, bdi.textContent]).to.deep.equal(['ar', 'rtl', 'التنمر']);

    render(html`<p>${renderText('<b>not html</b>', 'en', 'en')}</p>`, host);
    expect(host.querySelector('b')).to.equal(null);
    expect(host.textContent).to.equal('<b>not html</b>');
  });
});
