// Keyboard-only journeys through the list elements (WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7), in English
// and in Arabic (right to left): only keys reach the element; the journey starts on a page button
// before it. The consultation form's journeys are in keyboard-form.test.ts.
import { expect, html } from '@open-wc/testing';
import '../src/elements/document-list/define.js';
import '../src/elements/recommendation-timeline/define.js';
import '../src/elements/resource-directory/define.js';
import type { CopDocumentList } from '../src/elements/document-list/document-list.js';
import type { CopRecommendationTimeline } from '../src/elements/recommendation-timeline/define.js';
import type { CopResourceDirectory } from '../src/elements/resource-directory/resource-directory.js';
import {
  LANGUAGES,
  between,
  deepActive,
  expectFocusInside,
  expectFocusOn,
  expectVisibleFocusOn,
  expectVisualOrder,
  press,
  tabAround,
  tabOut,
  tabTo,
  type,
  watchFocus,
} from './helpers/keyboard.js';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

// ── <cop-document-list> ──────────────────────────────────────────────────────────────────────

const report = (id: string, title: string, date: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: { en: title },
  date,
  type: 'report',
  files: [{ lang: 'en', url: `https://docs.example.org/${id}-en.pdf`, format: 'pdf' }],
  ...extra,
});

/** Seven documents: six match "report", five of them are reports (three pages of two). */
const documentsFeed = () => ({
  version: 1,
  topics: [{ id: 'bully', label: { en: 'Cyberbullying', ar: 'التنمر الإلكتروني' } }],
  meetings: [{ id: 'm9', number: 9, date: '2015-01-23' }],
  documents: [
    report('r1', 'Report on cyberbullying', '2019-01-10', {
      meeting: 'm9',
      topics: ['bully'],
      files: [
        { lang: 'en', url: 'https://docs.example.org/r1-en.pdf', format: 'pdf' },
        { lang: 'fr', url: 'https://docs.example.org/r1-fr.pdf', format: 'pdf' },
        { lang: 'ar', url: 'https://docs.example.org/r1-ar.pdf', format: 'pdf' },
      ],
    }),
    report('r2', 'Report on digital skills', '2018-01-10'),
    report('r3', 'Report of the tenth meeting', '2017-01-10'),
    report('r4', 'Report to the Council', '2016-01-10'),
    report('r5', 'Annual report', '2015-01-10'),
    report('l1', 'Liaison statement on the report', '2019-06-01', { type: 'liaison' }),
    report('g1', 'Guidelines for parents', '2019-07-01', { type: 'guideline' }),
  ],
});

/** The "Next" button of the page navigation. */
const lastStep = (root: ShadowRoot) => [...root.querySelectorAll('.pagination .step')].at(-1);
const titles = (host: CopDocumentList) =>
  [...host.shadowRoot!.querySelectorAll('h3')].map((title) => clean(title.textContent));

for (const lang of LANGUAGES) {
  describe(`keyboard: cop-document-list (${lang})`, () => {
    const mount = () =>
      between<CopDocumentList>(
        html`<cop-document-list lang=${lang} page-size="2" .feed=${documentsFeed()}></cop-document-list>`,
        'cop-document-list',
        '[part~="list"]',
      );

    it('tabs through every control in visual order, visibly, and out again both ways', async () => {
      const journey = await mount();
      const stops = await tabAround(journey);
      // search box, search button, five filters, sort, CSV, print, 2 documents' 4 links, pages 1–4 and Next
      expect(stops.map((stop) => stop.localName)).to.include.members(['input', 'select', 'button', 'a']);
      expect(stops[0] === journey.host.shadowRoot!.querySelector('input[type="search"]')).to.equal(true);
    });

    it('searches, filters, opens a file and pages on, with keys only', async () => {
      const journey = await mount();
      const { host, after } = journey;
      const root = host.shadowRoot!;
      const opened: Element[] = [];
      // A person pressing Enter on a link would leave the page: the test stays, and records it.
      host.parentElement!.addEventListener('click', (event) => {
        const target = event.composedPath()[0] as Element;
        if (target.closest('a')) {
          opened.push(target.closest('a')!);
          event.preventDefault();
        }
      });
      const watch = watchFocus(host, [journey.before, after]);

      const search = await tabTo(host, (el) => el.matches('input[type="search"]'), 'the search box');
      await type('report', host);
      await press('Enter', host);
      expectFocusOn(search, 'Enter submits the search and keeps focus in the box');
      expect(titles(host)).to.have.length(2);
      expect((search as HTMLInputElement).value).to.equal('report');

      const typeFilter = (await tabTo(
        host,
        (el) => el.id === 'filter-type',
        'the type filter',
      )) as HTMLSelectElement;
      for (let i = 0; i < 5 && typeFilter.value !== 'report'; i += 1) await press('ArrowDown', host);
      expect(typeFilter.value, 'ArrowDown chooses a type').to.equal('report');
      expectFocusOn(typeFilter, 'after choosing a type');
      expect(titles(host)).to.deep.equal(['Report on cyberbullying', 'Report on digital skills']);

      const link = await tabTo(host, (el) => el.matches('[part~="file-link"]'), 'the first file link');
      expect((link as HTMLAnchorElement).href).to.equal(
        lang === 'ar' ? 'https://docs.example.org/r1-ar.pdf' : 'https://docs.example.org/r1-en.pdf',
      );
      await press('Enter', host);
      expect(opened, 'Enter opens the focused link').to.deep.equal([link]);
      expectFocusOn(link, 'after opening the link');

      const next = await tabTo(host, (el) => el === lastStep(root), 'the Next button');
      await press('Enter', host);
      expect(titles(host), 'page 2').to.deep.equal(['Report of the tenth meeting', 'Report to the Council']);
      expectFocusInside(host, 'after changing page');
      expectFocusOn(next, 'Next keeps focus while it can go on');
      await press('Enter', host);
      expect(titles(host), 'page 3').to.deep.equal(['Annual report']);
      expectFocusInside(host, 'after changing to the last page (Next is disabled)');
      expectFocusOn(root.querySelector('[aria-current="page"]'), 'the current page button takes focus');

      // Focus was never lost on the way, and Tab still leaves the element.
      for (let i = 0; i < 3 && deepActive() !== after; i += 1) await press('Tab', host);
      expectFocusOn(after, 'Tab leaves the element');
      expect(watch.stop()).to.deep.equal([]);
    });

    it('clears a search that matches nothing, and focus goes back to the search box', async () => {
      const { host, before, after } = await mount();
      const watch = watchFocus(host, [before, after]);
      const search = await tabTo(host, (el) => el.matches('input[type="search"]'), 'the search box');
      await type('zzz', host);
      await press('Enter', host);
      expect(titles(host)).to.deep.equal([]);
      // The CSV and print buttons are disabled now: the next stop after the filters is the way out.
      const clear = await tabTo(
        host,
        (el) => el.matches('[part~="empty"] button'),
        'Clear search and filters',
      );
      await press('Enter', host);
      expect(clear.isConnected, 'the pressed button is gone').to.equal(false);
      expectVisibleFocusOn(host, search, 'after clearing the search');
      expect((search as HTMLInputElement).value).to.equal('');
      expect(titles(host)).to.have.length(2);
      expect(watch.stop()).to.deep.equal([]);
    });
  });
}

// ── <cop-recommendation-timeline> ────────────────────────────────────────────────────────────

const file = (id: string) => [{ lang: 'en', url: `https://docs.example.org/${id}.pdf` }];

/** Three meeting groups: outcomes with document links, a meeting document, a meeting ahead. */
const timelineFeed = () => ({
  version: 1,
  topics: [{ id: 'alpha', label: { en: 'Alpha', ar: 'ألفا' } }],
  meetings: [
    { id: 'm1', number: 1, date: '2020-03-02' },
    { id: 'm2', number: 2, date: '2021-05-10', location: { en: 'Geneva', ar: 'جنيف' } },
    { id: 'm3', number: 3, date: '2099-12-31' },
  ],
  recommendations: [
    { id: 'r1', meetings: ['m1'], text: 'First decision', kind: 'decision', documents: ['d1'] },
    {
      id: 'r2',
      meetings: ['m1'],
      text: 'First action',
      kind: 'action',
      topics: ['alpha'],
      documents: ['d2'],
    },
    { id: 'r3', meetings: ['m2'], text: 'Second decision', kind: 'decision', documents: ['d3'] },
    { id: 'r4', meetings: ['m3'], text: 'Planned action', kind: 'action' },
  ],
  documents: [
    { id: 'd1', title: 'Decision text', date: '2020-03-02', type: 'report', files: file('d1') },
    { id: 'd2', title: 'Action plan', date: '2020-03-02', type: 'report', files: file('d2') },
    { id: 'd3', title: 'Second report', date: '2021-05-10', type: 'report', files: file('d3') },
    { id: 'd4', title: 'Agenda', date: '2021-05-10', meeting: 'm2', type: 'other', files: file('d4') },
  ],
});

for (const lang of LANGUAGES) {
  describe(`keyboard: cop-recommendation-timeline (${lang})`, () => {
    const mount = () =>
      between<CopRecommendationTimeline>(
        html`<cop-recommendation-timeline
          lang=${lang}
          .feed=${timelineFeed()}
        ></cop-recommendation-timeline>`,
        'cop-recommendation-timeline',
        '[part~="toggle-button"]',
      );

    it('tabs through every control in visual order, visibly, and out again both ways', async () => {
      const journey = await mount();
      const stops = await tabAround(journey);
      // three filters, three groups' toggles, four document links, the calendar button
      expect(stops).to.have.length(11);
    });

    it('folds and unfolds a meeting group with Enter and Space', async () => {
      const { host, before, after } = await mount();
      const root = host.shadowRoot!;
      const watch = watchFocus(host, [before, after]);
      const toggle = await tabTo(
        host,
        (el) => el.matches('[part~="toggle-button"]'),
        'the first group toggle',
      );
      const outcomes = root.getElementById(toggle.getAttribute('aria-controls')!)!;
      const firstLink = outcomes.querySelector('a')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');

      await press('Enter', host);
      expect(toggle.getAttribute('aria-expanded'), 'Enter folds').to.equal('false');
      expect(outcomes.hidden).to.equal(true);
      expect(outcomes.getBoundingClientRect().height).to.equal(0);
      expectVisibleFocusOn(host, toggle, 'after folding');
      await press('Tab', host);
      expect(outcomes.contains(deepActive()), 'Tab skips the folded outcomes').to.equal(false);
      expectFocusInside(host, 'after the folded group');
      await press('Shift+Tab', host);
      expectFocusOn(toggle, 'Shift+Tab back to the toggle');

      await press('Space', host);
      expect(toggle.getAttribute('aria-expanded'), 'Space unfolds').to.equal('true');
      expect(outcomes.hidden).to.equal(false);
      expect(outcomes.getBoundingClientRect().height).to.be.greaterThan(0);
      expectVisibleFocusOn(host, toggle, 'after unfolding');
      await press('Tab', host);
      expectFocusOn(firstLink, 'Tab enters the unfolded outcomes');
      expect(watch.stop()).to.deep.equal([]);
    });

    it('filters by kind and clears the filter, keeping focus in the filters', async () => {
      const { host, before, after } = await mount();
      const root = host.shadowRoot!;
      const watch = watchFocus(host, [before, after]);
      const kind = (await tabTo(
        host,
        (el) => el.id === 'kind-filter',
        'the kind filter',
      )) as HTMLSelectElement;
      for (let i = 0; i < 4 && kind.value !== 'action'; i += 1) await press('ArrowDown', host);
      expect(kind.value).to.equal('action');
      expect(root.querySelectorAll('[part~="outcome"]')).to.have.length(2);
      expectVisibleFocusOn(host, kind, 'after filtering');

      const clear = await tabTo(host, (el) => el.matches('[part~="clear-button"]'), 'Clear filters');
      await press('Enter', host);
      expect(clear.isConnected, 'the pressed button is gone').to.equal(false);
      expect(kind.value).to.equal('');
      expect(root.querySelectorAll('[part~="outcome"]')).to.have.length(4);
      const landed = expectFocusInside(host, 'after clearing the filters');
      expect(landed.localName).to.equal('select');
      expect(watch.stop()).to.deep.equal([]);
    });
  });
}

// ── <cop-resource-directory> ─────────────────────────────────────────────────────────────────

const resource = (id: string, title: string, extra: Record<string, unknown>) => ({
  id,
  title,
  url: `https://${id}.example/`,
  scope: 'national',
  kind: 'case-study',
  ...extra,
});

/** Five resources in two regions and three kinds. */
const directoryFeed = () => ({
  version: 1,
  resources: [
    resource('alpha', 'Alpha helpline', { region: 'europe', kind: 'helpline' }),
    resource('bravo', 'Bravo study', { region: 'africa' }),
    resource('charlie', 'Charlie guide', { region: 'europe', kind: 'guideline', scope: 'regional' }),
    resource('delta', 'Delta case', { region: 'europe' }),
    resource('echo', 'Echo case', { region: 'africa', scope: 'regional' }),
  ],
});

const resourceTitles = (host: CopResourceDirectory) =>
  [...host.shadowRoot!.querySelectorAll('[part~="resource-link"]')].map((link) =>
    clean(
      [...link.childNodes]
        .filter(
          (node) => node instanceof Text || (node instanceof Element && !node.matches('.visually-hidden')),
        )
        .map((node) => node.textContent)
        .join(''),
    ),
  );
const chips = (host: CopResourceDirectory) => host.shadowRoot!.querySelectorAll('[part~="chip"]');
const checkboxFor = (value: string) => (el: Element) =>
  el.matches('input[type="checkbox"]') && (el as HTMLInputElement).value === value;

for (const lang of LANGUAGES) {
  describe(`keyboard: cop-resource-directory (${lang})`, () => {
    const mount = () =>
      between<CopResourceDirectory>(
        html`<cop-resource-directory lang=${lang} .feed=${directoryFeed()}></cop-resource-directory>`,
        'cop-resource-directory',
        '[part~="resource-link"]',
      );

    it('tabs through every control in visual order, visibly, and out again both ways', async () => {
      const journey = await mount();
      const stops = await tabAround(journey);
      expect(stops.filter((stop) => stop.matches('input[type="checkbox"]'))).to.have.length(7);
    });

    it('chooses facets and clears them, with keys only', async () => {
      const journey = await mount();
      const { host, before, after, dir } = journey;
      const root = host.shadowRoot!;
      const watch = watchFocus(host, [before, after]);

      const europe = (await tabTo(host, checkboxFor('europe'), 'Europe')) as HTMLInputElement;
      await press('Space', host);
      expect(europe.checked, 'Space checks a facet value').to.equal(true);
      expect(resourceTitles(host)).to.deep.equal(['Alpha helpline', 'Charlie guide', 'Delta case']);
      expectVisibleFocusOn(host, europe, 'after choosing Europe');

      const caseStudy = (await tabTo(host, checkboxFor('case-study'), 'Case study')) as HTMLInputElement;
      await press('Space', host);
      expect(caseStudy.checked).to.equal(true);
      expect(resourceTitles(host)).to.deep.equal(['Delta case']);
      expect(chips(host)).to.have.length(2);
      // Values that would now leave nothing are disabled, and Tab passes them by.
      const stops = await tabOut(journey);
      expect(stops.some((stop) => (stop as HTMLInputElement).disabled)).to.equal(false);
      expectVisualOrder(stops, dir);

      // Remove the first chosen filter with its button: focus moves to the next one.
      const firstChip = await tabTo(host, (el) => el === chips(host)[0], 'the first chip', 'Shift+Tab');
      const removed = firstChip.getAttribute('aria-label');
      await press('Enter', host);
      expect(europe.checked).to.equal(false);
      expect(chips(host)[0]!.getAttribute('aria-label')).to.not.equal(removed);
      expect(chips(host)).to.have.length(1);
      expectVisibleFocusOn(host, chips(host)[0], 'after removing a chip');

      const clearAll = await tabTo(host, (el) => el.matches('.chips [part~="clear-button"]'), 'Clear all');
      await press('Enter', host);
      expect(clearAll.isConnected).to.equal(false);
      expect(chips(host)).to.have.length(0);
      expect(caseStudy.checked).to.equal(false);
      expect(resourceTitles(host)).to.have.length(5);
      expectVisibleFocusOn(host, root.querySelector('input[type="search"]'), 'after clearing every filter');
      expect(watch.stop()).to.deep.equal([]);
    });

    it('closes and opens the filters panel with Enter on its summary', async () => {
      const { host } = await mount();
      const panel = host.shadowRoot!.querySelector('details')!;
      expect(panel.open).to.equal(true);
      const summary = await tabTo(host, (el) => el.localName === 'summary', 'the filters summary');
      await press('Enter', host);
      expect(panel.open).to.equal(false);
      expectVisibleFocusOn(host, summary, 'after closing the filters');
      await press('Tab', host);
      expect(deepActive()?.matches('input[type="checkbox"]'), 'closed facets are not tab stops').to.equal(
        false,
      );
      await press('Shift+Tab', host);
      await press('Space', host);
      expect(panel.open).to.equal(true);
      await press('Tab', host);
      expect(deepActive()?.matches('input[type="checkbox"]'), 'open facets are tab stops').to.equal(true);
    });
  });
}
