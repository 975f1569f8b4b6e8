import { expect } from '@open-wc/testing';
import { until } from './helpers/until.js';

/** Every `Intl` formatter the page builds from here on: its kind and locale. */
const built: { kind: string; locale: string }[] = [];
const KINDS = [
  'NumberFormat',
  'DateTimeFormat',
  'PluralRules',
  'ListFormat',
  'DisplayNames',
  'Collator',
] as const;
for (const kind of KINDS) {
  const Original = Intl[kind] as unknown as new (...args: unknown[]) => object;
  const Counting = class extends Original {
    constructor(...args: unknown[]) {
      built.push({ kind, locale: String(args[0]) });
      super(...args);
    }
  };
  // The library caches formatters by constructor name: keep it.
  Object.defineProperty(Counting, 'name', { value: kind });
  Object.defineProperty(Intl, kind, { value: Counting, configurable: true, writable: true });
}

/** Every text measured on a canvas from here on. */
const measured: string[] = [];
const measureText = CanvasRenderingContext2D.prototype.measureText;
CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
  measured.push(text);
  return measureText.call(this, text);
};

const kindsIn = (locale: string) =>
  new Set(built.filter((entry) => entry.locale === locale).map((entry) => entry.kind));

describe('formatters warmed in idle time', () => {
  it("builds the page language's formatters after an element is defined, not during the definition, and no other language's", async () => {
    document.documentElement.lang = 'ru';
    // An element that builds no formatter of its own ahead (the directory does: see below).
    await import('../src/elements/recommendation-timeline/define.js');
    // Nothing built by the definition itself: the work waits for idle time.
    expect(built).to.deep.equal([]);
    await until(() => kindsIn('ru').size === 2, 'the Russian formatters');
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Numbers and plural rules, once each; nothing else, in no other language.
    expect(built.map((entry) => `${entry.kind} ${entry.locale}`).sort()).to.deep.equal([
      'NumberFormat ru',
      'PluralRules ru',
    ]);
  });

  it('warms the language of an element connected in another language, once', async () => {
    const element = document.createElement('cop-recommendation-timeline');
    element.lang = 'ar';
    document.body.append(element);
    await until(
      () => ['NumberFormat', 'PluralRules'].every((kind) => kindsIn('ar').has(kind)),
      'the Arabic formatters',
    );
    element.remove();
    const again = document.createElement('cop-recommendation-timeline');
    again.lang = 'ar';
    document.body.append(again);
    await new Promise((resolve) => setTimeout(resolve, 200));
    again.remove();
    expect(built.filter((entry) => entry.locale === 'ar' && entry.kind === 'NumberFormat')).to.have.length(1);
    expect(new Set(built.map((entry) => entry.locale))).to.deep.equal(new Set(['ru', 'ar']));
  });

  it("builds the directory's own formatters once it is defined, in a task of their own: collation, country and language names, lists", async () => {
    document.documentElement.lang = 'fr';
    await import('../src/elements/resource-directory/define.js');
    expect(kindsIn('fr').has('Collator')).to.equal(false);
    await until(
      () => ['Collator', 'DisplayNames', 'ListFormat'].every((kind) => kindsIn('fr').has(kind)),
      'the French formatters',
    );
    // Country names and language names: two DisplayNames.
    expect(built.filter((entry) => entry.locale === 'fr' && entry.kind === 'DisplayNames')).to.have.length(2);
  });

  it("loads the fonts of the languages' names ahead, once the document list is defined, in a task of its own", async () => {
    // The timeline and the directory (above) show no language's name in itself: nothing measured.
    expect(measured).to.deep.equal([]);
    await import('../src/elements/document-list/define.js');
    expect(measured).to.deep.equal([]);
    await until(() => measured.length > 0, 'a text measured');
    // Each script of the six names: Arabic, Chinese, Cyrillic, Latin.
    for (const name of ['العربية', '中文', 'Русский', 'English', 'Français', 'Español'])
      expect(measured[0]).to.include(name);
  });
});
