// The axe matrix's engine and table (tests/a11y-axe-*.test.ts): axe-core run on one element
// with the WCAG 2.0, 2.1 and 2.2 A and AA rules only, and the cases generated from a table of
// element × state × language × palette, one `it` each.
import 'axe-core/axe.min.js'; // a UMD script: it registers `window.axe`
import type axeCore from 'axe-core';
import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Language } from '../../src/i18n/language.js';
import { SHOWN_LANGUAGES } from './languages.js';
import { until } from './until.js';

export { until };

/**
 * Every language offered (src/i18n/languages.ts: the six UN languages, any published since), each
 * run in every state; a draft joins once published (see tests/helpers/languages.ts).
 */
export const LANGUAGES: readonly Language[] = SHOWN_LANGUAGES;

/**
 * The palettes each state is checked in: `light`, as the (light) test page gives it, and `dark`,
 * the element with `theme="dark"`. Every state in both: a state checked in one palette only leaves
 * the other's colours there unchecked (the dark palette was once checked in one state an element).
 */
export const PALETTES = ['light', 'dark'] as const;

/** Success criteria of WCAG 2.2 level A and AA, as axe tags them (best practices are left out). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axe = (window as unknown as { axe: typeof axeCore }).axe;

/** One state of an element: how to bring a fresh element, in `lang`, into it. */
export interface AxeState {
  state: string;
  arrange(lang: Language): Promise<HTMLElement>;
  /**
   * For a state that ends by itself (a slow answer): fails if the element is no longer in it
   * after axe ran, so the run cannot have checked the next state instead.
   */
  held?(element: HTMLElement): boolean;
}

/** The states of one element. */
export interface AxeTable {
  element: string;
  states: AxeState[];
}

/**
 * The cases of `table`: each of its states in each language, in one palette and then the other
 * (a state's cases in a row, one per language, as a table is written: a slow answer's cases, say,
 * leave at most one response per language on their way when the next state starts, Chromium's limit of connections a host).
 */
export function axeCases({ element, states }: AxeTable) {
  return PALETTES.flatMap((palette) =>
    states.flatMap((state) => LANGUAGES.map((lang) => ({ element, lang, palette, ...state }))),
  );
}

/**
 * The title of a matrix's describe block: its size, derived from its table ("axe matrix ·
 * cop-document-list: 10 states × 6 languages = 60 axe runs (…)"). scripts/count-reporter.mjs adds
 * up the tests of every block so titled at the end of the test run: one axe run each.
 */
export function describeMatrix(table: AxeTable): string {
  const runs = axeCases(table).length;
  return `axe matrix · ${table.element}: ${table.states.length} states × ${LANGUAGES.length} languages × ${PALETTES.length} palettes = ${runs} axe runs (${WCAG_TAGS.join(', ')})`;
}

/**
 * The test window: tall enough to hold each case whole, so axe sees every part of it laid out as a
 * person scrolling to it would. What a real page's fold does (what is below it, what follows the
 * element) is checked on the demo page in Lighthouse's mobile window: tests/a11y-axe-page.test.ts.
 * Widths are each case's own (its holder's).
 */
const WINDOW = { width: 1280, height: 6000 };

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** What a matrix does around each case (say, clearing the storage drafts live in). */
export interface MatrixHooks {
  beforeEach?: () => unknown;
  afterEach?: () => unknown;
}

/** The matrix of `table` as mocha cases: one `it` per state and language, named after both. */
export function runMatrix(table: AxeTable, hooks: MatrixHooks = {}): void {
  describe(describeMatrix(table), () => {
    before(() => setViewport(WINDOW));
    if (hooks.beforeEach) beforeEach(hooks.beforeEach);
    if (hooks.afterEach) afterEach(hooks.afterEach);
    for (const { element, state, lang, palette, arrange, held } of axeCases(table)) {
      it(`${element} · ${state} · ${lang} · ${palette}`, async () => {
        const arranged = await arrange(lang);
        if (arranged.localName !== element) throw new Error(`${state} arranged a ${arranged.localName}`);
        if (palette === 'dark') arranged.setAttribute('theme', 'dark');
        await expectNoViolations(arranged);
        if (held && !held(arranged)) throw new Error(`${element} left "${state}" while axe ran`);
      });
    }
  });
}

/** One line per failing node: rule, impact, target and why, enough to find and fix it. */
function report(violations: axeCore.Result[]): string {
  return violations
    .flatMap((violation) => [
      `${violation.id} (${violation.impact}): ${violation.help} ${violation.helpUrl}`,
      ...violation.nodes.map(
        (node) => `  at ${JSON.stringify(node.target)}: ${node.html}\n    ${node.failureSummary ?? ''}`,
      ),
    ])
    .join('\n');
}

/** Runs axe on `element` (its shadow tree included) and fails with every violation found. */
export async function expectNoViolations(element: Element): Promise<void> {
  // What a person sees: the rendering after the last update, painted.
  await frame();
  await frame();
  const { bottom } = element.getBoundingClientRect();
  if (bottom > window.innerHeight) {
    throw new Error(
      `${element.localName} ends at ${bottom}px, below the ${window.innerHeight}px test window`,
    );
  }
  await expectNoViolationsIn(element);
}

/** Runs axe, as it is, on `context` (a whole page, or an element) and fails with every violation found. */
export async function expectNoViolationsIn(context: Element | Document): Promise<void> {
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
  });
  if (results.violations.length > 0) {
    throw new Error(`axe found ${results.violations.length} violation(s):\n${report(results.violations)}`);
  }
}

/** A fresh holder on the page for one case, removed after the test by @open-wc/testing. */
export async function holder(style = ''): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div style=${style}></div>`);
}

/** The five elements, by tag. */
export type FeedTag =
  | 'cop-document-list'
  | 'cop-recommendation-timeline'
  | 'cop-resource-directory'
  | 'cop-consultation-form'
  | 'cop-consultation-results';

/** How a case sets an element up: its attributes, its feed (an object or a URL), its holder's CSS. */
export interface Setup {
  attrs?: Record<string, string>;
  feed?: unknown;
  src?: string;
  style?: string;
}

/** Where a feed element is to be before axe runs: loaded, failed, or still loading. */
export type Settled = 'loaded' | 'failed' | 'loading';

/**
 * Adds `tag` in `lang` (its `lang` attribute) to a fresh holder and waits until its feed is
 * `settled` as wanted; the other outcome fails the case at once.
 */
export async function mount<T extends FeedTag>(
  tag: T,
  lang: Language,
  { attrs = {}, feed, src, style = '' }: Setup,
  settled: Settled = 'loaded',
): Promise<HTMLElementTagNameMap[T]> {
  const element = document.createElement(tag);
  element.setAttribute('lang', lang);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  if (feed !== undefined) element.feed = feed;
  if (src !== undefined) element.src = src;
  const outcome = new Promise<void>((resolve, reject) => {
    const expected = settled === 'failed' ? 'cop-error' : 'cop-load';
    const other = settled === 'failed' ? 'cop-load' : 'cop-error';
    element.addEventListener(expected, () => resolve(), { once: true });
    element.addEventListener(other, () => reject(new Error(`${tag}: ${other} instead of ${expected}`)), {
      once: true,
    });
  });
  (await holder(style)).append(element);
  if (settled === 'loading') {
    outcome.catch(() => undefined); // whatever happens after the case is not its concern
    await until(() => stillLoading(element), `${tag} loading`);
  } else {
    await outcome;
  }
  await element.updateComplete;
  return element;
}

/** Whether a feed element still shows its loading state. */
export const stillLoading = (element: HTMLElement): boolean =>
  element.shadowRoot?.querySelector('.root[aria-busy="true"]') != null;

/** The first node matching `selector` in `element`'s shadow root; fails the case when there is none. */
export function part<T extends HTMLElement = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${element.localName}: nothing matches ${selector}`);
  return found;
}

/** A URL of the test server that no other element has fetched yet (feeds are cached per URL). */
export const fresh = (path: string): string => `${path}?case=${crypto.randomUUID()}`;

let realFeed: Promise<Record<string, unknown>> | undefined;

/** A copy of the real six-language feed (feeds/cwg-cop.json), to change freely. */
export async function cwgCopFeed(): Promise<Record<string, unknown>> {
  realFeed ??= fetch('/feeds/cwg-cop.json').then(
    (response) => response.json() as Promise<Record<string, unknown>>,
  );
  return structuredClone(await realFeed);
}
