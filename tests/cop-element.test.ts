import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { CopElement } from '../src/internal/cop-element.js';
import { VERSION } from '../src/version.js';

/** A minimal element on the base: shows what it resolved. */
class LanguageProbe extends CopElement {
  renders = 0;
  override render() {
    this.renders += 1;
    return litHtml`<p>${this.language} ${this.direction}</p>`;
  }
}
LanguageProbe.define('test-language-probe');

declare global {
  interface HTMLElementTagNameMap {
    'test-language-probe': LanguageProbe;
  }
}

/** Waits for the MutationObserver that watches `lang`, then for the re-render it requested. */
async function settled(element: LanguageProbe): Promise<void> {
  await Promise.resolve();
  await element.updateComplete;
}

function shown(element: LanguageProbe): string {
  return element.shadowRoot?.querySelector('p')?.textContent ?? '';
}

describe('CopElement.define', () => {
  let warnings: unknown[][];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('registers the tag and is silent when the same class is defined again', () => {
    class Once extends CopElement {}
    Once.define('test-define-once');
    expect(() => Once.define('test-define-once')).not.to.throw();
    expect(customElements.get('test-define-once')).to.equal(Once);
    expect(warnings).to.have.length(0);
  });

  it('keeps the first definition when a second copy defines the tag, and warns once per page', () => {
    class FirstCopy extends CopElement {
      static override readonly copVersion = '0.0.9';
    }
    class SecondCopy extends CopElement {}
    class ThirdCopy extends CopElement {}
    FirstCopy.define('test-define-twice');
    expect(() => SecondCopy.define('test-define-twice')).not.to.throw();
    expect(() => ThirdCopy.define('test-define-twice')).not.to.throw();
    class OtherTag extends CopElement {}
    OtherTag.define('test-define-other');
    expect(() => ThirdCopy.define('test-define-other')).not.to.throw();

    expect(customElements.get('test-define-twice')).to.equal(FirstCopy);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.equal(
      `cop-widgets ${VERSION}: <test-define-twice> is already defined by cop-widgets 0.0.9, so this page loads ` +
        'cop-widgets twice. The first definition stays in use; load the library once.',
    );
  });

  it('knows its own version, the one in package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
    expect(CopElement.copVersion).to.equal(VERSION);
  });

  it('defines into the registry it is given', () => {
    const calls: [string, CustomElementConstructor][] = [];
    const registry = {
      get: () => undefined,
      define: (name: string, ctor: CustomElementConstructor) => calls.push([name, ctor]),
    } as unknown as CustomElementRegistry;
    class Scoped extends CopElement {}
    Scoped.define('test-scoped', registry);
    expect(calls).to.deep.equal([['test-scoped', Scoped]]);
    expect(customElements.get('test-scoped')).to.equal(undefined);
  });
});

describe('CopElement language and direction', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
    document.documentElement.removeAttribute('dir');
  });

  it('speaks English, left to right, when nothing on the page says otherwise', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<LanguageProbe>(html`<test-language-probe></test-language-probe>`);
    expect(el.language).to.equal('en');
    expect(el.direction).to.equal('ltr');
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(shown(el)).to.equal('en ltr');
  });

  const fromAttribute: [string, string, string][] = [
    ['fr', 'fr', 'ltr'],
    ['fr-CA', 'fr', 'ltr'],
    ['ar', 'ar', 'rtl'],
    ['AR-eg', 'ar', 'rtl'],
    ['zh-Hant-TW', 'zh', 'ltr'],
    ['zh_CN', 'zh', 'ltr'],
    ['ru', 'ru', 'ltr'],
    ['es-419', 'es', 'ltr'],
    ['de', 'en', 'ltr'],
    ['he', 'en', 'ltr'],
    ['', 'en', 'ltr'],
  ];
  for (const [lang, language, direction] of fromAttribute) {
    it(`resolves lang="${lang}" on the element to ${language} (${direction})`, async () => {
      const el = await fixture<LanguageProbe>(html`<test-language-probe lang=${lang}></test-language-probe>`);
      expect(el.language).to.equal(language);
      expect(el.direction).to.equal(direction);
      expect(el.getAttribute('dir')).to.equal(direction);
      expect(shown(el)).to.equal(`${language} ${direction}`);
    });
  }

  it('takes the nearest ancestor lang over farther ones and over <html>', async () => {
    document.documentElement.setAttribute('lang', 'fr');
    const outer = await fixture(
      html`<section lang="es">
        <div lang="ru">
          <div><test-language-probe></test-language-probe></div>
        </div>
      </section>`,
    );
    const el = outer.querySelector('test-language-probe')!;
    expect(el.language).to.equal('ru');
  });

  it('takes <html lang> when no closer element has one', async () => {
    document.documentElement.setAttribute('lang', 'zh-CN');
    const el = await fixture<LanguageProbe>(html`<test-language-probe></test-language-probe>`);
    expect(el.language).to.equal('zh');
  });

  it('stops at an empty lang="" on an ancestor (unknown language), as HTML does', async () => {
    document.documentElement.setAttribute('lang', 'fr');
    const outer = await fixture(html`<div lang=""><test-language-probe></test-language-probe></div>`);
    expect(outer.querySelector('test-language-probe')!.language).to.equal('en');
  });

  it('finds the language through enclosing shadow roots, and follows changes there', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div lang="ar"><test-language-probe></test-language-probe></div>';
    const el = root.querySelector('test-language-probe')!;
    await el.updateComplete;
    expect(el.language).to.equal('ar');
    expect(el.getAttribute('dir')).to.equal('rtl');

    root.querySelector('div')!.removeAttribute('lang');
    host.setAttribute('lang', 'es');
    await settled(el);
    expect(el.language).to.equal('es');
    expect(shown(el)).to.equal('es ltr');
  });

  it('stays left to right in English inside a right-to-left page', async () => {
    document.documentElement.setAttribute('dir', 'rtl');
    const outer = await fixture(
      html`<div lang="ar" dir="rtl"><test-language-probe lang="en"></test-language-probe></div>`,
    );
    const el = outer.querySelector('test-language-probe')!;
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).direction).to.equal('ltr');
  });

  it('writes right to left in Arabic even when the page sets no dir', async () => {
    const el = await fixture<LanguageProbe>(html`<test-language-probe lang="ar"></test-language-probe>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).direction).to.equal('rtl');
    expect(el.matches(':dir(rtl)')).to.equal(true);
  });

  it('renders first in a lang set after insertion but before its first update', async () => {
    const el = document.createElement('test-language-probe');
    // The attribute arrives in a microtask that runs before the element's first update and
    // before the observer reports it, as happens under React 18 (tests/react.test.ts).
    queueMicrotask(() => el.setAttribute('lang', 'ar'));
    document.body.append(el);
    await el.updateComplete;
    expect(shown(el)).to.equal('ar rtl');
    expect(el.renders).to.equal(1);
    el.remove();
  });

  it('re-renders in place when its own lang changes, and falls back when it is removed', async () => {
    document.documentElement.setAttribute('lang', 'ru');
    const el = await fixture<LanguageProbe>(html`<test-language-probe lang="fr"></test-language-probe>`);
    const paragraph = el.shadowRoot!.querySelector('p');
    const rendersBefore = el.renders;

    el.setAttribute('lang', 'ar');
    await settled(el);
    expect(el.language).to.equal('ar');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(shown(el)).to.equal('ar rtl');
    expect(el.shadowRoot!.querySelector('p')).to.equal(paragraph);
    expect(el.renders).to.equal(rendersBefore + 1);

    el.removeAttribute('lang');
    await settled(el);
    expect(el.language).to.equal('ru');
    expect(el.getAttribute('dir')).to.equal('ltr');
  });

  it('follows a change of <html lang>, as page-translation tools make', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const el = await fixture<LanguageProbe>(html`<test-language-probe></test-language-probe>`);
    document.documentElement.setAttribute('lang', 'ar');
    await settled(el);
    expect(shown(el)).to.equal('ar rtl');
  });

  it('does not re-render when an unrelated lang change leaves its language as it was', async () => {
    const outer = await fixture(
      html`<div lang="fr"><test-language-probe></test-language-probe><span lang="ru"></span></div>`,
    );
    const el = outer.querySelector('test-language-probe')!;
    const rendersBefore = el.renders;
    outer.querySelector('span')!.setAttribute('lang', 'zh');
    outer.setAttribute('lang', 'fr-BE');
    await settled(el);
    await nextFrame();
    expect(el.renders).to.equal(rendersBefore);
    expect(el.language).to.equal('fr');
  });

  it('re-resolves when moved under another ancestor, and stops listening once removed', async () => {
    const outer = await fixture(
      html`<div>
        <div lang="es" id="a"><test-language-probe></test-language-probe></div>
        <div lang="zh" id="b"></div>
      </div>`,
    );
    const el = outer.querySelector('test-language-probe')!;
    expect(el.language).to.equal('es');
    outer.querySelector('#b')!.append(el);
    await el.updateComplete;
    expect(el.language).to.equal('zh');

    el.remove();
    const rendersBefore = el.renders;
    outer.querySelector('#b')!.setAttribute('lang', 'ar');
    await settled(el);
    expect(el.renders).to.equal(rendersBefore);
  });
});
