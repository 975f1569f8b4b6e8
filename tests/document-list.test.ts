import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/document-list/define.js';
import type { CopDocumentList } from '../src/elements/document-list/document-list.js';
import { csvCell } from '../src/elements/document-list/csv.js';
import { pageWindow } from '../src/elements/document-list/pagination.js';
import type { CopLoadDetail } from '../src/internal/feed-controller.js';
import { blobsOf } from './helpers/document-list.js';

const file = (lang: string, extra: Record<string, unknown> = {}) => ({
  lang,
  url: `https://docs.example.org/${lang}.pdf`,
  format: 'pdf',
  ...extra,
});
const doc = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: { en: `Title ${id}` },
  date: '2016-02-16',
  type: 'report',
  files: [file('en')],
  ...extra,
});

/** A feed with the cases the tests need: languages, symbols, accents, Arabic, meetings, topics. */
const testFeed = () => ({
  version: 1,
  topics: [
    { id: 'cyberbullying', label: { en: 'Cyberbullying', fr: 'Cyberharcèlement', ar: 'التنمر الإلكتروني' } },
    { id: 'skills', label: { en: 'Digital skills', fr: 'Compétences numériques' } },
  ],
  meetings: [
    { id: 'm9', number: 9, date: '2015-01-23' },
    { id: 'm10', number: 10, date: '2015-09-30' },
    { id: 'm21', number: 21, date: '2019-09-30' },
  ],
  documents: [
    doc('a', {
      symbol: 'CWG-COP/9/1',
      title: {
        en: 'Online youth consultation on cyberbullying',
        fr: 'Consultation en ligne des jeunes sur le cyberharcèlement',
        ar: 'المشاورة الإلكترونية للشباب بشأن التنمُّر',
      },
      summary: { en: 'Results of the consultation.', fr: 'Résultats de la consultation.' },
      date: '2015-01-23',
      meeting: 'm9',
      topics: ['cyberbullying'],
      files: [
        file('en', { bytes: 1_234_567 }),
        file('fr', { bytes: 98_000 }),
        file('ar', { format: 'docx' }),
      ],
    }),
    doc('b', {
      symbol: 'CWG-COP/10/2',
      title: { en: 'Élan report', fr: 'Rapport élan' },
      date: '2015-09-30',
      meeting: 'm10',
      type: 'liaison',
      topics: ['skills'],
    }),
    doc('c', {
      symbol: 'CWG-COP/10/10',
      title: { en: 'Zebra study' },
      date: '2016-05-01',
      meeting: 'm10',
      topics: ['skills'],
      files: [file('ru')],
    }),
    doc('d', { title: { en: 'Alpha guidelines' }, date: '2017-02-02', type: 'guideline' }),
    doc('e', {
      symbol: '=cmd|calc',
      title: { en: 'Eagle, "quoted" report', zh: '保护上网儿童' },
      date: '2019-09-30',
      meeting: 'm21',
      files: [file('zh')],
    }),
  ],
});

async function list(template = html`<cop-document-list .feed=${testFeed()}></cop-document-list>`) {
  const element = await fixture<CopDocumentList>(template);
  // Read at once when it takes one slice (8 ms); on a busy machine even a small feed may take
  // more (then it is read on in the next tasks): the feed is shown, or its error, before the test.
  await waitUntil(() => root(element).querySelector('[aria-busy="false"]'), 'the feed is not shown', {
    timeout: 5000,
  });
  await element.updateComplete;
  return element;
}

const root = (element: CopDocumentList) => element.shadowRoot!;
const titles = (element: CopDocumentList) =>
  [...root(element).querySelectorAll('h3')].map((h) => h.textContent!.trim());
const count = (element: CopDocumentList) =>
  root(element).querySelector('[part="count"]')!.textContent!.trim();
const select = (element: CopDocumentList, id: string) =>
  root(element).querySelector<HTMLSelectElement>(`#${id}`)!;

/** Opens a document's file list as a reader does (a click on its disclosure button); its links. */
async function openFiles(article: Element): Promise<HTMLAnchorElement[]> {
  article.querySelector<HTMLElement>('[part="files-disclosure"]')!.click();
  await waitUntil(() => article.querySelector('.files a'), 'the file list is rendered once opened');
  return [...article.querySelectorAll<HTMLAnchorElement>('.files a')];
}

/** Presses Print, with window.print replaced by `whilePrinting` (to see what would be printed). */
async function pressPrint(element: CopDocumentList, whilePrinting: () => void) {
  const print = window.print;
  window.print = whilePrinting;
  try {
    [...root(element).querySelectorAll<HTMLButtonElement>('[part="actions"] button')][1]!.click();
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
  } finally {
    window.print = print;
  }
}

async function choose(element: CopDocumentList, id: string, value: string) {
  const control = select(element, id);
  control.value = value;
  control.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

async function search(element: CopDocumentList, text: string) {
  const input = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

describe('cop-document-list', () => {
  it('lists the default CWG-COP documents, newest first, and reports the count', async () => {
    const element = document.createElement('cop-document-list');
    element.src = '/feeds/cwg-cop.json';
    const loaded = oneEvent(element, 'cop-load');
    (await fixture(html`<div></div>`)).append(element);
    const { detail } = (await loaded) as CustomEvent<CopLoadDetail>;
    expect(detail.count).to.equal(11);
    expect(count(element)).to.equal('Showing 1–11 of 11 documents');
    const dates = [...root(element).querySelectorAll('time')].map((time) => time.getAttribute('datetime')!);
    expect(dates).to.deep.equal([...dates].sort().reverse());
    await expect(element).to.be.accessible();
  });

  it('shows each document: symbol, title, date, meeting, type, topics, summary, and a link per language', async () => {
    const element = await list();
    const article = root(element).querySelector('article[aria-labelledby]')!;
    // Newest first: e, d, c, b, a. The last one is a.
    const a = [...root(element).querySelectorAll('article')].at(-1)!;
    expect(article.getAttribute('part')).to.equal('document');
    expect(a.querySelector('h3')!.textContent!.trim()).to.equal('Online youth consultation on cyberbullying');
    expect(a.querySelector('.symbol')!.textContent).to.equal('CWG-COP/9/1');
    expect(a.querySelector('time')!.getAttribute('datetime')).to.equal('2015-01-23');
    expect(a.querySelector('time')!.textContent).to.equal('January 23, 2015');
    expect(a.querySelector('.meta')!.textContent).to.contain('9th meeting').and.contain('Report');
    expect(a.querySelector('.summary')!.textContent).to.equal('Results of the consultation.');
    expect([...a.querySelectorAll('.topics li')].map((li) => li.textContent)).to.deep.equal([
      'Cyberbullying',
    ]);
    // The file in the reader's language is on the card; the list of all of them opens on demand.
    const onCard = a.querySelector<HTMLAnchorElement>(':scope > [part="file-link"]')!;
    // (Its format kept left-to-right by isolate characters.)
    expect(onCard.textContent!.replace(/\s+/g, ' ').trim()).to.equal('English · \u2066PDF\u2069 · 1.2 MB');
    const disclosure = a.querySelector('[part="files-disclosure"]')!;
    expect([disclosure.textContent!.trim(), disclosure.getAttribute('aria-expanded')]).to.deep.equal([
      'Files (3)',
      'false',
    ]);
    expect(a.querySelector('[part="files"]')).to.equal(null);
    const links = await openFiles(a);
    expect(links.map((link) => link.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'English · PDF · 1.2 MB',
      'Français · PDF · 98 kB',
      'العربية · DOCX',
    ]);
    expect(links.map((link) => link.hreflang)).to.deep.equal(['en', 'fr', 'ar']);
    expect(links[1]!.querySelector('span')!.lang).to.equal('fr');
    expect(links[0]!.href).to.equal('https://docs.example.org/en.pdf');
  });

  it("puts the file in the reader's language first and marks text shown in another language", async () => {
    const element = await list(html`<cop-document-list lang="fr" .feed=${testFeed()}></cop-document-list>`);
    const a = [...root(element).querySelectorAll('article')].at(-1)!;
    const links = (await openFiles(a)).map((link) => link.textContent!.replace(/\s+/g, ' ').trim());
    expect(links[0]).to.equal('Français · PDF · 98 ko');
    expect(a.querySelector('.meta')!.textContent).to.contain('9e réunion');
    const fallback = [...root(element).querySelectorAll('article')][1]!.querySelector('h3 bdi')!;
    expect([fallback.textContent, fallback.getAttribute('lang')]).to.deep.equal(['Alpha guidelines', 'en']);
    expect(count(element)).to.equal('Documents 1 à 5 sur 5');
  });

  it('names meetings with ordinals in each language', async () => {
    const element = await list();
    await choose(element, 'filter-meeting', '');
    const options = [...select(element, 'filter-meeting').options].map((option) =>
      option.textContent!.trim(),
    );
    expect(options).to.deep.equal(['All meetings', '9th meeting', '10th meeting', '21st meeting']);
    element.lang = 'zh';
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await element.updateComplete;
    expect(
      [...select(element, 'filter-meeting').options].map((o) => o.textContent!.trim()).slice(1),
    ).to.deep.equal(['第9次会议', '第10次会议', '第21次会议']);
  });

  it('names every document type, and a meeting without a number by its date', async () => {
    const types = ['report', 'contribution', 'liaison', 'resolution', 'guideline', 'information', 'other'];
    const feed = {
      version: 1,
      meetings: [{ id: 'special', date: '2016-06-01' }],
      documents: types.map((type, i) =>
        doc(`t${i}`, { type, meeting: 'special', date: `2016-01-0${i + 1}` }),
      ),
    };
    const element = await list(html`<cop-document-list lang="es" .feed=${feed}></cop-document-list>`);
    const options = [...select(element, 'filter-type').options].slice(1).map((o) => o.textContent!.trim());
    expect(options).to.deep.equal([
      'Contribución',
      'Declaración de coordinación',
      'Directrices',
      'Documento informativo',
      'Informe',
      'Otro documento',
      'Resolución',
    ]);
    expect([...select(element, 'filter-meeting').options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Todas las reuniones',
      'Reunión del 1 de junio de 2016',
    ]);
  });

  it('counts in every plural form: Arabic "many" for the eleven CWG-COP documents', async () => {
    const element = await list(
      html`<cop-document-list lang="ar" src="/feeds/cwg-cop.json"></cop-document-list>`,
    );
    await waitUntil(() => root(element).querySelector('[part="count"]'), 'the list did not load');
    expect(count(element)).to.equal('عرض 1–11 من أصل 11 وثيقة');
    const russian = await list(html`<cop-document-list lang="ru" .feed=${testFeed()}></cop-document-list>`);
    expect(count(russian)).to.equal('Показаны 1–5 из 5 документов');
  });

  it('searches as you type, across languages, accents and Arabic diacritics', async () => {
    const element = await list();
    await search(element, 'cyberharcelement');
    expect(titles(element)).to.deep.equal(['Online youth consultation on cyberbullying']);
    await search(element, 'التنمر');
    expect(titles(element)).to.deep.equal(['Online youth consultation on cyberbullying']);
    await search(element, 'cwg-cop/10');
    expect(titles(element)).to.deep.equal(['Zebra study', 'Élan report']);
    await search(element, '上网');
    expect(titles(element)).to.deep.equal(['Eagle, "quoted" report']);
    await search(element, 'elan rep');
    expect(titles(element)).to.deep.equal(['Élan report']);
    expect(count(element)).to.equal('Showing 1–1 of 1 document');
  });

  it('can be searched from the keyboard', async () => {
    const element = await list();
    root(element).querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await sendKeys({ type: 'zebra' });
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['Zebra study']);
    await sendKeys({ press: 'Enter' });
    expect(titles(element)).to.deep.equal(['Zebra study']);
  });

  it('filters by meeting, type, topic, year and available language', async () => {
    const element = await list();
    await choose(element, 'filter-meeting', 'm10');
    expect(titles(element)).to.deep.equal(['Zebra study', 'Élan report']);
    await choose(element, 'filter-type', 'liaison');
    expect(titles(element)).to.deep.equal(['Élan report']);
    await choose(element, 'filter-meeting', '');
    await choose(element, 'filter-type', '');
    await choose(element, 'filter-topic', 'cyberbullying');
    expect(titles(element)).to.deep.equal(['Online youth consultation on cyberbullying']);
    await choose(element, 'filter-topic', '');
    await choose(element, 'filter-year', '2017');
    expect(titles(element)).to.deep.equal(['Alpha guidelines']);
    await choose(element, 'filter-year', '');
    await choose(element, 'filter-language', 'ru');
    expect(titles(element)).to.deep.equal(['Zebra study']);
    const languages = [...select(element, 'filter-language').options].map((o) => o.textContent);
    expect(languages).to.deep.equal(['All languages', 'العربية', 'English', 'Français', 'Русский', '中文']);
  });

  it('sorts Chinese titles by pinyin when the reader reads Chinese', async () => {
    const feed = {
      version: 1,
      documents: ['中国报告', '北京会议', '阿拉伯文件'].map((title, i) =>
        doc(`z${i}`, { title: { zh: title } }),
      ),
    };
    const element = await list(
      html`<cop-document-list lang="zh" sort="title" .feed=${feed}></cop-document-list>`,
    );
    // zhōng, běi, ā: by pinyin ā < běi < zhōng (by code point it would be 中 < 北 < 阿).
    expect(titles(element)).to.deep.equal(['阿拉伯文件', '北京会议', '中国报告']);
  });

  it('sorts by date either way, by title in the reader collation, and by symbol', async () => {
    const element = await list();
    expect(titles(element)).to.deep.equal([
      'Eagle, "quoted" report',
      'Alpha guidelines',
      'Zebra study',
      'Élan report',
      'Online youth consultation on cyberbullying',
    ]);
    await choose(element, 'sort', 'date-asc');
    expect(titles(element)[0]).to.equal('Online youth consultation on cyberbullying');
    await choose(element, 'sort', 'title');
    expect(titles(element)).to.deep.equal([
      'Alpha guidelines',
      'Eagle, "quoted" report',
      'Élan report',
      'Online youth consultation on cyberbullying',
      'Zebra study',
    ]);
    await choose(element, 'sort', 'symbol');
    // Numeric collation: /10/2 before /10/10; documents without a symbol last.
    const symbols = [...root(element).querySelectorAll('article')].map(
      (article) => article.querySelector('.symbol')?.textContent ?? '',
    );
    expect(symbols).to.deep.equal(['=cmd|calc', 'CWG-COP/9/1', 'CWG-COP/10/2', 'CWG-COP/10/10', '']);
  });

  it('pages through results with a labelled navigation and announces the range', async () => {
    const element = await list(
      html`<cop-document-list page-size="2" .feed=${testFeed()}></cop-document-list>`,
    );
    expect(count(element)).to.equal('Showing 1–2 of 5 documents');
    const nav = root(element).querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Pages');
    expect(nav.querySelector('[aria-current="page"]')!.getAttribute('aria-label')).to.equal('Go to page 1');
    const next = [...nav.querySelectorAll('button')].at(-1)!;
    next.click();
    await element.updateComplete;
    expect(count(element)).to.equal('Showing 3–4 of 5 documents');
    expect(titles(element)).to.deep.equal(['Zebra study', 'Élan report']);
    [...nav.querySelectorAll('button')].find((b) => b.textContent!.trim() === '3')!.click();
    await element.updateComplete;
    expect(count(element)).to.equal('Showing 5–5 of 5 documents');
    expect(next.disabled).to.equal(true);
    await search(element, 'report');
    expect(count(element)).to.equal('Showing 1–2 of 2 documents');
    await expect(element).to.be.accessible();
  });

  it('offers a window of pages with gaps', () => {
    expect(pageWindow(1, 1)).to.deep.equal([1]);
    expect(pageWindow(1, 10)).to.deep.equal([1, 2, 3, 'gap', 10]);
    expect(pageWindow(6, 12)).to.deep.equal([1, 'gap', 4, 5, 6, 7, 8, 'gap', 12]);
  });

  it('applies presets and follows changes to them', async () => {
    const element = document.createElement('cop-document-list');
    element.feed = testFeed();
    element.setAttribute('meeting', 'm10');
    element.setAttribute('sort', 'title');
    element.setAttribute('query', 'study');
    const loaded = oneEvent(element, 'cop-load');
    (await fixture(html`<div></div>`)).append(element);
    expect(((await loaded) as CustomEvent<CopLoadDetail>).detail.count).to.equal(2);
    expect(titles(element)).to.deep.equal(['Zebra study']);
    expect(root(element).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('study');
    element.removeAttribute('query');
    element.setAttribute('type', 'liaison');
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['Élan report']);
    element.setAttribute('topic', 'cyberbullying');
    element.removeAttribute('meeting');
    element.removeAttribute('type');
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['Online youth consultation on cyberbullying']);
  });

  it('shows the empty state with a way back', async () => {
    const element = await list();
    await search(element, 'no such thing');
    expect(count(element)).to.equal('No documents match.');
    const clear = root(element).querySelector<HTMLButtonElement>('[part="empty"] button')!;
    expect(clear.textContent!.trim()).to.equal('Clear search and filters');
    clear.click();
    await element.updateComplete;
    expect(titles(element)).to.have.length(5);
    expect(root(element).activeElement).to.equal(root(element).querySelector('input[type="search"]'));
    const empty = await list(
      html`<cop-document-list
        .feed=${{ version: 1, meetings: [{ id: 'm', date: '2015-01-01' }] }}
      ></cop-document-list>`,
    );
    expect(root(empty).querySelector('[part="empty"]')!.textContent!.trim()).to.equal(
      'There are no documents to show.',
    );
    // Said once: no "No documents match." status beside it.
    expect(root(empty).querySelector('[part="count"]')).to.equal(null);
    expect(root(empty).querySelector('[data-announce]')!.textContent!.trim()).to.equal(
      'There are no documents to show.',
    );
  });

  it('mirrors the view in the URL with sync-url, and restores it', async () => {
    const before = location.href;
    try {
      const element = await list(
        html`<cop-document-list id="cwg" sync-url page-size="1" .feed=${testFeed()}></cop-document-list>`,
      );
      await search(element, 'e');
      await choose(element, 'filter-type', 'report');
      await choose(element, 'sort', 'title');
      [...root(element).querySelectorAll<HTMLButtonElement>('nav button')].at(-1)!.click();
      await element.updateComplete;
      const params = new URL(location.href).searchParams;
      expect(Object.fromEntries([...params].filter(([key]) => key.startsWith('cwg-')))).to.deep.equal({
        'cwg-q': 'e',
        'cwg-type': 'report',
        'cwg-sort': 'title',
        'cwg-page': '2',
      });
      element.remove();
      const again = await list(
        html`<cop-document-list id="cwg" sync-url page-size="1" .feed=${testFeed()}></cop-document-list>`,
      );
      expect(root(again).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('e');
      expect(select(again, 'filter-type').value).to.equal('report');
      expect(select(again, 'sort').value).to.equal('title');
      expect(count(again)).to.equal('Showing 2–2 of 3 documents');
      expect(titles(again)).to.deep.equal(['Online youth consultation on cyberbullying']);
      const without = await list(html`<cop-document-list id="cwg" .feed=${testFeed()}></cop-document-list>`);
      expect(count(without)).to.equal('Showing 1–5 of 5 documents');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('downloads the filtered list as CSV, UTF-8 with BOM, formulas defused', async () => {
    const element = await list(html`<cop-document-list lang="zh" .feed=${testFeed()}></cop-document-list>`);
    await search(element, 'report');
    const blobs = blobsOf(() =>
      root(element).querySelector<HTMLButtonElement>('[part="actions"] button')!.click(),
    );
    expect(blobs).to.have.length(1);
    expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text[0]).to.equal('\uFEFF');
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).to.equal('文号,标题,日期,会议,类型,主题,文件');
    expect(lines[1]).to.equal(
      `'=cmd|calc,保护上网儿童,2019-09-30,第21次会议,报告,,zh: https://docs.example.org/zh.pdf`,
    );
    expect(lines).to.have.length(4);
    expect(lines[2]).to.equal(
      'CWG-COP/10/2,Élan report,2015-09-30,第10次会议,联络声明,Digital skills,en: https://docs.example.org/en.pdf',
    );
    expect(lines.at(-1)).to.equal('');
    expect(csvCell('a "b", c')).to.equal('"a ""b"", c"');
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell('line\nbreak')).to.equal('"line\nbreak"');
  });

  it('keeps a card to 15 elements: the file list (one per language) opens from the keyboard', async () => {
    const langs = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];
    const feed = testFeed();
    const six = (feed.documents as Record<string, unknown>[])[0]!;
    six['files'] = langs.map((lang) => file(lang, { bytes: 1000 }));
    const element = await list(html`<cop-document-list .feed=${feed}></cop-document-list>`);
    const a = [...root(element).querySelectorAll('article')].at(-1)!;
    // Symbol, date, meeting, type, summary, one topic, the English file, the disclosure.
    expect(a.closest('li')!.querySelectorAll('*').length + 1).to.be.at.most(15);
    const button = a.querySelector<HTMLButtonElement>('[part="files-disclosure"]')!;
    expect(button.textContent!.trim()).to.equal('Files (6)');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => a.querySelectorAll('.files a').length === 6, 'Enter opens the six files');
    expect([...a.querySelectorAll<HTMLAnchorElement>('.files a')].map((link) => link.hreflang)).to.deep.equal(
      ['en', 'ar', 'es', 'fr', 'ru', 'zh'],
    );
    expect(root(element).activeElement).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(root(element).getElementById(button.getAttribute('aria-controls')!)).to.equal(
      a.querySelector('.files'),
    );
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !a.querySelector('.files'), 'Space closes it; the list is not rendered');
    expect(root(element).activeElement).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // A document with one file has its link and no disclosure.
    const one = [...root(element).querySelectorAll('article')][0]!;
    expect(one.querySelectorAll('[part="file-link"]')).to.have.length(1);
    expect(one.querySelector('[part="files-disclosure"]')).to.equal(null);
  });

  it('prints every file of every result', async () => {
    const element = await list();
    let printed: string[] = [];
    await pressPrint(element, () => {
      printed = [...root(element).querySelectorAll<HTMLAnchorElement>('.files a')].map(
        (link) => link.hreflang,
      );
    });
    // Five documents: one with three files, four with one.
    expect(printed).to.deep.equal(['zh', 'en', 'ru', 'en', 'en', 'fr', 'ar']);
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    expect(root(element).querySelectorAll('.files a')).to.have.length(4);
  });

  it('prints every result without the controls', async () => {
    const element = await list(
      html`<cop-document-list page-size="2" .feed=${testFeed()}></cop-document-list>`,
    );
    let shown = 0;
    let paging: Element | null = null;
    await pressPrint(element, () => {
      shown = titles(element).length;
      paging = root(element).querySelector('nav');
    });
    expect(shown).to.equal(5);
    expect(paging).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    expect(titles(element)).to.have.length(2);
  });

  it('tells feed authors what it left out, and shows a feed error with retry', async () => {
    const feed = testFeed();
    (feed.documents as unknown[]).push({ id: 'broken', title: 'No date' });
    const element = await list(html`<cop-document-list .feed=${feed}></cop-document-list>`);
    // A refused item's issues are worded by code loaded then (src/feed/refusals.ts): a task later.
    await waitUntil(() => root(element).querySelector('[part="issues"] summary'), 'the issues shown');
    expect(root(element).querySelector('[part="issues"] summary')!.textContent!.trim()).to.equal(
      '1 item could not be shown in full',
    );
    const failing = await fixture<CopDocumentList>(
      html`<cop-document-list lang="ru" src="/feeds/missing.json"></cop-document-list>`,
    );
    await oneEvent(failing, 'cop-error');
    expect(root(failing).querySelector('[role="alert"] button')!.textContent!.trim()).to.equal(
      'Повторить попытку',
    );
  });

  for (const lang of ['ar', 'en', 'es', 'fr', 'ru', 'zh']) {
    it(`is accessible and laid out in ${lang}`, async () => {
      const element = await list(
        html`<cop-document-list lang=${lang} page-size="2" .feed=${testFeed()}></cop-document-list>`,
      );
      expect(element.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(getComputedStyle(root(element).querySelector('.list')!).direction).to.equal(
        lang === 'ar' ? 'rtl' : 'ltr',
      );
      await expect(element).to.be.accessible();
    });
  }

  it('fits a 320 px wide page with 24 px targets', async () => {
    const holder = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 320px">
        <cop-document-list page-size="2" .feed=${testFeed()}></cop-document-list>
      </div>`,
    );
    const element = holder.querySelector('cop-document-list')!;
    await element.updateComplete;
    expect(element.scrollWidth).to.be.at.most(320);
    for (const target of root(element).querySelectorAll<HTMLElement>(
      'button, select, input, [part~="file-link"]',
    )) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.outerHTML.slice(0, 60)).to.be.at.least(24);
      expect(box.width, target.outerHTML.slice(0, 60)).to.be.at.least(24);
    }
  });
});
