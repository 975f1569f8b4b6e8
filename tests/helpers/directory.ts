import { fixture, html, oneEvent } from '@open-wc/testing';
import type { CopResourceDirectory } from '../../src/elements/resource-directory/resource-directory.js';
import type { CopLoadDetail } from '../../src/internal/feed-controller.js';

/** Watching a `<cop-resource-directory>` load: its first screen, its counts, its `cop-load`s. */

export const shadow = (element: Element) => element.shadowRoot!;
export const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const titles = (element: Element) =>
  [...shadow(element).querySelectorAll('[part~="resource-link"]')].map((link) =>
    text(link).replace(/ \((opens in a new tab|يُفتح في علامة تبويب جديدة)\)$/, ''),
  );
/** The values of the facet under `legend`, each with its count: "National (200)". */
export const options = (element: Element, legend: string) => {
  const set = [...shadow(element).querySelectorAll('fieldset')].find(
    (fieldset) => text(fieldset.querySelector('legend')) === legend,
  );
  return [...(set?.querySelectorAll('label') ?? [])].map((label) => text(label));
};
export const count = (element: Element) => text(shadow(element).querySelector('[part~="count"]'));

/** What the first rendering that shows resources holds, seen as it lands in the shadow root. */
export interface FirstScreen {
  titles: string[];
  fieldsets: number;
  panelBusy: string | null;
  /** The element's own `aria-busy`: "true" while the feed is still being read. */
  busy: string | null;
  count: string;
}

export interface Loaded {
  element: CopResourceDirectory;
  first: FirstScreen;
  /** Every text the count showed before `cop-load`, in order (repeats dropped). */
  counts: string[];
  /** The `cop-load` events, so far. */
  loads: CustomEvent<CopLoadDetail>[];
}

/**
 * Loads a directory given its feed (`feed` or `src`) and attributes, in a `lang` container;
 * `onFirst` runs as soon as the first resources are in the shadow root. Resolves at `cop-load`.
 */
export async function load(
  source: { feed?: unknown; src?: string },
  attributes: Record<string, string> = {},
  { lang = 'en', onFirst }: { lang?: string; onFirst?: (element: CopResourceDirectory) => void } = {},
): Promise<Loaded> {
  const element = document.createElement('cop-resource-directory');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (source.feed !== undefined) element.feed = source.feed;
  if (source.src !== undefined) element.src = source.src;
  const result = { element, counts: [] as string[], loads: [] as CustomEvent<CopLoadDetail>[] };
  let first: FirstScreen | undefined;
  element.addEventListener('cop-load', (event) => result.loads.push(event));
  const observer = new MutationObserver(() => {
    const now = shadow(element).querySelector('[part~="count"]') ? count(element) : undefined;
    if (now !== undefined && result.counts.at(-1) !== now) result.counts.push(now);
    if (first || !shadow(element).querySelector('[part~="resource"]')) return;
    first = {
      titles: titles(element),
      fieldsets: shadow(element).querySelectorAll('fieldset').length,
      panelBusy: shadow(element).querySelector('[part~="filters"]')?.getAttribute('aria-busy') ?? null,
      busy: shadow(element).querySelector('.root')?.getAttribute('aria-busy') ?? null,
      count: count(element),
    };
    onFirst?.(element);
  });
  const loaded = oneEvent(element, 'cop-load');
  const parent = await fixture(html`<div lang=${lang}></div>`);
  parent.append(element);
  // The shadow root is made when the element connects, before its first rendering.
  observer.observe(shadow(element), { childList: true, subtree: true, characterData: true });
  await loaded;
  observer.disconnect();
  if (!first) throw new Error('no first screen seen');
  return { ...result, first };
}
