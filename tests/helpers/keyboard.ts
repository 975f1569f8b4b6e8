// Shared by the keyboard-only journeys (tests/keyboard*.test.ts): a fixture with a button before
// and after the element, the deep focused element, and the checks every journey makes — focus
// follows the visual order, is always visible, is never trapped and never lost to <body>.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { until } from './until.js';

export { until };

/** The languages every journey runs in: one left-to-right, one right-to-left. */
export const LANGUAGES = ['en', 'ar'] as const;
export type Direction = 'ltr' | 'rtl';

/** An element with Lit's `updateComplete`. */
type Updating = HTMLElement & { updateComplete: Promise<unknown> };

export interface Journey<E extends Updating> {
  host: E;
  /** A page button placed before the element: where each journey starts. */
  before: HTMLButtonElement;
  /** A page button placed after the element: where Tab leaves it to. */
  after: HTMLButtonElement;
  /** The element's direction, from its resolved language. */
  dir: Direction;
}

/**
 * Renders `template` (one element, `tag`) between two page buttons, waits until `ready` (a
 * selector in its shadow root) has rendered, and focuses the button before it: the journey's
 * only programmatic focus, on the page, not in the element.
 */
export async function between<E extends Updating>(
  template: TemplateResult,
  tag: string,
  ready: string,
): Promise<Journey<E>> {
  const holder = await fixture<HTMLDivElement>(
    html`<div>
      <button id="before" type="button">Before</button>
      ${template}
      <button id="after" type="button">After</button>
    </div>`,
  );
  const host = holder.querySelector<E>(tag)!;
  await until(() => host.shadowRoot?.querySelector(ready), `<${tag}> to render ${ready}`);
  await host.updateComplete;
  const before = holder.querySelector<HTMLButtonElement>('#before')!;
  const after = holder.querySelector<HTMLButtonElement>('#after')!;
  before.focus();
  return { host, before, after, dir: getComputedStyle(host).direction === 'rtl' ? 'rtl' : 'ltr' };
}

/** The focused element, looked for through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `node` is `host` or inside it (through shadow roots). */
export function inside(host: Element, node: Node | null): boolean {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) {
    if (at === host) return true;
  }
  return false;
}

/** A short name of `element` for messages: tag, id, part, and the start of its text or name. */
export function nameOf(element: Element | null): string {
  if (!element) return 'nothing';
  const id = element.id ? `#${element.id}` : '';
  const part = element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : '';
  const label =
    element.getAttribute('aria-label') ??
    (element as HTMLInputElement).labels?.[0]?.textContent ??
    element.textContent ??
    '';
  return `<${element.localName}${id}${part}> "${label.replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
}

/**
 * Presses `key` (as a person does; `Shift+Tab` holds Shift down around Tab) and lets `host`
 * finish the update it caused.
 */
export async function press(key: string, host: Updating): Promise<void> {
  const keys = key.split('+');
  const pressed = keys.pop()!;
  for (const modifier of keys) await sendKeys({ down: modifier });
  await sendKeys({ press: pressed });
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
  await host.updateComplete;
}

/** Types `text` key by key into the focused control, and lets `host` update. */
export async function type(text: string, host: Updating): Promise<void> {
  await sendKeys({ type: text });
  await host.updateComplete;
}

/** Why focus on `element` would not be visible, or '' when it is (WCAG 2.4.7). */
export function focusProblem(element: Element): string {
  if (!element.matches(':focus-visible')) return 'it does not match :focus-visible';
  const style = getComputedStyle(element);
  const outline =
    style.outlineStyle !== 'none' &&
    parseFloat(style.outlineWidth) > 0 &&
    style.outlineColor !== 'rgba(0, 0, 0, 0)' &&
    style.outlineColor !== 'transparent';
  if (!outline && style.boxShadow === 'none') return 'it has neither an outline nor a box-shadow';
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return 'it has no size';
  const clipper = clippingAncestor(element, outline ? ringWidth(style) : 0);
  return clipper ? `its focus ring is cut off by ${nameOf(clipper)}` : '';
}

/** How far the focus ring reaches beyond the element's border box. */
function ringWidth(style: CSSStyleDeclaration): number {
  return Math.max(0, parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth));
}

/** The parent of `node`, through shadow roots and slots as the layout sees it. */
function composedParent(node: Element): Element | null {
  if (node.assignedSlot) return node.assignedSlot;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : (parent as Element | null);
}

/**
 * An ancestor of `element` that clips its content (overflow other than visible) and cuts off
 * the focus ring, `ring` pixels around the element, on a side where that ancestor is not
 * scrolled away (a ring cut off at the edge of a scrolled box is expected).
 */
function clippingAncestor(element: Element, ring: number): Element | undefined {
  const box = element.getBoundingClientRect();
  for (let at = composedParent(element); at && at !== document.documentElement; at = composedParent(at)) {
    const style = getComputedStyle(at);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const outer = at.getBoundingClientRect();
    const left = outer.left + at.clientLeft;
    const top = outer.top + at.clientTop;
    const cut =
      (box.left - ring < left - 0.5 && at.scrollLeft === 0) ||
      (box.right + ring > left + at.clientWidth + 0.5 && at.scrollLeft + at.clientWidth >= at.scrollWidth) ||
      (box.top - ring < top - 0.5 && at.scrollTop === 0) ||
      (box.bottom + ring > top + at.clientHeight + 0.5 && at.scrollTop + at.clientHeight >= at.scrollHeight);
    if (cut) return at;
  }
  return undefined;
}

/**
 * Checks that focus is where a keyboard user can see it: inside `host`, never lost to `<body>`,
 * and visibly marked. Returns the focused element.
 */
export function expectFocusInside(host: Element, what: string): Element {
  const active = deepActive();
  expect(active === document.body || active === null, `${what}: focus is lost to <body>`).to.equal(false);
  expect(inside(host, active), `${what}: focus left the element, to ${nameOf(active)}`).to.equal(true);
  expect(focusProblem(active!), `${what}: focus on ${nameOf(active)} is not visible`).to.equal('');
  return active!;
}

/** Checks that focus is on `expected` (naming both when not: elements make unreadable diffs). */
export function expectFocusOn(expected: Element | null | undefined, what: string): void {
  const active = deepActive();
  expect(
    active === expected,
    `${what}: focus is on ${nameOf(active)}, not on ${nameOf(expected ?? null)}`,
  ).to.equal(true);
}

/** Checks that focus is on `expected`, inside `host`, and visible. */
export function expectVisibleFocusOn(
  host: Element,
  expected: Element | null | undefined,
  what: string,
): void {
  expectFocusInside(host, what);
  expectFocusOn(expected, what);
}

/**
 * Presses Tab (or `key`, e.g. `Shift+Tab`) until `wanted` holds for the focused element,
 * checking every stop on the way (inside `host`, visible). Fails after 60 presses.
 */
export async function tabTo(
  host: Updating,
  wanted: (element: Element) => boolean,
  what: string,
  key = 'Tab',
): Promise<Element> {
  for (let i = 0; i < 60; i += 1) {
    await press(key, host);
    const active = expectFocusInside(host, `${key} towards ${what}`);
    if (wanted(active)) return active;
  }
  throw new Error(`60 presses of ${key} did not reach ${what}`);
}

/**
 * Presses Tab from where focus is until it leaves `host` to the page button after it, checking
 * every stop (inside, visible, none twice: no trap). Returns the stops passed.
 */
export async function tabOut<E extends Updating>(
  { host, after }: Journey<E>,
  limit = 80,
): Promise<Element[]> {
  const stops: Element[] = [];
  for (;;) {
    await press('Tab', host);
    const active = deepActive();
    if (active === after) return stops;
    expectFocusInside(host, `Tab stop ${stops.length + 1}`);
    expect(stops.includes(active!), `focus came back to ${nameOf(active)}: a loop`).to.equal(false);
    stops.push(active!);
    if (stops.length > limit) throw new Error(`more than ${limit} stops: focus is trapped`);
  }
}

/** The box of `element` in page coordinates (independent of where the page is scrolled). */
function pageBox(element: Element) {
  const box = element.getBoundingClientRect();
  return {
    top: box.top + scrollY,
    bottom: box.bottom + scrollY,
    left: box.left + scrollX,
    right: box.right + scrollX,
  };
}
type Box = ReturnType<typeof pageBox>;

/**
 * Why stop `b` does not come after stop `a` in the reading order of `dir`, or ''. It comes
 * after when it is further along the same line (its start edge beyond `a`'s, right in LTR, left
 * in RTL), or on a lower line, or at the top of a later column (wholly beyond `a` in the reading
 * direction, as the results stand beside the facets).
 */
export function orderProblem(a: Box, b: Box, dir: Direction): string {
  const aMiddle = (a.top + a.bottom) / 2;
  const bMiddle = (b.top + b.bottom) / 2;
  const sameLine = (bMiddle > a.top && bMiddle < a.bottom) || (aMiddle > b.top && aMiddle < b.bottom);
  const further = dir === 'ltr' ? b.left > a.left : b.right < a.right;
  const nextColumn = dir === 'ltr' ? b.left >= a.right - 1 : b.right <= a.left + 1;
  if (sameLine)
    return further ? '' : `it is on the same line but not further ${dir === 'ltr' ? 'right' : 'left'}`;
  if (b.top > a.top) return '';
  return nextColumn ? '' : 'it is higher up, and not in a later column';
}

/** Checks that each of `stops` comes after the one before in the reading order of `dir`. */
export function expectVisualOrder(stops: Element[], dir: Direction): void {
  const boxes = stops.map(pageBox);
  for (let i = 1; i < stops.length; i += 1) {
    const problem = orderProblem(boxes[i - 1]!, boxes[i]!, dir);
    expect(
      problem,
      `focus moves from ${nameOf(stops[i - 1]!)} to ${nameOf(stops[i]!)} (${dir}): ` +
        `${JSON.stringify(boxes[i - 1])} → ${JSON.stringify(boxes[i])}`,
    ).to.equal('');
  }
}

/**
 * From the page button before `host` (focused), Tabs through every focus stop of `host` until
 * focus reaches the page button after it, checking each stop (inside, visible) and that no stop
 * holds focus (a trap); then Shift+Tabs back through the same stops, in reverse, to the button
 * before. Checks that the stops follow the visual order. Returns the stops.
 */
export async function tabAround<E extends Updating>(journey: Journey<E>, limit = 80): Promise<Element[]> {
  const { host, before, dir } = journey;
  expectFocusOn(before, 'the journey starts on the button before the element');
  const stops = await tabOut(journey, limit);
  expect(stops.length, 'the element has focus stops').to.be.greaterThan(0);
  expectVisualOrder(stops, dir);
  for (let i = stops.length - 1; i >= 0; i -= 1) {
    await press('Shift+Tab', host);
    expectFocusOn(stops[i], `Shift+Tab back to stop ${i + 1}`);
    expectFocusInside(host, `Shift+Tab back to stop ${i + 1}`);
  }
  await press('Shift+Tab', host);
  expectFocusOn(before, 'Shift+Tab from the first stop leaves to the button before');
  return stops;
}

/**
 * Watches, every animation frame until `stop()`, whether focus is still inside `host` (or on one
 * of `also`): returns what it saw otherwise, so a journey can check focus was never lost while
 * the element re-rendered (a filter, a page change, a submission).
 */
export function watchFocus(host: Element, also: Element[] = []): { stop(): string[] } {
  const lost: string[] = [];
  let watching = true;
  const look = () => {
    const active = deepActive();
    if (!inside(host, active) && !also.includes(active!)) lost.push(nameOf(active));
    if (watching) requestAnimationFrame(look);
  };
  look();
  return {
    stop() {
      watching = false;
      look();
      return lost;
    },
  };
}
