import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { inLanguage } from '../src/i18n/msg.js';
import { plural } from '../src/i18n/plural.js';
import { CopElement } from '../src/internal/cop-element.js';
import { FeedController } from '../src/internal/feed-controller.js';
import { renderError, renderIssues, renderPending } from '../src/internal/feed-status.js';
import { until } from './helpers/until.js';

/** Renders the shared feed states, as the elements do. */
class StatusProbe extends CopElement {
  @property() src?: string;
  @property({ attribute: false }) feed?: unknown;
  readonly feedController = new FeedController(this, { count: (feed) => feed.documents.length });

  override render() {
    const { state } = this.feedController;
    if (state.status === 'pending') return renderPending();
    if (state.status === 'error') return renderError(state, () => this.feedController.reload());
    return litHtml`<p>${state.feed.documents.length}</p>${renderIssues(state.issues)}`;
  }
}
StatusProbe.define('test-status-probe');

declare global {
  interface HTMLElementTagNameMap {
    'test-status-probe': StatusProbe;
  }
}

const goodDocument = {
  id: 'ok',
  title: 'Fine',
  date: '2020-01-01',
  type: 'other',
  files: [{ lang: 'en', url: 'a.pdf' }],
};
/** A feed with one good document and `bad` documents that cannot be shown. */
const feedWithIssues = (bad: number) => ({
  version: 1,
  documents: [goodDocument, ...Array.from({ length: bad }, (_, i) => ({ id: `bad${i}` }))],
});

async function settled(element: StatusProbe) {
  await Promise.resolve();
  await element.updateComplete;
}

/**
 * The probe once its feed is read: a feed with a refused item is read in a later task the first
 * time (the wording of its issues is loaded then: src/feed/refusals.ts).
 */
async function read(element: StatusProbe): Promise<StatusProbe> {
  await until(() => element.feedController.state.status !== 'pending', 'the feed read');
  await element.updateComplete;
  return element;
}

function summary(element: StatusProbe): string {
  return element.shadowRoot!.querySelector('summary')?.textContent?.trim() ?? '';
}

describe('feed states', () => {
  it('shows loading in the element language, busy, with its one live region already there', async () => {
    await import('../src/elements/document-list/define.js');
    const element = await fixture<HTMLElement>(
      html`<cop-document-list lang="fr" src="/test-feed/slow/400"></cop-document-list>`,
    );
    const shadow = element.shadowRoot!;
    expect(shadow.querySelector('[part~="status"]')?.textContent?.trim()).to.equal('Chargement…');
    expect(shadow.querySelector('[aria-busy="true"]')).to.not.equal(null);
    const live = [...shadow.querySelectorAll('[role="status"]')];
    expect(live).to.have.length(1);
    await oneEvent(element, 'cop-load');
    expect(shadow.querySelector('[part~="status"]')).to.equal(null);
    // The same region, silent: a feed that has just loaded is not read out.
    expect([...shadow.querySelectorAll('[role="status"]')]).to.deep.equal(live);
    expect(live[0]!.textContent).to.equal('');
    await expect(element).to.be.accessible();
  });

  const messages: [string, string, string][] = [
    ['en', '/test-feed/status/500', 'The content could not be loaded: the server answered with an error.'],
    ['es', '/test-feed/reset', 'No se pudo cargar el contenido. Compruebe su conexión e inténtelo de nuevo.'],
    [
      'ru',
      '/test-feed/html',
      'Не удалось прочитать содержимое: источник данных отсутствует или недействителен.',
    ],
    ['zh', '/test-feed/status/404', '无法加载内容：服务器返回了错误。'],
    ['ar', '/test-feed/wrong-version', 'تعذّرت قراءة المحتوى: مصدر البيانات مفقود أو غير صالح.'],
  ];
  for (const [lang, src, text] of messages) {
    it(`shows a feed error as an alert with a retry button (${lang})`, async () => {
      const element = await fixture<StatusProbe>(
        html`<test-status-probe lang=${lang} src=${src}></test-status-probe>`,
      );
      await oneEvent(element, 'cop-error');
      const alert = element.shadowRoot!.querySelector('[role="alert"]');
      expect(alert?.querySelector('p')?.textContent).to.equal(text);
      expect(alert?.querySelector('button')?.getAttribute('type')).to.equal('button');
      await expect(element).to.be.accessible();
    });
  }

  it('tries again from the retry button, by keyboard too', async () => {
    const key = crypto.randomUUID().slice(0, 8);
    const element = await fixture<StatusProbe>(
      html`<test-status-probe src="/test-feed/flaky/${key}"></test-status-probe>`,
    );
    await oneEvent(element, 'cop-error');
    const button = element.shadowRoot!.querySelector('button')!;
    expect(button.textContent?.trim()).to.equal('Try again');
    button.focus();
    expect(element.shadowRoot!.activeElement).to.equal(button);
    button.click();
    const event = await oneEvent(element, 'cop-load');
    expect(event.detail.count).to.equal(2);
    expect(element.shadowRoot!.querySelector('p')?.textContent).to.equal('2');
  });

  it('tells feed authors, folded away, which items could not be shown and why', async () => {
    const element = await read(
      await fixture<StatusProbe>(html`<test-status-probe .feed=${feedWithIssues(1)}></test-status-probe>`),
    );
    const details = element.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(summary(element)).to.equal('1 item could not be shown in full');
    const item = details.querySelector('li')!;
    expect(item.querySelector('code')?.textContent).to.equal('/documents/1/title');
    expect(item.querySelector('span')?.getAttribute('lang')).to.equal('en');
    await expect(element).to.be.accessible();
  });

  const arabic = (n: number) => new Intl.NumberFormat('ar').format(n);
  const russian = (n: number) => new Intl.NumberFormat('ru').format(n);
  const pluralCases: [string, number, string][] = [
    ['en', 2, '2 items could not be shown in full'],
    ['ar', 1, `${arabic(1)} عنصر تعذّر عرضه كاملًا`],
    ['ar', 2, `${arabic(2)} عنصران تعذّر عرضهما كاملَين`],
    ['ar', 3, `${arabic(3)} عناصر تعذّر عرضها كاملةً`],
    ['ar', 11, `${arabic(11)} عنصرًا تعذّر عرضها كاملةً`],
    ['ar', 100, `${arabic(100)} عنصر تعذّر عرضها كاملةً`],
    ['ru', 1, 'Не удалось полностью показать 1 элемент'],
    ['ru', 2, 'Не удалось полностью показать 2 элемента'],
    ['ru', 5, 'Не удалось полностью показать 5 элементов'],
    ['ru', 21, `Не удалось полностью показать ${russian(21)} элемент`],
    ['fr', 2, '2 éléments n’ont pas pu être affichés en entier'],
    ['es', 1, 'No se pudo mostrar completo 1 elemento'],
    ['zh', 3, '有 3 项内容无法完整显示'],
  ];
  for (const [lang, count, text] of pluralCases) {
    it(`uses the right plural form: ${lang} ${count}`, async () => {
      const element = await read(
        await fixture<StatusProbe>(
          html`<test-status-probe lang=${lang} .feed=${feedWithIssues(count)}></test-status-probe>`,
        ),
      );
      expect(summary(element)).to.equal(text);
    });
  }

  it('picks plural categories by Intl.PluralRules, zero included', () => {
    const forms = {
      zero: () => 'zero',
      one: () => 'one',
      two: () => 'two',
      few: () => 'few',
      many: () => 'many',
      other: () => 'other',
    };
    const pick = (lang: 'ar' | 'ru' | 'zh', n: number) => inLanguage(lang, () => plural(n, forms));
    expect([0, 1, 2, 3, 11, 100].map((n) => pick('ar', n))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    expect([1, 2, 5, 21].map((n) => pick('ru', n))).to.deep.equal(['one', 'few', 'many', 'one']);
    expect([1, 2].map((n) => pick('zh', n))).to.deep.equal(['other', 'other']);
  });

  it('shows two languages side by side at the same time', async () => {
    const holder = await fixture(
      html`<div>
        <test-status-probe lang="ar" .feed=${feedWithIssues(3)}></test-status-probe>
        <test-status-probe lang="fr" .feed=${feedWithIssues(3)}></test-status-probe>
        <test-status-probe lang="zh" .feed=${feedWithIssues(3)}></test-status-probe>
      </div>`,
    );
    const [ar, fr, zh] = [...holder.querySelectorAll('test-status-probe')];
    for (const element of [ar, fr, zh]) await read(element as StatusProbe);
    expect(summary(ar!)).to.equal(`${arabic(3)} عناصر تعذّر عرضها كاملةً`);
    expect(summary(fr!)).to.equal('3 éléments n’ont pas pu être affichés en entier');
    expect(summary(zh!)).to.equal('有 3 项内容无法完整显示');
    expect(ar!.getAttribute('dir')).to.equal('rtl');
    expect(fr!.getAttribute('dir')).to.equal('ltr');
  });

  it('switches language in place when lang changes, without blanking', async () => {
    const element = await read(
      await fixture<StatusProbe>(
        html`<test-status-probe lang="es" .feed=${feedWithIssues(5)}></test-status-probe>`,
      ),
    );
    const details = element.shadowRoot!.querySelector('details');
    element.setAttribute('lang', 'ru');
    await settled(element);
    // The Russian strings may still be on their way: until then the Spanish stays.
    expect(summary(element)).to.be.oneOf([
      'No se pudieron mostrar completos 5 elementos',
      'Не удалось полностью показать 5 элементов',
    ]);
    await element.updateComplete;
    await settled(element);
    expect(summary(element)).to.equal('Не удалось полностью показать 5 элементов');
    expect(element.shadowRoot!.querySelector('details')).to.equal(details);
  });
});

describe('fallback content', () => {
  it('shows the light-DOM fallback while loading and on error, and hides it once the feed renders', async () => {
    await import('../src/elements/document-list/define.js');
    const element = await fixture<HTMLElement & { src: string; updateComplete: Promise<boolean> }>(
      html`<cop-document-list src="/test-feed/slow/300"
        ><a href="https://www.itu.int/">Documents on the ITU site</a></cop-document-list
      >`,
    );
    const link = element.querySelector('a')!;
    const visible = () => link.assignedSlot !== null && link.getClientRects().length > 0;
    expect(visible(), 'while loading').to.equal(true);
    await oneEvent(element, 'cop-load');
    await element.updateComplete;
    expect(visible(), 'once rendered').to.equal(false);
    element.src = '/test-feed/status/404';
    await oneEvent(element, 'cop-error');
    await element.updateComplete;
    expect(visible(), 'on error').to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('keeps the room the page reserved, from before the script runs until the content arrives', async () => {
    const { CopDocumentList } = await import('../src/elements/document-list/document-list.js');
    // The README's guidance, on a tag that is not defined yet.
    const style = document.createElement('style');
    style.textContent = `test-late-list { --cop-loading-block-size: 20rem; }
      test-late-list:not(:defined) { display: block; min-block-size: var(--cop-loading-block-size); }`;
    document.head.append(style);
    try {
      const element = await fixture<HTMLElement>(
        html`<test-late-list src="/test-feed/slow/300"
          ><a href="https://www.itu.int/">CWG-COP</a></test-late-list
        >`,
      );
      const height = () => element.getBoundingClientRect().height;
      expect(height(), 'before the script').to.equal(320);
      class LateList extends CopDocumentList {}
      LateList.define('test-late-list');
      await (element as InstanceType<typeof CopDocumentList>).updateComplete;
      expect(element.shadowRoot!.querySelector('[aria-busy="true"]'), 'loading').to.exist;
      expect(height(), 'while loading').to.equal(320);
      await oneEvent(element, 'cop-load');
      expect(height(), 'with the content').to.be.greaterThan(320);
    } finally {
      style.remove();
    }
  });
});
