// Shared by the layout and presentation checks (tests/a11y-layout.test.ts, tests/a11y-media.test.ts):
// the five elements mounted in the states with the most controls, a walk through their shadow
// roots, and the WCAG 2.5.8 target-size rule with its exceptions.
import { oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/cop-widgets.js';
import { consultation, feedOf, newKey } from './consultation-form-helpers.js';

export type ElementName = 'document-list' | 'timeline' | 'directory' | 'form' | 'results';
export const ELEMENTS: readonly ElementName[] = ['document-list', 'timeline', 'directory', 'form', 'results'];

const holders: HTMLElement[] = [];

/** Removes what {@link mountRich} added to the page. */
export function unmountAll() {
  holders.splice(0).forEach((holder) => holder.remove());
}

let defaultFeed: Promise<Record<string, unknown>> | undefined;

/**
 * The default feed, from its real route, plus what it lacks for the richest states: a meeting
 * still ahead (its "Add to calendar" button) and an address for "Suggest a resource".
 */
async function richFeed() {
  defaultFeed ??= fetch('/feeds/cwg-cop.json').then(
    (response) => response.json() as Promise<Record<string, unknown>>,
  );
  const feed = structuredClone(await defaultFeed);
  feed['meetings'] = [
    ...(feed['meetings'] as unknown[]),
    { id: 'future', number: 99, date: '2099-03-02', endDate: '2099-03-04', location: 'Geneva' },
  ];
  feed['suggestUrl'] = 'https://example.org/suggest';
  return feed;
}

const tags: Record<ElementName, string> = {
  'document-list': 'cop-document-list',
  timeline: 'cop-recommendation-timeline',
  directory: 'cop-resource-directory',
  form: 'cop-consultation-form',
  results: 'cop-consultation-results',
};

let resultsFixture: Promise<Record<string, unknown>> | undefined;

/** The results fixture (tests/fixtures/results-feed.json) from its route. */
async function resultsFeed() {
  resultsFixture ??= fetch('/test-results/feed/full').then(
    (response) => response.json() as Promise<Record<string, unknown>>,
  );
  return structuredClone(await resultsFixture);
}

/**
 * Mounts `name` in `lang`, after a "before" button (a start for keyboard Tab), in its state with
 * the most controls:
 * - document list: filters, two documents a page (pagination with a gap), CSV and Print;
 * - timeline: every group expanded, a meeting ahead with its calendar button;
 * - directory: grouped by region, facets open, one value chosen (a chip and "Clear"), "Show more";
 * - form: every question type, submitted empty (error summary, field errors, aria-invalid);
 * - results: the closed consultation of the results fixture, every chart (suppressed cells, the
 *   week chart) and "Download CSV".
 */
export async function mountRich(
  name: ElementName,
  lang = 'en',
  attributes: Record<string, string> = {},
): Promise<HTMLElement> {
  const holder = document.createElement('div');
  holder.lang = lang;
  // Something focusable before the element, where Shift+Tab from its first control goes.
  const before = document.createElement('button');
  before.textContent = 'before';
  const element = document.createElement(tags[name]) as HTMLElement & {
    feed: unknown;
    updateComplete: Promise<boolean>;
  };
  if (name === 'document-list') element.setAttribute('page-size', '2');
  if (name === 'directory') {
    element.setAttribute('group-by', 'region');
    element.setAttribute('page-size', '4');
  }
  if (name === 'form') element.setAttribute('endpoint', `/test-consultation/201/${newKey()}`);
  if (name === 'results') element.setAttribute('consultation', 'fixture-results-closed');
  for (const [attribute, value] of Object.entries(attributes)) element.setAttribute(attribute, value);
  element.feed =
    name === 'form' ? feedOf(consultation()) : name === 'results' ? await resultsFeed() : await richFeed();
  const loaded = oneEvent(element, 'cop-load');
  holder.append(before, element);
  document.body.append(holder);
  holders.push(holder);
  await loaded;
  await element.updateComplete;
  const root = element.shadowRoot!;
  if (name === 'directory') {
    const details = root.querySelector('details')!;
    if (!details.open) {
      root.querySelector('summary')!.click();
      await oneEvent(details, 'toggle');
    }
    root.querySelector<HTMLInputElement>('.facet input:not(:disabled)')!.click();
    await element.updateComplete;
  }
  if (name === 'form') {
    root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await element.updateComplete;
    await waitFor(() => root.querySelector('[part~="error-summary"]'));
  }
  await settled();
  return element;
}

/**
 * Two animation frames: what is on screen is known (`content-visibility: auto` groups of the
 * timeline lay out their content from the frame after) and styles just changed have applied.
 */
export async function settled() {
  for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

export async function waitFor<T>(check: () => T, timeout = 3000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Every element under `node`, through open shadow roots (a host, then its shadow tree). */
export function deepElements(node: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const visit = (parent: Element | ShadowRoot) => {
    for (const child of parent.children) {
      out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
  visit(node);
  return out;
}

/** Laid out and painted: has a box, and is not hidden by `visibility`. */
export function rendered(element: Element): boolean {
  return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
}

/** The `.visually-hidden` pattern: a 1px box, text for screen readers only. */
export function visuallyHidden(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width <= 1 && box.height <= 1 && getComputedStyle(element).overflow === 'hidden';
}

/** The parent of `element` in the flat tree's sense: its parent element, or its shadow host. */
export function parentOf(element: Element): Element | null {
  const parent = element.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/**
 * The part of `element`'s box that can be seen and hit: its box cut by every ancestor that clips
 * (a scrolling facet list hides the options scrolled away); `null` when nothing is left.
 */
export function visibleBox(element: Element): DOMRect | null {
  let box = element.getBoundingClientRect();
  for (let node = parentOf(element); node; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = node.getBoundingClientRect();
    const left = Math.max(box.left, clip.left);
    const top = Math.max(box.top, clip.top);
    const right = Math.min(box.right, clip.right);
    const bottom = Math.min(box.bottom, clip.bottom);
    if (right <= left || bottom <= top) return null;
    box = new DOMRect(left, top, right - left, bottom - top);
  }
  return box;
}

const TARGETS =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** The pointer targets of `host`, through its shadow roots, that are on screen. */
export function targetsOf(host: Element): HTMLElement[] {
  return deepElements(host).filter(
    (element): element is HTMLElement => element.matches(TARGETS) && rendered(element),
  );
}

/** Short description of an element for failure messages: `button.step "Next"`. */
export function nameOf(element: Element): string {
  const part = element.getAttribute('part');
  const cls = element.getAttribute('class');
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  const type = element.getAttribute('type');
  return `${element.localName}${type ? `[type=${type}]` : ''}${part ? `[part=${part}]` : ''}${cls ? `.${cls.split(' ').join('.')}` : ''}${text ? ` "${text}"` : ''}`;
}

/** What a target is, for the table of exceptions: `a[part=resource-link]`, `input[checkbox] in facet`. */
export function kindOf(target: Element): string {
  const own = target.getAttribute('part');
  if (own) return `${target.localName}[part=${own}]`;
  const type = target.getAttribute('type');
  const name = `${target.localName}${type ? `[${type}]` : ''}`;
  const holder = target.parentElement?.closest('[part]')?.getAttribute('part');
  return holder ? `${name} in ${holder}` : name;
}

/** How a target meets WCAG 2.5.8 (AA), or `fail`. */
export type TargetVerdict = 'size' | 'label' | 'inline' | 'spacing' | 'fail';

const MIN = 24;
/** Sub-pixel layout: 23.99px is 24px. */
const EPSILON = 0.01;

const large = (box: DOMRect) => box.width >= MIN - EPSILON && box.height >= MIN - EPSILON;
const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
const contains = (outer: DOMRect, inner: DOMRect) =>
  outer.left <= inner.left + EPSILON &&
  outer.top <= inner.top + EPSILON &&
  outer.right >= inner.right - EPSILON &&
  outer.bottom >= inner.bottom - EPSILON;

/** `box` less the parts `covers` lie over: the rectangles left (at most four a cover). */
function uncovered(box: DOMRect, covers: DOMRect[]): DOMRect[] {
  let pieces = [box];
  for (const cover of covers) {
    pieces = pieces.flatMap((piece) => {
      const left = Math.max(piece.left, cover.left);
      const right = Math.min(piece.right, cover.right);
      const top = Math.max(piece.top, cover.top);
      const bottom = Math.min(piece.bottom, cover.bottom);
      if (right - left <= EPSILON || bottom - top <= EPSILON) return [piece];
      return [
        new DOMRect(piece.left, piece.top, piece.width, top - piece.top),
        new DOMRect(piece.left, bottom, piece.width, piece.bottom - bottom),
        new DOMRect(piece.left, top, left - piece.left, bottom - top),
        new DOMRect(right, top, piece.right - right, bottom - top),
      ].filter((rest) => rest.width > EPSILON && rest.height > EPSILON);
    });
  }
  return pieces;
}

/** Whether the circle of diameter 24 centred at `point` intersects `box`. */
function circleMeetsBox(point: { x: number; y: number }, box: DOMRect): boolean {
  const dx = Math.max(box.left - point.x, 0, point.x - box.right);
  const dy = Math.max(box.top - point.y, 0, point.y - box.bottom);
  return Math.hypot(dx, dy) < MIN / 2 - EPSILON;
}

/** The nearest ancestor (through shadow roots) that is not laid out inline. */
function blockAncestor(element: Element): Element | null {
  let node = parentOf(element);
  while (node && getComputedStyle(node).display.startsWith('inline')) node = parentOf(node);
  return node;
}

/** The text of `block` that is not inside a target: what a link would be "in a sentence" with. */
function nonTargetText(block: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
      else if (child instanceof Element && !child.matches(TARGETS) && !visuallyHidden(child)) walk(child);
    }
  };
  walk(block);
  return text.replace(/[\s\p{P}]+/gu, '');
}

/**
 * WCAG 2.5.8 for each target, checked in this order:
 * - `size`: its box is at least 24×24 CSS px, and so is a part of it that no other target lies
 *   over (axe's "partially obscured": a link half under the next one is a 12px target);
 * - `label`: a checkbox or radio inside its `<label>`, whose box (the area a click on which
 *   toggles it) contains the control and is at least 24×24;
 * - `inline`: a link laid out inline in a line of other (non-target) text — the exception for
 *   targets in a sentence, whose size the line-height of the text constrains;
 * - `spacing`: a 24px-diameter circle centred on its box intersects no other target's box (the
 *   part of it on screen) and no other undersized target's circle;
 * - `fail` otherwise.
 */
export function targetVerdicts(targets: HTMLElement[]): Map<HTMLElement, TargetVerdict> {
  const boxes = new Map(targets.map((target) => [target, target.getBoundingClientRect()]));
  /** What another target's circle must keep clear of: the part on screen (its label's, for `label`). */
  const onScreen = new Map(targets.map((target) => [target, visibleBox(target)]));
  const areas = new Map(onScreen);
  const verdicts = new Map<HTMLElement, TargetVerdict>();
  const undersized: HTMLElement[] = [];
  for (const target of targets) {
    const box = boxes.get(target)!;
    const label =
      target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio')
        ? [...(target.labels ?? [])].find((l) => l.contains(target) && large(l.getBoundingClientRect()))
        : undefined;
    const block = blockAncestor(target);
    const covers = targets.flatMap((other) => {
      const area = onScreen.get(other);
      return other === target || other.contains(target) || target.contains(other) || !area ? [] : [area];
    });
    if (large(box) && uncovered(box, covers).some(large)) verdicts.set(target, 'size');
    else if (label && contains(label.getBoundingClientRect(), box)) {
      verdicts.set(target, 'label');
      areas.set(target, visibleBox(label));
    } else if (
      target.localName === 'a' &&
      getComputedStyle(target).display === 'inline' &&
      block !== null &&
      nonTargetText(block) !== ''
    )
      verdicts.set(target, 'inline');
    else undersized.push(target);
  }
  for (const target of undersized) {
    const point = centre(boxes.get(target)!);
    const crowded = targets.some((other) => {
      if (other === target || other.contains(target) || target.contains(other)) return false;
      const area = areas.get(other);
      if (area && circleMeetsBox(point, area)) return true;
      if (!undersized.includes(other)) return false;
      const theirs = centre(boxes.get(other)!);
      return Math.hypot(point.x - theirs.x, point.y - theirs.y) < MIN - EPSILON;
    });
    verdicts.set(target, crowded ? 'fail' : 'spacing');
  }
  return verdicts;
}

/** Emulates CSS media features on this page (an empty list resets them). */
export async function emulate(features: { name: string; value: string }[]) {
  await executeServerCommand('emulate-media-features', { features });
}
