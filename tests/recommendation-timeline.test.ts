import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/recommendation-timeline/define.js';
import type { CopRecommendationTimeline } from '../src/elements/recommendation-timeline/define.js';
import { buildCalendar, escapeText, foldLine, nextDay } from '../src/elements/recommendation-timeline/ics.js';
import type { CopLoadDetail } from '../src/internal/feed-controller.js';

const FEED = '/feeds/cwg-cop.json';
const unique = () => crypto.randomUUID().slice(0, 8);

type El = CopRecommendationTimeline;

const holders: HTMLElement[] = [];
afterEach(() => holders.splice(0).forEach((holder) => holder.remove()));

/** Renders `template` in a new holder (with `style`), listening from the start. */
function place(template: ReturnType<typeof html>, style = '') {
  const holder = document.createElement('div');
  holder.setAttribute('style', style);
  document.body.append(holder);
  holders.push(holder);
  const loads: CopLoadDetail[] = [];
  const first = new Promise<CopLoadDetail>((resolve) =>
    holder.addEventListener('cop-load', (event) => {
      loads.push((event as CustomEvent<CopLoadDetail>).detail);
      resolve((event as CustomEvent<CopLoadDetail>).detail);
    }),
  );
  render(template, holder);
  const el = holder.querySelector('cop-recommendation-timeline')!;
  return { el, holder, loads, first };
}

/** Renders `template` and waits for its first `cop-load`. */
async function loaded(template: ReturnType<typeof html>, style = '') {
  const placed = place(template, style);
  const detail = await placed.first;
  await placed.el.updateComplete;
  return { ...placed, detail };
}

const root = (el: El) => el.shadowRoot!;
const all = (el: El, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const one = (el: El, selector: string) => root(el).querySelector<HTMLElement>(selector);
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const groupNames = (el: El) => all(el, '.group .group-name').map((node) => clean(node.textContent));
const status = (el: El) => clean(one(el, '[part~="count"]')?.textContent);

async function choose(el: El, id: string, value: string) {
  const select = one(el, `#${id}`) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** A small inline feed: a future meeting, a meeting without outcomes, documents in two languages. */
function inlineFeed(extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    title: { en: 'Test working group', fr: 'Groupe de travail de test' },
    topics: [
      { id: 'alpha', label: { en: 'Alpha', fr: 'Alpha (fr)' } },
      { id: 'beta', label: 'Beta' },
    ],
    meetings: [
      { id: 'm1', number: 1, date: '2020-03-02' },
      {
        id: 'm2',
        number: 2,
        date: '2021-05-10',
        endDate: '2021-05-12',
        location: { en: 'Geneva', fr: 'Genève' },
      },
      {
        id: 'future',
        number: 3,
        date: '2099-12-31',
        title: { en: 'Next meeting, with a comma; and a semicolon', fr: 'Prochaine réunion' },
        location: { en: 'Geneva', fr: 'Genève' },
      },
    ],
    recommendations: [
      {
        id: 'r1',
        meetings: ['m1'],
        text: 'First outcome',
        kind: 'decision',
        topics: ['alpha'],
        documents: ['d1'],
      },
      { id: 'r2', meetings: ['future'], text: 'Planned outcome', kind: 'action', topics: ['beta'] },
    ],
    documents: [
      {
        id: 'd1',
        title: { en: 'Outcome report', fr: 'Rapport sur les résultats' },
        date: '2020-03-02',
        meeting: 'm1',
        type: 'report',
        files: [
          { lang: 'en', url: 'https://example.org/d1-en.pdf' },
          { lang: 'fr', url: 'https://example.org/d1-fr.pdf' },
        ],
      },
      {
        id: 'd2',
        title: 'Meeting 2 agenda',
        date: '2021-05-10',
        meeting: 'm2',
        type: 'other',
        files: [{ lang: 'en', url: 'https://example.org/d2.pdf' }],
      },
    ],
    ...extra,
  };
}

describe('cop-recommendation-timeline: grouping', () => {
  it('lists the default feed as an ordered list of meeting groups, shared outcomes once', async () => {
    const { el, detail } = await loaded(
      html`<cop-recommendation-timeline src=${FEED}></cop-recommendation-timeline>`,
    );
    expect(detail.count).to.equal(19);
    const list = one(el, 'ol.groups')!;
    expect(list.tagName).to.equal('OL');
    expect(list.children.length).to.equal(4);
    expect(groupNames(el)).to.deep.equal([
      '9th meeting',
      '10th and 11th meetings',
      '12th and 13th meetings',
      '14th meeting',
    ]);
    const counts = all(el, '.group').map((group) => group.querySelectorAll('.outcome').length);
    expect(counts).to.deep.equal([7, 3, 4, 5]);
    // The 10th/11th outcomes are under their shared group only, once each.
    const shared = all(el, '.group')[1]!;
    expect(clean(shared.querySelector('.group-count')?.textContent)).to.equal('3 outcomes');
    expect(clean(shared.querySelector('.outcome .text')?.textContent)).to.match(
      /^The meetings discussed the results of three online consultations/,
    );
    expect(
      all(el, '.outcome').filter((o) => /three online consultations/.test(o.textContent ?? '')).length,
    ).to.equal(1);
    // Its date range, and each meeting's own date in <time datetime>, with location.
    expect(clean(shared.querySelector('.period')?.textContent)).to.equal(
      'September 30, 2015 – February 16, 2016',
    );
    const times = [...shared.querySelectorAll('.meeting time')].map((t) => [
      t.getAttribute('datetime'),
      clean(t.textContent),
    ]);
    expect(times).to.deep.equal([
      ['2015-09-30', 'September 30, 2015'],
      ['2016-02-16', 'February 16, 2016'],
    ]);
    expect([...shared.querySelectorAll('.meeting-name')].map((n) => clean(n.textContent))).to.deep.equal([
      '10th meeting',
      '11th meeting',
    ]);
    expect(clean(shared.querySelector('.location')?.textContent)).to.equal('Geneva');
    // Sub-points (details), kind and topic tags.
    const decision = shared.querySelector('.outcome')!;
    expect(decision.querySelectorAll('.details > li').length).to.equal(3);
    expect(clean(decision.querySelector('.kind')?.textContent)).to.equal('Decision');
    expect([...decision.querySelectorAll('.tags > li')].map((t) => clean(t.textContent))).to.deep.equal([
      'Youth participation',
      'Cyberbullying',
      'Child Online Protection framework',
      'Case studies and good practices',
    ]);
    // Headings, h3 by default, one per group; status says how many are shown.
    expect(all(el, 'h3.group-heading').length).to.equal(4);
    expect(status(el)).to.equal('Showing 19 outcomes');
    await expect(el).to.be.accessible();
  });

  it('gives a meeting that no outcome names a group of its own, and handles a one-day group', async () => {
    const { el, detail } = await loaded(
      html`<cop-recommendation-timeline .feed=${inlineFeed()}></cop-recommendation-timeline>`,
    );
    expect(detail.count).to.equal(2);
    expect(groupNames(el)).to.deep.equal(['1st meeting', '2nd meeting', '3rd meeting']);
    const empty = all(el, '.group')[1]!;
    expect(clean(empty.querySelector('.no-outcomes')?.textContent)).to.equal(
      'No outcomes are recorded for this meeting.',
    );
    // No disclosure button when there is nothing to fold.
    expect(empty.querySelector('button.toggle')).to.equal(null);
    // A multi-day meeting shows its period; the <time> carries the first day.
    const time = empty.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2021-05-10');
    expect(clean(time.textContent)).to.equal('May 10 – 12, 2021');
  });

  it('names unnumbered meetings by title, else by date', async () => {
    const feed = {
      version: 1,
      meetings: [
        { id: 'a', date: '2019-01-10', title: 'Expert session' },
        { id: 'b', date: '2019-02-11' },
        { id: 'c', date: '2019-03-12', number: 12 },
      ],
      recommendations: [
        { id: 'r', meetings: ['a', 'b'], text: 'Together' },
        { id: 's', meetings: ['c', 'b'], text: 'Also together' },
      ],
    };
    const { el } = await loaded(
      html`<cop-recommendation-timeline .feed=${feed}></cop-recommendation-timeline>`,
    );
    expect(groupNames(el)).to.deep.equal([
      'Expert session and Meeting of February 11, 2019',
      'Meeting of February 11, 2019 and 12th meeting',
    ]);
    // No kind, no topics: no tags.
    expect(one(el, '.outcome .kind')).to.equal(null);
    expect(one(el, '.outcome .topics')).to.equal(null);
  });
});

describe('cop-recommendation-timeline: order and presets', () => {
  it('orders groups latest first with order="desc", and lets the reader switch', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline src=${FEED} order="desc"></cop-recommendation-timeline>`,
    );
    expect(groupNames(el)).to.deep.equal([
      '14th meeting',
      '12th and 13th meetings',
      '10th and 11th meetings',
      '9th meeting',
    ]);
    expect((one(el, '#order') as HTMLSelectElement).value).to.equal('desc');
    await choose(el, 'order', 'asc');
    expect(el.order).to.equal('asc');
    expect(groupNames(el)[0]).to.equal('9th meeting');
    await choose(el, 'order', 'desc');
    expect(el.order).to.equal('desc');
    expect(groupNames(el)[0]).to.equal('14th meeting');
  });

  it('treats an unknown order as ascending', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline src=${FEED} order="sideways"></cop-recommendation-timeline>`,
    );
    expect(groupNames(el)[0]).to.equal('9th meeting');
  });

  it('meeting preset: only the groups including that meeting, and their count', async () => {
    const { el, detail } = await loaded(
      html`<cop-recommendation-timeline src=${FEED} meeting="cwg-cop-11"></cop-recommendation-timeline>`,
    );
    expect(detail.count).to.equal(3);
    expect(groupNames(el)).to.deep.equal(['10th and 11th meetings']);
  });

  it('meeting preset on a meeting with no outcomes shows its own group', async () => {
    const { el, detail } = await loaded(
      html`<cop-recommendation-timeline .feed=${inlineFeed()} meeting="m2"></cop-recommendation-timeline>`,
    );
    expect(detail.count).to.equal(0);
    expect(groupNames(el)).to.deep.equal(['2nd meeting']);
    expect(status(el)).to.equal('Showing 0 outcomes');
    el.meeting = 'm1';
    await el.updateComplete;
    expect(groupNames(el)).to.deep.equal(['1st meeting']);
  });

  it('topic preset: only outcomes on that topic; count not changed by the reader’s filters', async () => {
    const { el, loads } = await loaded(
      html`<cop-recommendation-timeline src=${FEED} topic="cyberbullying"></cop-recommendation-timeline>`,
    );
    expect(loads.map((detail) => detail.count)).to.deep.equal([2]);
    expect(groupNames(el)).to.deep.equal(['10th and 11th meetings', '12th and 13th meetings']);
    await choose(el, 'kind-filter', 'decision');
    await aTimeout(50);
    expect(loads.map((detail) => detail.count)).to.deep.equal([2]);
  });

  it('says so when the presets leave nothing', async () => {
    const { el, detail } = await loaded(
      html`<cop-recommendation-timeline src=${FEED} topic="no-such-topic"></cop-recommendation-timeline>`,
    );
    expect(detail.count).to.equal(0);
    expect(one(el, 'ol')).to.equal(null);
    expect(status(el)).to.equal('There are no meetings or outcomes to show.');
    expect(one(el, '.empty')).to.equal(null);
  });

  it('follows a change of preset in place', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline src=${FEED}></cop-recommendation-timeline>`,
    );
    el.meeting = 'cwg-cop-9';
    await el.updateComplete;
    expect(groupNames(el)).to.deep.equal(['9th meeting']);
    el.setAttribute('meeting', '');
    await el.updateComplete;
    expect(groupNames(el).length).to.equal(4);
  });
});

describe('cop-recommendation-timeline: filters', () => {
  it('filters by topic and kind, announces the count, and clears', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline src=${FEED}></cop-recommendation-timeline>`,
    );
    const live = one(el, '[role="status"]')!;
    const topicOptions = [...root(el).querySelectorAll('#topic-filter option')].map((o) =>
      clean(o.textContent),
    );
    expect(topicOptions[0]).to.equal('All topics');
    expect(topicOptions).to.include('Cyberbullying');
    expect(one(el, 'label[for="topic-filter"]')?.textContent?.trim()).to.equal('Topic');
    expect(one(el, 'label[for="kind-filter"]')?.textContent?.trim()).to.equal('Kind');

    await choose(el, 'topic-filter', 'cyberbullying');
    expect(status(el)).to.equal('Showing 2 outcomes');
    await waitUntil(() => clean(live.textContent) === 'Showing 2 outcomes', 'the count announced');
    expect(all(el, '[role="status"]')).to.deep.equal([live]);
    expect(groupNames(el)).to.deep.equal(['10th and 11th meetings', '12th and 13th meetings']);
    expect(clean(all(el, '.group-count')[0]!.textContent)).to.equal('1 outcome');

    await choose(el, 'kind-filter', 'decision');
    expect(status(el)).to.equal('Showing 2 outcomes');
    await choose(el, 'topic-filter', '');
    expect(status(el)).to.equal('Showing 6 outcomes');
    expect(all(el, '.outcome .kind').every((k) => clean(k.textContent) === 'Decision')).to.equal(true);

    await choose(el, 'topic-filter', 'terminology');
    await choose(el, 'kind-filter', 'action');
    expect(status(el)).to.equal('No outcome matches these filters.');
    expect(one(el, 'ol')).to.equal(null);
    const clear = one(el, '.empty button') as HTMLButtonElement;
    expect(all(el, 'button.clear').length).to.equal(1);
    expect(clean(clear.textContent)).to.equal('Clear filters');
    await expect(el).to.be.accessible();
    clear.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(status(el)).to.equal('Showing 19 outcomes');
    expect((one(el, '#topic-filter') as HTMLSelectElement).value).to.equal('');
    expect((one(el, '#kind-filter') as HTMLSelectElement).value).to.equal('');
    expect(root(el).activeElement).to.equal(one(el, '#topic-filter'));
  });

  it('hides meetings without outcomes while a filter is on', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline .feed=${inlineFeed()}></cop-recommendation-timeline>`,
    );
    await choose(el, 'kind-filter', 'decision');
    expect(groupNames(el)).to.deep.equal(['1st meeting']);
    expect(status(el)).to.equal('Showing 1 outcome');
    (one(el, '.filters .clear') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(groupNames(el).length).to.equal(3);
  });

  it('drops a filter whose topic the new feed does not hold', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline .feed=${inlineFeed()}></cop-recommendation-timeline>`,
    );
    await choose(el, 'topic-filter', 'beta');
    expect(groupNames(el)).to.deep.equal(['3rd meeting']);
    const next = inlineFeed({ topics: [{ id: 'alpha', label: 'Alpha' }] });
    (next.recommendations as { topics?: string[] }[])[1]!.topics = ['alpha'];
    const reloaded = oneEvent(el, 'cop-load');
    el.feed = next;
    await reloaded;
    expect(groupNames(el).length).to.equal(3);
    expect((one(el, '#topic-filter') as HTMLSelectElement).value).to.equal('');
  });

  /** Topics of the default feed by how many outcomes carry them. */
  const topicWith: Record<number, string> = {
    1: 'terminology',
    2: 'cyberbullying',
    3: 'working-methods',
    4: 'information-sharing',
    5: 'youth-participation',
    6: 'stakeholder-cooperation',
  };
  const ar = (n: number) => new Intl.NumberFormat('ar').format(n);
  const plurals: [string, number, string][] = [
    ['ru', 1, 'Показан 1 результат'],
    ['ru', 3, 'Показано 3 результата'],
    ['ru', 5, 'Показано 5 результатов'],
    ['ar', 1, `${ar(1)} نتيجة معروضة`],
    ['ar', 2, `${ar(2)} نتيجتان معروضتان`],
    ['ar', 3, `${ar(3)} نتائج معروضة`],
    ['fr', 1, '1 résultat affiché'],
    ['fr', 4, '4 résultats affichés'],
    ['es', 1, 'Se muestra 1 resultado'],
    ['es', 6, 'Se muestran 6 resultados'],
    ['zh', 2, '显示 2 项成果'],
    ['en', 1, 'Showing 1 outcome'],
  ];
  for (const [lang, count, text] of plurals) {
    it(`announces the count with the right plural form (${lang}, ${count})`, async () => {
      const { el } = await loaded(
        html`<cop-recommendation-timeline src=${FEED} lang=${lang}></cop-recommendation-timeline>`,
      );
      await choose(el, 'topic-filter', topicWith[count]!);
      expect(status(el)).to.equal(text);
    });
  }
});

describe('cop-recommendation-timeline: links to documents', () => {
  it('links outcomes and meetings to their documents, in the reader’s language when there is one', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline lang="fr" .feed=${inlineFeed()}></cop-recommendation-timeline>`,
    );
    const [first, second] = all(el, '.group');
    const meetingLink = first!.querySelector<HTMLAnchorElement>('.meeting a')!;
    expect(meetingLink.href).to.equal('https://example.org/d1-fr.pdf');
    expect(meetingLink.hreflang).to.equal('fr');
    expect(clean(meetingLink.textContent)).to.equal('Rapport sur les résultats');
    const outcomeLink = first!.querySelector<HTMLAnchorElement>('.outcome a')!;
    expect(outcomeLink.href).to.equal('https://example.org/d1-fr.pdf');
    expect(clean(first!.querySelector('.outcome .documents .label')?.textContent)).to.equal('Documents :');
    // Same tab by default.
    expect(outcomeLink.hasAttribute('target')).to.equal(false);
    expect(outcomeLink.hasAttribute('rel')).to.equal(false);
    // Only an English file: linked, and said to be in English (in French).
    const englishOnly = second!.querySelector<HTMLAnchorElement>('.meeting a')!;
    expect(englishOnly.href).to.equal('https://example.org/d2.pdf');
    expect(clean(second!.querySelector('.file-language')?.textContent)).to.equal('anglais');
    expect(first!.querySelector('.file-language')).to.equal(null);
  });

  it('falls back to the first file when none is in the reader’s language', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline lang="ru" .feed=${inlineFeed()}></cop-recommendation-timeline>`,
    );
    expect(one(el, '.outcome a')!.getAttribute('href')).to.equal('https://example.org/d1-en.pdf');
    expect(clean(one(el, '.outcome .file-language')?.textContent)).to.equal('английский');
  });

  it('opens links in a new tab safely with new-tab, and says so', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline new-tab .feed=${inlineFeed()}></cop-recommendation-timeline>`,
    );
    const link = one(el, '.outcome a') as HTMLAnchorElement;
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(clean(link.querySelector('.visually-hidden')?.textContent)).to.equal('(opens in a new tab)');
    await expect(el).to.be.accessible();
  });

  it('links the 10th and 11th meetings to their own outcome documents', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline src=${FEED}></cop-recommendation-timeline>`,
    );
    const shared = all(el, '.group')[1]!;
    const meetingLinks = [...shared.querySelectorAll('.meetings > li')].map((li) =>
      [...li.querySelectorAll('a')].map((a) => clean(a.textContent)),
    );
    expect(meetingLinks).to.deep.equal([
      ['Outcome of the 10th meeting of CWG-COP'],
      ['Outcome of the 11th meeting of CWG-COP'],
    ]);
    const outcomeLinks = [...shared.querySelectorAll('.outcome')].map((o) =>
      [...o.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    );
    expect(outcomeLinks[1]!.length).to.equal(2);
    expect(outcomeLinks[2]).to.deep.equal([]);
  });
});

describe('cop-recommendation-timeline: expand and collapse', () => {
  it('folds a group with a real disclosure button, by keyboard', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline src=${FEED}></cop-recommendation-timeline>`,
    );
    const buttons = all(el, 'button.toggle');
    expect(buttons.length).to.equal(4);
    expect(buttons.every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
    const button = buttons[1]!;
    expect(button.closest('h3')).to.not.equal(null);
    expect(clean(button.textContent)).to.equal('10th and 11th meetings 3 outcomes');
    const panel = root(el).getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel.classList.contains('outcomes')).to.equal(true);
    expect(panel.hidden).to.equal(false);

    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    expect(panel.getBoundingClientRect().height).to.equal(0);
    expect(all(el, 'button.toggle')[0]!.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    expect(root(el).activeElement).to.equal(button);
  });

  it('keeps a group folded across filter changes', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline src=${FEED}></cop-recommendation-timeline>`,
    );
    (all(el, 'button.toggle')[0] as HTMLButtonElement).click();
    await el.updateComplete;
    await choose(el, 'kind-filter', 'action');
    expect(all(el, 'button.toggle')[0]!.getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('cop-recommendation-timeline: .ics', () => {
  const now = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

  it('builds an all-day event with CRLF lines, escaping and folding', () => {
    const text = buildCalendar(
      [
        {
          uid: 'cwg-cop-15@example.org',
          start: '2026-12-31',
          summary: { text: '15th meeting, CWG-COP; Geneva\\Online\nDay 1', lang: 'en' },
          location: { text: 'Genève', lang: 'fr' },
        },
      ],
      { now },
    );
    expect(text).to.equal(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//ITU CWG-COP//cop-widgets//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:cwg-cop-15@example.org',
        'DTSTAMP:20260102T030405Z',
        'DTSTART;VALUE=DATE:20261231',
        'DTEND;VALUE=DATE:20270101',
        'SUMMARY;LANGUAGE=en:15th meeting\\, CWG-COP\\; Geneva\\\\Online\\nDay 1',
        'LOCATION;LANGUAGE=fr:Genève',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('ends the event the day after its last day', () => {
    expect(nextDay('2024-02-28')).to.equal('2024-02-29');
    expect(nextDay('2023-02-28')).to.equal('2023-03-01');
    const text = buildCalendar(
      [
        {
          uid: 'x',
          start: '2026-05-10',
          end: '2026-05-12',
          summary: { text: 'S' },
          description: { text: 'a,b' },
        },
      ],
      { now, productId: '-//Test//EN' },
    );
    expect(text).to.contain('\r\nDTEND;VALUE=DATE:20260513\r\n');
    expect(text).to.contain('\r\nSUMMARY:S\r\n');
    expect(text).to.contain('\r\nDESCRIPTION:a\\,b\r\n');
    expect(text).to.contain('\r\nPRODID:-//Test//EN\r\n');
  });

  it('escapes TEXT values', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const ascii = `SUMMARY:${'x'.repeat(100)}`;
    const folded = foldLine(ascii).split('\r\n');
    expect(folded.map((line) => line.length)).to.deep.equal([75, 34]);
    expect(folded[1]!.startsWith(' ')).to.equal(true);
    expect(folded.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).to.equal(ascii);

    const encoder = new TextEncoder();
    for (const text of ['é'.repeat(80), '会议'.repeat(40), `a${'😀'.repeat(40)}`, 'اجتماع '.repeat(30)]) {
      const line = `SUMMARY:${text}`;
      const lines = foldLine(line).split('\r\n');
      expect(lines.length).to.be.greaterThan(1);
      for (const physical of lines) {
        expect(encoder.encode(physical).length).to.be.at.most(75);
        // Each piece is whole UTF-8 text: nothing lost or replaced on the way.
        expect(new TextDecoder('utf-8', { fatal: true }).decode(encoder.encode(physical))).to.equal(physical);
      }
      expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).to.equal(line);
      // The first line is filled as far as a whole character allows.
      expect(encoder.encode(lines[0]!).length).to.be.greaterThan(71);
    }
    expect(foldLine('short')).to.equal('short');
  });
});

describe('cop-recommendation-timeline: add to calendar', () => {
  it('offers the .ics only for meetings still ahead', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline src=${FEED}></cop-recommendation-timeline>`,
    );
    expect(all(el, '.calendar').length).to.equal(0);
    const inline = await loaded(
      html`<cop-recommendation-timeline .feed=${inlineFeed()}></cop-recommendation-timeline>`,
    );
    const buttons = all(inline.el, 'button.calendar');
    expect(buttons.length).to.equal(1);
    expect(buttons[0]!.closest('.group')?.querySelector('.group-name')?.textContent).to.equal('3rd meeting');
    expect(clean(buttons[0]!.textContent)).to.equal('Add to calendar');
    expect(buttons[0]!.getAttribute('aria-label')).to.equal('Add to calendar: 3rd meeting');
  });

  it('downloads the meeting as a blob: .ics in the element language, then revokes it', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline
        lang="fr"
        src="/feeds/none.json"
        .feed=${inlineFeed()}
      ></cop-recommendation-timeline>`,
    );
    const created: Blob[] = [];
    const revoked: string[] = [];
    const clicked: { href: string; download: string; inShadow: boolean }[] = [];
    const originals = {
      create: URL.createObjectURL,
      revoke: URL.revokeObjectURL,
      click: HTMLAnchorElement.prototype.click,
    };
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return originals.create.call(URL, blob);
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      originals.revoke.call(URL, url);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({
        href: this.href,
        download: this.download,
        inShadow: this.getRootNode() === el.shadowRoot,
      });
    };
    try {
      const button = one(el, 'button.calendar') as HTMLButtonElement;
      expect(clean(button.textContent)).to.equal('Ajouter au calendrier');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => revoked.length === 1, 'the object URL is revoked', { timeout: 3000 });
    } finally {
      Object.assign(URL, { createObjectURL: originals.create, revokeObjectURL: originals.revoke });
      HTMLAnchorElement.prototype.click = originals.click;
    }
    expect(clicked.length).to.equal(1);
    expect(clicked[0]!.href).to.match(/^blob:/);
    expect(clicked[0]!.download).to.equal('future.ics');
    expect(clicked[0]!.inShadow).to.equal(true);
    expect(revoked).to.deep.equal([clicked[0]!.href]);
    expect(one(el, 'a[download]')).to.equal(null);
    const blob = created[0]!;
    expect(blob.type).to.equal('text/calendar;charset=utf-8');
    const text = await blob.text();
    const lines = text.split('\r\n');
    expect(lines).to.include.members([
      'UID:future@localhost',
      'DTSTART;VALUE=DATE:20991231',
      'DTEND;VALUE=DATE:21000101',
      'SUMMARY;LANGUAGE=fr:Prochaine réunion',
      'LOCATION;LANGUAGE=fr:Genève',
      'DESCRIPTION;LANGUAGE=fr:Groupe de travail de test',
    ]);
    expect(lines.find((line) => line.startsWith('DTSTAMP:'))).to.match(/^DTSTAMP:\d{8}T\d{6}Z$/);
    expect(text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
  });

  it('uses the feed text (escaped) and the numbered name when a meeting has no title', async () => {
    const feed = inlineFeed();
    const { el } = await loaded(
      html`<cop-recommendation-timeline .feed=${feed}></cop-recommendation-timeline>`,
    );
    let blob: Blob | undefined;
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), create.call(URL, b));
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      (one(el, 'button.calendar') as HTMLButtonElement).click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    const text = await blob!.text();
    expect(text).to.contain('\r\nSUMMARY;LANGUAGE=en:Next meeting\\, with a comma\\; and a semicolon\r\n');

    const untitled = inlineFeed({
      meetings: [{ id: 'next one', number: 21, date: '2099-01-01' }],
      recommendations: [],
      documents: [],
    });
    const second = await loaded(
      html`<cop-recommendation-timeline .feed=${untitled}></cop-recommendation-timeline>`,
    );
    expect(one(second.el, 'button.calendar')!.getAttribute('aria-label')).to.equal(
      'Add to calendar: 21st meeting',
    );
    URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), create.call(URL, b));
    const names: string[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      (one(second.el, 'button.calendar') as HTMLButtonElement).click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names).to.deep.equal(['next-one.ics']);
    // A src that is no URL (the feed property is used) still gives a well-formed UID.
    second.el.src = 'http://[';
    await second.el.updateComplete;
    URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), create.call(URL, b));
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      (one(second.el, 'button.calendar') as HTMLButtonElement).click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(await blob!.text()).to.contain('\r\nUID:next one@cop-widgets.invalid\r\n');
    expect(await blob!.text()).to.contain('\r\nSUMMARY;LANGUAGE=en:21st meeting\r\n');
  });
});

describe('cop-recommendation-timeline: layouts', () => {
  const layoutOf = (el: El) => one(el, 'ol.groups')?.dataset['layout'];

  it('is vertical by default, with no scroll region', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline src=${FEED}></cop-recommendation-timeline>`,
      'width: 1200px',
    );
    await aTimeout(50);
    expect(el.effectiveLayout).to.equal('vertical');
    expect(layoutOf(el)).to.equal('vertical');
    const scroller = one(el, '.scroller')!;
    expect(scroller.hasAttribute('tabindex')).to.equal(false);
    expect(scroller.hasAttribute('role')).to.equal(false);
  });

  it('lays groups side by side on a wide element, scrollable by keyboard', async () => {
    const { el, holder } = await loaded(
      html`<cop-recommendation-timeline src=${FEED} layout="horizontal"></cop-recommendation-timeline>`,
      'width: 1000px',
    );
    await waitUntil(() => el.effectiveLayout === 'horizontal', 'horizontal when wide');
    await el.updateComplete;
    expect(layoutOf(el)).to.equal('horizontal');
    const scroller = one(el, '.scroller')!;
    expect(scroller.getAttribute('tabindex')).to.equal('0');
    expect(scroller.getAttribute('role')).to.equal('region');
    expect(scroller.getAttribute('aria-label')).to.equal('Timeline of meetings, scrolls sideways');
    const [first, second] = all(el, '.group').map((group) => group.getBoundingClientRect());
    expect(second!.left).to.be.greaterThan(first!.right - 1);
    expect(Math.abs(second!.top - first!.top)).to.be.lessThan(1);
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);

    scroller.focus();
    expect(root(el).activeElement).to.equal(scroller);
    const before = scroller.scrollLeft;
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => scroller.scrollLeft > before, 'arrow keys scroll the timeline');
    await expect(el).to.be.accessible();

    // Narrower than 48rem: back to the vertical list.
    holder.style.width = '400px';
    await waitUntil(() => el.effectiveLayout === 'vertical', 'vertical when narrow');
    await el.updateComplete;
    expect(layoutOf(el)).to.equal('vertical');
    expect(one(el, '.scroller')!.hasAttribute('tabindex')).to.equal(false);
    const [a, b] = all(el, '.group').map((group) => group.getBoundingClientRect());
    expect(b!.top).to.be.greaterThan(a!.bottom - 1);

    holder.style.width = '900px';
    await waitUntil(() => el.effectiveLayout === 'horizontal', 'horizontal again');
  });

  it('falls back to vertical when narrow from the start', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline src=${FEED} layout="horizontal"></cop-recommendation-timeline>`,
      'width: 320px',
    );
    await aTimeout(100);
    expect(el.effectiveLayout).to.equal('vertical');
    expect(layoutOf(el)).to.equal('vertical');
    // Nothing sticks out at 320px.
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('runs right to left in Arabic, horizontally too', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline
        lang="ar"
        src=${FEED}
        layout="horizontal"
      ></cop-recommendation-timeline>`,
      'width: 1000px',
    );
    await waitUntil(() => el.effectiveLayout === 'horizontal');
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(one(el, 'ol.groups')!).direction).to.equal('rtl');
    const [first, second] = all(el, '.group').map((group) => group.getBoundingClientRect());
    // The earliest meeting is at the right; the next one to its left.
    expect(second!.right).to.be.lessThan(first!.left + 1);
    const scroller = one(el, '.scroller')!;
    scroller.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => scroller.scrollLeft < 0, 'scrolls towards the later meetings');
  });
});

describe('cop-recommendation-timeline: words in every plural form', () => {
  const ar = (n: number) => new Intl.NumberFormat('ar').format(n);
  const cases: [string, number, string, string][] = [
    ['ar', 0, `${ar(0)} نتيجة`, `${ar(0)} نتيجة معروضة`],
    ['ar', 2, `${ar(2)} نتيجتان`, `${ar(2)} نتيجتان معروضتان`],
    ['ar', 11, `${ar(11)} نتيجةً`, `${ar(11)} نتيجةً معروضة`],
    ['ar', 100, `${ar(100)} نتيجة`, `${ar(100)} نتيجة معروضة`],
    ['ru', 21, '21 результат', 'Показан 21 результат'],
    ['ru', 1.5, '1,5 результата', 'Показано 1,5 результата'],
    ['fr', 1000000, '1 000 000 de résultats', '1 000 000 de résultats affichés'],
    ['zh', 1, '1 项成果', '显示 1 项成果'],
  ];
  for (const [lang, count, outcomes, shown] of cases) {
    it(`counts ${count} in ${lang}`, async () => {
      const { inLanguage, loadLanguage } = await import('../src/i18n/msg.js');
      const { outcomeCount, shownCount } =
        await import('../src/elements/recommendation-timeline/timeline-labels.js');
      await loadLanguage(lang as 'ar');
      const clean = (text: string) => text.replace(/\s/g, ' ');
      expect(clean(inLanguage(lang as 'ar', () => outcomeCount(count)))).to.equal(clean(outcomes));
      expect(clean(inLanguage(lang as 'ar', () => shownCount(count)))).to.equal(clean(shown));
    });
  }

  it('names groups of three and of eleven meetings', async () => {
    const { inLanguage, loadLanguage } = await import('../src/i18n/msg.js');
    const { groupName } = await import('../src/internal/meeting-names.js');
    await loadLanguage('ar');
    const meetings = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `m${i}`, number: i + 1, date: '2020-01-01' }));
    expect(inLanguage('en', () => groupName(meetings(3), 'en'))).to.equal('1st, 2nd, and 3rd meetings');
    expect(inLanguage('ar', () => groupName(meetings(3), 'en'))).to.match(/^الاجتماعات /);
    expect(inLanguage('ar', () => groupName(meetings(11), 'en'))).to.match(/^الاجتماعات /);
    expect(inLanguage('fr', () => groupName(meetings(2), 'en'))).to.equal('1re et 2e réunions');
  });
});

describe('cop-recommendation-timeline: languages', () => {
  const names: [string, string[]][] = [
    ['fr', ['9e réunion', '10e et 11e réunions', '12e et 13e réunions', '14e réunion']],
    ['es', ['9.ª reunión', '10.ª y 11.ª reuniones', '12.ª y 13.ª reuniones', '14.ª reunión']],
    ['ru', ['9-е собрание', '10-е и 11-е собрания', '12-е и 13-е собрания', '14-е собрание']],
    ['zh', ['第9次会议', '第10次和第11次会议', '第12次和第13次会议', '第14次会议']],
    ['ar', ['الاجتماع 9', 'الاجتماعان 10 و11', 'الاجتماعان 12 و13', 'الاجتماع 14']],
  ];
  for (const [lang, expected] of names) {
    it(`names the meeting groups in ${lang}`, async () => {
      const { el } = await loaded(
        html`<cop-recommendation-timeline lang=${lang} src=${FEED}></cop-recommendation-timeline>`,
      );
      expect(groupNames(el)).to.deep.equal(expected);
    });
  }

  it('renders Arabic right to left with Arabic text and dates', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline lang="ar" src=${FEED}></cop-recommendation-timeline>`,
    );
    expect(el.dir).to.equal('rtl');
    const group = all(el, '.group')[0]!;
    const rect = group.getBoundingClientRect();
    const heading = group.querySelector('.group-name')!.getBoundingClientRect();
    // The heading starts at the right edge side.
    expect(rect.right - heading.right).to.be.lessThan(rect.width / 3);
    expect(clean(group.querySelector('.location')?.textContent)).to.equal('جنيف');
    expect(clean(group.querySelector('.kind')?.textContent)).to.equal('إجراء');
    expect(group.querySelector('time')?.textContent).to.equal(
      new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory' }).format(
        Date.UTC(2015, 0, 23),
      ),
    );
    expect(clean(one(el, 'label[for="topic-filter"]')?.textContent)).to.equal('الموضوع');
  });

  it('re-renders in place when lang changes', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline src=${FEED}></cop-recommendation-timeline>`,
    );
    const list = one(el, 'ol');
    el.lang = 'fr';
    await waitUntil(() => groupNames(el)[0] === '9e réunion');
    expect(one(el, 'ol')).to.equal(list);
    expect(status(el)).to.equal('19 résultats affichés');
  });

  for (const lang of ['ar', 'en', 'es', 'fr', 'ru', 'zh']) {
    it(`is accessible in ${lang}`, async () => {
      const { el } = await loaded(
        html`<cop-recommendation-timeline lang=${lang} .feed=${inlineFeed()}></cop-recommendation-timeline>`,
      );
      await expect(el).to.be.accessible();
      const full = await loaded(
        html`<cop-recommendation-timeline lang=${lang} src=${FEED}></cop-recommendation-timeline>`,
      );
      await expect(full.el).to.be.accessible();
    });
  }
});

describe('cop-recommendation-timeline: states', () => {
  it('announces loading, then shows the timeline', async () => {
    const { el, first } = place(
      html`<cop-recommendation-timeline src="/test-feed/slow/300"></cop-recommendation-timeline>`,
    );
    await el.updateComplete;
    expect(clean(one(el, '[part~="status"]')?.textContent)).to.equal('Loading…');
    expect(one(el, '[aria-busy="true"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    const detail = await first;
    expect(detail.count).to.equal(1);
    await el.updateComplete;
    expect(groupNames(el)).to.deep.equal(['9th meeting', '10th meeting']);
  });

  it('shows an error with a retry button that works', async () => {
    const holder = document.createElement('div');
    document.body.append(holder);
    holders.push(holder);
    const failed = oneEvent(holder, 'cop-error');
    render(
      html`<cop-recommendation-timeline src="/test-feed/flaky/${unique()}"></cop-recommendation-timeline>`,
      holder,
    );
    const el = holder.firstElementChild as El;
    expect((await failed).detail.code).to.equal('http');
    await el.updateComplete;
    const alert = one(el, '[role="alert"]')!;
    expect(clean(alert.querySelector('p')?.textContent)).to.equal(
      'The content could not be loaded: the server answered with an error.',
    );
    await expect(el).to.be.accessible();
    const again = oneEvent(holder, 'cop-load');
    (alert.querySelector('button') as HTMLButtonElement).click();
    expect((await again).detail.count).to.equal(1);
    await el.updateComplete;
    expect(groupNames(el).length).to.equal(2);
  });

  it('shows a 404 as an error', async () => {
    const holder = document.createElement('div');
    document.body.append(holder);
    holders.push(holder);
    const failed = oneEvent(holder, 'cop-error');
    render(
      html`<cop-recommendation-timeline src="/feeds/missing.json"></cop-recommendation-timeline>`,
      holder,
    );
    expect((await failed).detail.code).to.equal('http');
  });

  it('renders a partly bad feed and tells its authors', async () => {
    const feed = inlineFeed();
    (feed.recommendations as unknown[]).push(
      { id: 'bad', meetings: ['m1'] },
      { id: 'lost', meetings: ['nowhere'], text: 'x' },
    );
    const { el, detail } = await loaded(
      html`<cop-recommendation-timeline .feed=${feed}></cop-recommendation-timeline>`,
    );
    expect(detail.count).to.equal(2);
    expect(detail.issues?.map((issue) => issue.pointer)).to.include('/recommendations/2/text');
    expect(clean(one(el, 'details.issues summary')?.textContent)).to.equal(
      '2 items could not be shown in full',
    );
    expect(groupNames(el)).to.deep.equal(['1st meeting', '2nd meeting', '3rd meeting']);
    await expect(el).to.be.accessible();
  });

  it('takes an inline JSON child as its feed', async () => {
    const json = JSON.stringify(inlineFeed());
    const holder = document.createElement('div');
    document.body.append(holder);
    holders.push(holder);
    const done = oneEvent(holder, 'cop-load');
    const el = document.createElement('cop-recommendation-timeline');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
    holder.append(el);
    expect((await done).detail.count).to.equal(2);
  });
});

describe('cop-recommendation-timeline: headings and scale', () => {
  it('uses the heading level asked for, within h2–h6', async () => {
    const { el } = await loaded(
      html`<cop-recommendation-timeline heading-level="2" src=${FEED}></cop-recommendation-timeline>`,
    );
    expect(all(el, 'h2.group-heading').length).to.equal(4);
    el.headingLevel = 5;
    await el.updateComplete;
    expect(all(el, 'h5.group-heading').length).to.equal(4);
    el.headingLevel = 9;
    await el.updateComplete;
    expect(all(el, 'h3.group-heading').length).to.equal(4);
  });

  it('renders 2,000 outcomes quickly, and filters them quickly', async () => {
    const meetings = Array.from({ length: 100 }, (_, i) => ({
      id: `m${i}`,
      number: i + 1,
      date: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
      location: 'Geneva',
    }));
    const kinds = ['recommendation', 'decision', 'action'];
    const recommendations = Array.from({ length: 2000 }, (_, i) => ({
      id: `r${i}`,
      meetings: i % 7 === 0 ? [`m${i % 100}`, `m${(i + 1) % 100}`] : [`m${i % 100}`],
      text: { en: `Outcome number ${i}, decided after long discussion.`, fr: `Résultat ${i}` },
      details: i % 10 === 0 ? ['First point', 'Second point'] : undefined,
      kind: kinds[i % 3],
      topics: [`t${i % 5}`],
    }));
    const feed = {
      version: 1,
      topics: Array.from({ length: 5 }, (_, i) => ({ id: `t${i}`, label: `Topic ${i}` })),
      meetings,
      recommendations,
    };
    // Timings (frame budget) are measured by `npm run bench`; this checks the behaviour at scale.
    const { el, detail } = await loaded(
      html`<cop-recommendation-timeline .feed=${feed}></cop-recommendation-timeline>`,
    );
    expect(detail.count).to.equal(2000);
    const list = one(el, 'ol.groups')!;
    // Long timelines build up over a few frames, busy until complete.
    expect(all(el, '.outcome').length).to.be.lessThan(2000);
    expect(list.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => all(el, '.outcome').length === 2000, 'every outcome rendered', { timeout: 8000 });
    await el.updateComplete;
    expect(list.getAttribute('aria-busy')).to.equal('false');

    const select = one(el, '#kind-filter') as HTMLSelectElement;
    select.value = 'decision';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await waitUntil(() => all(el, '.outcome').length === 667, 'filtered', { timeout: 8000 });

    const toggle = one(el, 'button.toggle') as HTMLButtonElement;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });
});
