// <cop-consultation-results> through its public surface, with the fixture feed
// (tests/fixtures/results-feed.json, plausible but fixture figures) over real HTTP: the test
// server's /test-results/feed/<variant> (tests/server/routes/consultation-results.mjs).
import { expect, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../src/elements/consultation-results/define.js';
import type { CopConsultationResults } from '../src/elements/consultation-results/consultation-results.js';
import type { CopErrorDetail, CopLoadDetail } from '../src/internal/feed-controller.js';
import {
  LANGUAGES,
  between,
  expectFocusOn,
  expectVisibleFocusOn,
  press,
  tabTo,
  until,
} from './helpers/keyboard.js';
import { expectNoViolations } from './helpers/axe.js';

const FULL = '/test-results/feed/full';
const CLOSED = 'fixture-results-closed';

const root = (element: CopConsultationResults) => element.shadowRoot!;

/** Mounts the element and waits for its cop-load (or cop-error). */
async function mount(
  attributes: { src?: string; consultation?: string; lang?: string } = {},
): Promise<{ element: CopConsultationResults; count: number | undefined }> {
  const holder = document.createElement('div');
  const element = document.createElement('cop-consultation-results');
  element.src = attributes.src ?? FULL;
  if (attributes.consultation) element.setAttribute('consultation', attributes.consultation);
  if (attributes.lang) element.setAttribute('lang', attributes.lang);
  const loaded = new Promise<number | undefined>((resolve) => {
    element.addEventListener(
      'cop-load',
      (event) => resolve((event as CustomEvent<CopLoadDetail>).detail.count),
      {
        once: true,
      },
    );
    element.addEventListener('cop-error', () => resolve(undefined), { once: true });
  });
  holder.append(element);
  document.body.append(holder);
  const count = await loaded;
  await element.updateComplete;
  return { element, count };
}

/** The chart (table) of `key`: a question id, `by-language`, `by-age-band` or `by-week`. */
const chart = (element: CopConsultationResults, key: string) =>
  root(element).querySelector<HTMLTableElement>(`table[data-chart="${key}"]`)!;

/** Each body row of a bar chart as [label, count text, share text]. */
const rowsOf = (table: HTMLTableElement) =>
  [...table.tBodies[0]!.rows].map((row) =>
    [...row.cells].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  );

/** Text with its white space (no-break spaces too) collapsed, as the tests compare it. */
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
const text = (node: Element | null | undefined) => squash(node?.textContent ?? '');

/**
 * The start of what `selector` finds in the element's shadow root, '' when nothing: assertions
 * compare this text, not the node (a failure would otherwise report a DOM node, which the test
 * runner cannot serialize: the run hangs instead of failing).
 */
const found = (element: CopConsultationResults, selector: string) =>
  root(element).querySelector(selector)?.outerHTML.slice(0, 120) ?? '';

afterEach(() =>
  document.querySelectorAll('cop-consultation-results').forEach((e) => e.parentElement!.remove()),
);

describe('cop-consultation-results', () => {
  it('renders the consultation: heading, status line, total, summary and every chart', async () => {
    const { element, count } = await mount({ consultation: CLOSED });
    const shadow = root(element);
    expect(text(shadow.querySelector('h2[part="title"]'))).to.equal(
      'Fixture consultation: online safety at school (test data)',
    );
    expect(text(shadow.querySelector('[part="timing"]'))).to.equal(
      'Closed on April 30, 2026 Counted on May 3, 2026',
    );
    expect(text(shadow.querySelector('[part="total"]'))).to.equal('1,284 responses');
    expect(text(shadow.querySelector('[part="summary"]'))).to.equal(
      'Fixture summary: most who answered had seen bullying online, mostly on social media.',
    );
    expect(rowsOf(chart(element, 'by-language'))).to.deep.equal([
      ['Arabic', '212', '17%'],
      ['Chinese', '187', '15%'],
      ['English', '401', '31%'],
      ['French', '236', '18%'],
      ['Russian', '145', '11%'],
      ['Spanish', '103', '8%'],
    ]);
    expect(rowsOf(chart(element, 'seen'))).to.deep.equal([
      ['Yes', '688', '54%'],
      ['No', '412', '32%'],
      ['Not sure', '170', '13%'],
    ]);
    expect(rowsOf(chart(element, 'interest'))).to.deep.equal([
      ['1 Not useful', '40', '3.2%'],
      ['2', '95', '7.7%'],
      ['3', '310', '25%'],
      ['4', '455', '37%'],
      ['5 Very useful', '340', '27%'],
    ]);
    expect(text(chart(element, 'seen').caption)).to.equal(
      'Have you seen someone bullied online? 1,270 answered',
    );
    // Free text: how many answered, never what they wrote.
    expect(
      [...shadow.querySelectorAll('[part="text-questions"] dl > div')].map((item) => [
        text(item.querySelector('dt')),
        text(item.querySelector('dd')),
      ]),
    ).to.deep.equal([
      ['Which topic should the next lesson cover?', 'fewer than 5'],
      ['What would help most?', '845 answered'],
    ]);
    // age, seen, where, club, interest (charts) + next-topic, idea (text): consent is not published.
    expect(count).to.equal(7);
  });
});

describe('cop-consultation-results: states', () => {
  it('shows a visible, busy loading state until the feed arrives', async () => {
    const element = document.createElement('cop-consultation-results');
    element.src = `${FULL}?delay=600`;
    const holder = document.createElement('div');
    holder.append(element);
    document.body.append(holder);
    await until(() => root(element)?.querySelector('[part="status"]'), 'the loading status');
    expect(text(root(element).querySelector('[part="status"]'))).to.equal('Loading…');
    expect(root(element).querySelector('.root')!.getAttribute('aria-busy')).to.equal('true');
    expect(found(element, 'table')).to.equal('');
    const { count } = await oneEvent(element, 'cop-load').then((event) => event.detail as CopLoadDetail);
    await element.updateComplete;
    expect(root(element).querySelector('.root')!.getAttribute('aria-busy')).to.equal('false');
    expect(count).to.equal(7);
  });

  it('a feed that cannot be loaded: an error with a retry button, and cop-error', async () => {
    const element = document.createElement('cop-consultation-results');
    element.src = '/test-feed/status/500';
    const failed = oneEvent(element, 'cop-error');
    const holder = document.createElement('div');
    holder.append(element);
    document.body.append(holder);
    expect(((await failed) as CustomEvent<CopErrorDetail>).detail.code).to.equal('http');
    await element.updateComplete;
    const error = root(element).querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error.querySelector('p'))).to.equal(
      'The content could not be loaded: the server answered with an error.',
    );
    expect(found(element, '[part="retry-button"]')).to.not.equal('');
  });

  it('a consultation without a results entry: "No results published yet.", count 0', async () => {
    const { element, count } = await mount({ consultation: 'fixture-no-results' });
    expect(text(root(element).querySelector('h2'))).to.equal(
      'Fixture consultation without published results (test data)',
    );
    expect(text(root(element).querySelector('[part="timing"]'))).to.equal('Closed on February 28, 2025');
    expect(text(root(element).querySelector('[part="empty"]'))).to.equal('No results published yet.');
    expect(root(element).querySelector('[part="empty"]')!.hasAttribute('data-announce')).to.equal(true);
    expect(found(element, 'table, [part="download-button"]')).to.equal('');
    expect(count).to.equal(0);
  });

  it('fewer responses than minimumCount (published as null): only the threshold, count 0', async () => {
    const { element, count } = await mount({ consultation: 'fixture-results-few' });
    expect(text(root(element).querySelector('[part="timing"]'))).to.equal(
      'Open until June 30, 2030 Counted on March 8, 2026',
    );
    expect(text(root(element).querySelector('[part="empty"]'))).to.equal(
      'Results are shown once at least 5 people have answered.',
    );
    expect(found(element, 'table, [part="total"], [part="download-button"]')).to.equal('');
    expect(count).to.equal(0);
  });

  it('responses below a higher minimumCount: the threshold it names, no count', async () => {
    const { element, count } = await mount({ src: '/test-results/feed/below-minimum', consultation: CLOSED });
    expect(text(root(element).querySelector('[part="empty"]'))).to.equal(
      'Results are shown once at least 10 people have answered.',
    );
    expect(found(element, 'table, [part="total"]')).to.equal('');
    expect(count).to.equal(0);
  });

  it('the status line of a consultation not open yet, and of one that never closes', async () => {
    const upcoming = await mount({ src: '/test-results/feed/dates', consultation: 'fixture-results-few' });
    expect(text(root(upcoming.element).querySelector('[part="timing"]'))).to.equal(
      'Opens on September 1, 2029 Counted on March 8, 2026',
    );
    const open = await mount({ src: '/test-results/feed/dates', consultation: 'fixture-results-2025' });
    expect(text(root(open.element).querySelector('[part="timing"]'))).to.equal('Counted on June 2, 2025');
    // Nothing to say about time: no empty line.
    const undated = await mount({ src: '/test-results/feed/dates', consultation: 'fixture-no-results' });
    expect(found(undated.element, '[part="timing"]')).to.equal('');
  });

  it('a consultation the feed does not have: said plainly, count 0', async () => {
    const { element, count } = await mount({ consultation: 'no-such-consultation' });
    expect(text(root(element).querySelector('[part="empty"]'))).to.equal(
      'This consultation cannot be found.',
    );
    expect(count).to.equal(0);
  });

  it('a feed with no consultations: "There is no consultation to show."', async () => {
    const { element, count } = await mount({ src: '/test-feed/ok/results-none' });
    expect(text(root(element).querySelector('[part="empty"]'))).to.equal('There is no consultation to show.');
    expect(count).to.equal(0);
  });
});

describe('cop-consultation-results: feed sources', () => {
  it('takes the feed as a property, or from an inline JSON child, like every element', async () => {
    const feed: unknown = await (await fetch(FULL)).json();
    const byProperty = document.createElement('cop-consultation-results');
    byProperty.consultation = 'fixture-results-2025';
    byProperty.feed = feed;
    const inline = document.createElement('cop-consultation-results');
    inline.setAttribute('consultation', 'fixture-results-2025');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(feed);
    inline.append(script);
    const holder = document.createElement('div');
    const loads = [byProperty, inline].map((element) =>
      oneEvent(element, 'cop-load').then((event) => (event.detail as CopLoadDetail).count),
    );
    holder.append(byProperty, inline);
    document.body.append(holder);
    expect(await Promise.all(loads)).to.deep.equal([1, 1]);
    for (const element of [byProperty, inline]) {
      await element.updateComplete;
      expect(text(root(element).querySelector('[part="total"]'))).to.equal('57 responses');
    }
    holder.remove();
  });
});

describe('cop-consultation-results: which consultation', () => {
  it('without `consultation`: the entry updated last, wherever it stands in the list', async () => {
    // results: few (2026-03-08), closed (2026-05-03), 2025 (2025-06-02).
    const { element, count } = await mount();
    expect(text(root(element).querySelector('h2'))).to.equal(
      'Fixture consultation: online safety at school (test data)',
    );
    expect(count).to.equal(7);
  });

  it('without any results: the consultation the form would show, with "No results published yet."', async () => {
    const { element, count } = await mount({ src: '/test-results/feed/no-results' });
    // The open one (until June 2030) in the fixture.
    expect(text(root(element).querySelector('h2'))).to.equal(
      'Fixture consultation still collecting answers (test data)',
    );
    expect(text(root(element).querySelector('[part="empty"]'))).to.equal('No results published yet.');
    expect(count).to.equal(0);
  });

  it('changing `consultation` shows the other one in place', async () => {
    const { element } = await mount({ consultation: CLOSED });
    element.consultation = 'fixture-results-2025';
    await element.updateComplete;
    expect(text(root(element).querySelector('h2'))).to.equal('Fixture consultation of 2025 (test data)');
    expect(rowsOf(chart(element, 'useful'))).to.deep.equal([
      ['Yes', '49', '86%'],
      ['No', '8', '14%'],
    ]);
  });
});

describe('cop-consultation-results: suppressed cells', () => {
  it('read "fewer than 5" over an empty hatched bar, never 0', async () => {
    const { element } = await mount({ consultation: CLOSED });
    const where = rowsOf(chart(element, 'where'));
    expect(where.slice(3)).to.deep.equal([
      ['School platform', 'fewer than 5', ''],
      ['Somewhere else', 'fewer than 5', ''],
    ]);
    expect(rowsOf(chart(element, 'club'))).to.deep.equal([
      ['Yes', 'fewer than 5', ''],
      ['No', 'fewer than 5', ''],
    ]);
    expect(text(chart(element, 'club').caption)).to.equal(
      'Does your school have an online safety club? fewer than 5',
    );
    const weeks = chart(element, 'by-week');
    expect([...weeks.tBodies[0]!.rows[0]!.cells].slice(-2).map((cell) => text(cell))).to.deep.equal([
      'fewer than 5',
      'fewer than 5',
    ]);
    const hidden = [...root(element).querySelectorAll<HTMLElement>('[part~="bar-suppressed"]')];
    // where: 2, club: 2, age: 2, weeks: 2.
    expect(hidden).to.have.length(8);
    for (const bar of hidden) {
      const style = getComputedStyle(bar);
      expect(style.backgroundImage).to.match(/^repeating-linear-gradient/);
      expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(style.borderStyle).to.equal('dashed');
      expect(bar.getBoundingClientRect().width).to.be.above(5);
    }
    // No count anywhere reads 0.
    const numbers = [...root(element).querySelectorAll('.number')].map((node) => text(node));
    expect(numbers.filter((value) => /^0$|^0\D/.test(value))).to.deep.equal([]);
  });

  it('a visible bar is as long as its share of those who answered', async () => {
    const { element } = await mount({ consultation: CLOSED });
    const row = chart(element, 'seen').tBodies[0]!.rows[0]!;
    const track = row.querySelector<HTMLElement>('.meter')!.getBoundingClientRect();
    const bar = row.querySelector<HTMLElement>('[part="bar"]')!.getBoundingClientRect();
    expect(bar.width / track.width).to.be.closeTo(688 / 1270, 0.01);
  });
});

describe('cop-consultation-results: tables', () => {
  it('every chart is a table with a caption, column headers and row headers', async () => {
    const { element } = await mount({ consultation: CLOSED });
    const tables = [...root(element).querySelectorAll('table')];
    expect(tables.map((table) => table.dataset['chart'])).to.deep.equal([
      'by-language',
      'by-week',
      'age',
      'seen',
      'where',
      'club',
      'interest',
    ]);
    for (const table of tables) {
      expect(text(table.caption), table.dataset['chart']).to.not.equal('');
      const bodyRows = [...table.tBodies[0]!.rows];
      expect(bodyRows.every((row) => row.cells[0]!.matches('th[scope="row"]'))).to.equal(true);
      expect(table.tHead!.querySelectorAll('th[scope="col"]').length).to.be.above(1);
    }
    const weeks = chart(element, 'by-week');
    expect([...weeks.tHead!.rows[0]!.cells].map((cell) => cell.getAttribute('scope'))).to.deep.equal([
      'row',
      ...Array(8).fill('col'),
    ]);
    expect(text(weeks.tHead!.rows[0]!.cells[1])).to.equal('Mar 2, 2026');
  });

  it('the accessibility tree has the tables: named by their caption, with headers and cells', async () => {
    const { element } = await mount({ consultation: CLOSED });
    element.id = 'results-under-test';
    type AXNode = { role: string; name?: string; children?: AXNode[] };
    const tree = await executeServerCommand<AXNode, { selector: string }>('a11y-full-tree', {
      selector: '#results-under-test',
    });
    const all: AXNode[] = [];
    const walk = (node: AXNode) => (all.push(node), node.children?.forEach(walk));
    walk(tree);
    const table = all.find(
      (node) => node.role === 'table' && node.name === 'Have you seen someone bullied online? 1,270 answered',
    );
    expect(
      table,
      `the "seen" table in ${JSON.stringify(all.filter((n) => n.role === 'table').map((n) => n.name))}`,
    ).to.not.equal(undefined);
    const inTable: AXNode[] = [];
    const collect = (node: AXNode) => (inTable.push(node), node.children?.forEach(collect));
    collect(table!);
    expect(inTable.filter((node) => node.role === 'columnheader').map((node) => node.name)).to.deep.equal([
      'Answer',
      'Number',
      'Share',
    ]);
    expect(inTable.filter((node) => node.role === 'rowheader').map((node) => node.name)).to.deep.equal([
      'Yes',
      'No',
      'Not sure',
    ]);
    const weeks = all.find((node) => node.role === 'table' && node.name === 'Responses per week');
    const weekNodes: AXNode[] = [];
    const collectWeeks = (node: AXNode) => (weekNodes.push(node), node.children?.forEach(collectWeeks));
    collectWeeks(weeks!);
    expect(weekNodes.filter((node) => node.role === 'columnheader')).to.have.length(8);
  });
});

describe('cop-consultation-results: age bands', () => {
  const captions = (element: CopConsultationResults) =>
    [...root(element).querySelectorAll('table')].map((table) => text(table.querySelector('.caption-text')));

  it('shown once: as the age question in the consultation\'s order; as "Responses by age band" only when that question has no counts', async () => {
    const { element } = await mount({ consultation: CLOSED });
    expect(captions(element)).to.deep.equal([
      'Responses by language',
      'Responses per week',
      'How old are you?',
      'Have you seen someone bullied online?',
      'Where did it happen?',
      'Does your school have an online safety club?',
      'How useful would lessons on online safety be?',
    ]);
    expect(rowsOf(chart(element, 'age'))).to.deep.equal([
      ['10-12', 'fewer than 5', ''],
      ['13-15', '702', '56%'],
      ['16-18', '556', '44%'],
      ['19-24', 'fewer than 5', ''],
    ]);

    // The feed's byAgeBand, when the age question's own counts are not published.
    const { element: other, count } = await mount({
      src: '/test-results/feed/no-age-counts',
      consultation: CLOSED,
    });
    expect(count).to.equal(6);
    expect(found(other, 'table[data-chart="age"]')).to.equal('');
    expect(captions(other).slice(0, 3)).to.deep.equal([
      'Responses by language',
      'Responses by age band',
      'Responses per week',
    ]);
    // Shares of all the responses (1,284).
    expect(rowsOf(chart(other, 'by-age-band'))).to.deep.equal([
      ['10-12', 'fewer than 5', ''],
      ['13-15', '702', '55%'],
      ['16-18', '556', '43%'],
      ['19-24', 'fewer than 5', ''],
    ]);
  });
});

describe('cop-consultation-results: on a phone', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en', 'ar', 'ru']) {
    it(`every track of a chart is as long as the others, at 320 and 900 px (${lang})`, async () => {
      const { element } = await mount({ consultation: CLOSED, lang });
      for (const width of [320, 900]) {
        await setViewport({ width, height: 2000 });
        await new Promise(requestAnimationFrame);
        for (const table of root(element).querySelectorAll<HTMLTableElement>('table.bars')) {
          const lengths = [...table.querySelectorAll('.meter')].map((meter) =>
            Math.round(meter.getBoundingClientRect().width),
          );
          expect(
            Math.max(...lengths) - Math.min(...lengths),
            `${table.dataset['chart']} at ${width}px: ${lengths}`,
          ).to.be.at.most(1);
          expect(Math.min(...lengths), `${table.dataset['chart']} at ${width}px`).to.be.at.least(32);
        }
        expect(element.scrollWidth, `${width}px`).to.be.at.most(element.clientWidth);
      }
    });
  }
});

describe('cop-consultation-results: languages', () => {
  const numberIn = (lang: string, value: number, options: Intl.NumberFormatOptions = {}) =>
    squash(new Intl.NumberFormat(lang, options).format(value));

  it('Arabic: right to left, its words, its numbers, and bars that start at the right', async () => {
    const { element } = await mount({ consultation: CLOSED, lang: 'ar' });
    expect(element.getAttribute('dir')).to.equal('rtl');
    expect(text(root(element).querySelector('h2'))).to.equal(
      'مشاورة تجريبية: السلامة على الإنترنت في المدرسة (بيانات اختبار)',
    );
    // 1284 takes the "many" form in Arabic.
    expect(text(root(element).querySelector('[part="total"]'))).to.equal(`${numberIn('ar', 1284)} ردًا`);
    expect(rowsOf(chart(element, 'seen'))[0]).to.deep.equal([
      'نعم',
      numberIn('ar', 688),
      numberIn('ar', 688 / 1270, { style: 'percent', maximumFractionDigits: 0 }),
    ]);
    expect(rowsOf(chart(element, 'by-language'))[0]![0]).to.equal('العربية');
    expect(rowsOf(chart(element, 'where'))[3]![1]).to.equal(`أقل من ${numberIn('ar', 5)}`);
    for (const row of [...chart(element, 'seen').tBodies[0]!.rows]) {
      const track = row.querySelector('.meter')!.getBoundingClientRect();
      const bar = row.querySelector('.bar')!.getBoundingClientRect();
      expect(Math.abs(bar.right - track.right), 'the bar starts at the right').to.be.below(1);
      expect(track.left - bar.left, 'and grows leftwards').to.be.below(-10);
    }
    // The number column is to the left of the label: the row reads right to left.
    const row = chart(element, 'seen').tBodies[0]!.rows[0]!;
    expect(row.cells[0]!.getBoundingClientRect().left).to.be.above(
      row.cells[1]!.getBoundingClientRect().left,
    );
  });

  it('English: bars start at the left', async () => {
    const { element } = await mount({ consultation: CLOSED, lang: 'en' });
    const row = chart(element, 'seen').tBodies[0]!.rows[0]!;
    const track = row.querySelector('.meter')!.getBoundingClientRect();
    const bar = row.querySelector('.bar')!.getBoundingClientRect();
    expect(Math.abs(bar.left - track.left)).to.be.below(1);
  });

  it('Chinese and Russian: their plural forms, grouping and percentages', async () => {
    const zh = await mount({ consultation: CLOSED, lang: 'zh' });
    expect(text(root(zh.element).querySelector('[part="total"]'))).to.equal(`${numberIn('zh', 1284)} 份答复`);
    expect(text(root(zh.element).querySelector('[part="timing"]'))).to.equal(
      '已于2026年4月30日截止 统计截至2026年5月3日',
    );
    expect(rowsOf(chart(zh.element, 'by-language'))[1]).to.deep.equal(['中文', '187', '15%']);
    const ru = await mount({ consultation: CLOSED, lang: 'ru' });
    // 1 284: "few" in Russian; the group separator is a no-break space.
    expect(text(root(ru.element).querySelector('[part="total"]'))).to.equal(`${numberIn('ru', 1284)} ответа`);
    expect(new Intl.NumberFormat('ru').format(1284)).to.equal('1\u00a0284');
    expect(text(chart(ru.element, 'seen').caption)).to.equal(
      `Ты видел(а), как кого-то травят в интернете? ${numberIn('ru', 1270)} человек ответили`,
    );
    expect(rowsOf(chart(ru.element, 'interest'))[0]![2]).to.equal(
      numberIn('ru', 40 / 1240, { style: 'percent', maximumFractionDigits: 1 }),
    );
    expect(rowsOf(chart(ru.element, 'by-language'))[4]![0]).to.equal('Русский');
  });

  it('changing lang re-renders in place', async () => {
    const { element } = await mount({ consultation: CLOSED, lang: 'en' });
    element.setAttribute('lang', 'fr');
    await until(() => text(root(element).querySelector('[part="total"]')) !== '1,284 responses', 'French');
    await element.updateComplete;
    expect(text(root(element).querySelector('[part="total"]'))).to.equal(`${numberIn('fr', 1284)} réponses`);
    expect(text(chart(element, 'by-language').caption)).to.equal('Réponses par langue');
  });
});

describe('cop-consultation-results: CSV', () => {
  it('downloads the published counts: BOM, CRLF, the element’s language, "fewer than 5", no 0', async () => {
    const { element } = await mount({ consultation: CLOSED, lang: 'fr' });
    const blobs: Blob[] = [];
    const names: string[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob as Blob), create.call(URL, blob));
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      root(element).querySelector<HTMLButtonElement>('[part="download-button"]')!.click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names).to.deep.equal(['cwg-cop-results-fixture-results-closed.csv']);
    expect(blobs).to.have.length(1);
    expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).split('\r\n');
    expect(lines.at(-1)).to.equal('');
    expect(lines.slice(0, 4)).to.deep.equal([
      'Question,Réponse,Nombre,Part',
      'Réponses,,1284,',
      'Réponses par langue,Arabe,212,16.5%',
      'Réponses par langue,Chinois,187,14.6%',
    ]);
    expect(lines).to.include('Quel âge as-tu ?,10-12,moins de 5,');
    expect(lines.filter((line) => line.startsWith('Réponses par tranche d’âge'))).to.deep.equal([]);
    expect(lines).to.include('Réponses par semaine,2026-W10,95,');
    expect(lines).to.include('Réponses par semaine,2026-W17,moins de 5,');
    expect(lines).to.include("As-tu vu quelqu'un se faire harceler en ligne ?,,1270,");
    expect(lines).to.include("As-tu vu quelqu'un se faire harceler en ligne ?,Oui,688,54.2%");
    expect(lines).to.include(
      'Des cours sur la sécurité en ligne seraient-ils utiles ?,1 – Pas utiles,40,3.2%',
    );
    expect(lines).to.include('Does your school have an online safety club?,Yes,moins de 5,');
    expect(lines).to.include('Which topic should the next lesson cover?,,moins de 5,');
    expect(lines).to.include("Qu'est-ce qui aiderait le plus ?,,845,");
    // 1 total + 6 languages + 8 weeks + 5 questions (1 + rows) + 2 free-text + header + ''.
    expect(lines).to.have.length(1 + 1 + 6 + 8 + (1 + 4) + (1 + 3) + (1 + 5) + (1 + 2) + (1 + 5) + 2 + 1);
    expect(lines.filter((line) => /,0,/.test(line))).to.deep.equal([]);
  });
});

describe('cop-consultation-results: keyboard', () => {
  for (const lang of LANGUAGES) {
    it(`Tab reaches the CSV button and the scrollable week chart, visibly, then leaves (${lang})`, async () => {
      const { host, after } = await between<CopConsultationResults>(
        html`<cop-consultation-results
          lang=${lang}
          src=${FULL}
          consultation=${CLOSED}
        ></cop-consultation-results>`,
        'cop-consultation-results',
        'table',
      );
      const button = await tabTo(host, (el) => el.matches('[part="download-button"]'), 'the CSV button');
      expect(text(button)).to.not.equal('');
      const region = await tabTo(host, (el) => el.matches('.weeks'), 'the week chart');
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-labelledby')).to.equal('weeks-caption');
      await press('Tab', host);
      expectFocusOn(after, 'Tab after the week chart');
      await press('Shift+Tab', host);
      expectVisibleFocusOn(host, region, 'Shift+Tab back');
    });
  }

  it('Enter on "Download CSV" downloads', async () => {
    const { host } = await between<CopConsultationResults>(
      html`<cop-consultation-results src=${FULL} consultation=${CLOSED}></cop-consultation-results>`,
      'cop-consultation-results',
      'table',
    );
    await tabTo(host, (el) => el.matches('[part="download-button"]'), 'the CSV button');
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob as Blob), create.call(URL, blob));
    try {
      await press('Enter', host);
    } finally {
      URL.createObjectURL = create;
    }
    expect(blobs).to.have.length(1);
  });
});

describe('cop-consultation-results: theming and print', () => {
  it('takes the shared --cop-* tokens and its own bar colour; parts are styleable', async () => {
    const { element } = await mount({ consultation: CLOSED });
    element.style.setProperty('--cop-consultation-results-bar-color', 'rgb(1, 2, 3)');
    element.style.setProperty('--cop-color-text', 'rgb(4, 5, 6)');
    const bar = root(element).querySelector<HTMLElement>('[part="bar"]')!;
    expect(getComputedStyle(bar).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(root(element).querySelector('h2')!).color).to.equal('rgb(4, 5, 6)');
    for (const part of [
      'results',
      'title',
      'timing',
      'total',
      'summary',
      'actions',
      'download-button',
      'chart',
      'caption',
      'bar',
      'bar-suppressed',
      'text-questions',
    ])
      expect(found(element, `[part~="${part}"]`), part).to.not.equal('');
  });

  it('forced colours (Windows high contrast): bars stay drawn, suppressed ones outlined and hatched', async () => {
    const { element } = await mount({ consultation: CLOSED });
    await executeServerCommand('emulate-media-features', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    try {
      const bar = root(element).querySelector<HTMLElement>('[part="bar"]')!;
      const track = bar.parentElement!;
      expect(getComputedStyle(bar).backgroundColor).to.not.equal(getComputedStyle(track).backgroundColor);
      expect(getComputedStyle(bar).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      const hidden = getComputedStyle(root(element).querySelector('[part~="bar-suppressed"]')!);
      expect(hidden.backgroundImage).to.match(/^repeating-linear-gradient/);
      expect(hidden.borderStyle).to.equal('dashed');
    } finally {
      await executeServerCommand('emulate-media-features', { features: [] });
    }
  });

  it('print: no button, the week chart unclipped, colours kept', async () => {
    const { element } = await mount({ consultation: CLOSED });
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(root(element).querySelector('[part="download-button"]')!).display).to.equal(
        'none',
      );
      expect(getComputedStyle(root(element).querySelector('.weeks')!).overflowX).to.equal('visible');
      expect(
        getComputedStyle(root(element).querySelector('.bar')!).getPropertyValue('print-color-adjust'),
      ).to.equal('exact');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('cop-consultation-results: axe (WCAG 2.2 A and AA)', () => {
  // The full matrix of states × languages × palettes is in the axe matrix; here, the charts.
  before(() => setViewport({ width: 1280, height: 6000 }));
  for (const lang of ['en', 'ar']) {
    for (const theme of ['', 'dark']) {
      it(`every chart, ${lang}${theme ? `, ${theme}` : ''}`, async () => {
        const { element } = await mount({ consultation: CLOSED, lang });
        if (theme) element.setAttribute('theme', theme);
        await expectNoViolations(element);
      });
    }
  }
});
