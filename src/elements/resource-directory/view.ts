/**
 * What the resource directory shows, derived from the feed, the reader's language, the presets
 * and the person's choices. Each step is memoized on its inputs, so a keystroke recomputes only
 * the search and the facet counts, and a re-render with nothing changed recomputes nothing.
 */
import type { Resource } from '../../feed/model.js';
import type { Feed } from '../../feed/validate.js';
import { inIdleSlices } from '../../internal/idle-work.js';
import { collator, countryName, languageName } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import { baseOf } from '../../i18n/language.js';
import { resolveText } from '../../i18n/localized-text.js';
import { inLanguage } from '../../i18n/msg.js';
import type { Bitset } from './bitset.js';
import {
  type DirectoryIndex,
  type FacetName,
  type Filtered,
  type Label,
  type OfferedFacet,
  type Presets,
  type Selection,
  QuerySearch,
  buildIndex,
  filterIndex,
  firstInTitleOrder,
  offeredFacets,
  presetResources,
  valuesOf,
} from './facets.js';
import { kindLabel, regionLabel, scopeLabel, stakeholderLabel } from './labels.js';

/** The label of a facet value in the language being rendered. */
function labelFor(feed: Feed, language: Language): (facet: FacetName, value: string) => Label {
  const topics = new Map(feed.topics.map((topic) => [topic.id, topic.label]));
  return (facet, value) => {
    switch (facet) {
      case 'scope':
        return { text: scopeLabel(value as Resource['scope']) };
      case 'region':
        return { text: regionLabel(value as NonNullable<Resource['region']>) };
      case 'kind':
        return { text: kindLabel(value as Resource['kind']) };
      case 'stakeholder':
        return { text: stakeholderLabel(value as NonNullable<Resource['stakeholder']>) };
      case 'country':
        return { text: countryName(value) };
      case 'language':
        return { text: languageName(value) };
      case 'topic': {
        const label = topics.get(value);
        // validate.ts keeps only known topics; an unknown one would read as its id.
        if (label === undefined) return { text: value };
        const resolved = resolveText(label, [language], feed.defaultLanguage);
        return baseOf(resolved.lang) === language
          ? { text: resolved.text }
          : { text: resolved.text, lang: resolved.lang };
      }
    }
  };
}

/** Indexes per feed and language, shared by every directory on the page. */
const indexes = new WeakMap<Feed, Map<Language, DirectoryIndex>>();

/** The index of `feed`'s resources for a reader in `language` (built on first use). */
export function indexFor(feed: Feed, language: Language): DirectoryIndex {
  let byLanguage = indexes.get(feed);
  if (!byLanguage) {
    byLanguage = new Map();
    indexes.set(feed, byLanguage);
  }
  let index = byLanguage.get(language);
  if (!index) {
    const text = (value: Resource['title']) => resolveText(value, [language], feed.defaultLanguage).text;
    const label = labelFor(feed, language);
    // The index makes its facets and title order when first needed, maybe outside rendering.
    index = buildIndex(feed.resources, {
      label: (facet, value) => inLanguage(language, () => label(facet, value)),
      title: (resource) => text(resource.title),
      description: (resource) =>
        resource.description === undefined ? undefined : text(resource.description),
      compare: inLanguage(language, () => collator()).compare,
    });
    byLanguage.set(language, index);
  }
  return index;
}

const warming = new WeakSet<DirectoryIndex>();

/**
 * Sorts `index`'s titles, then folds its search text, in short slices while the browser is idle
 * (soon after the first screen), so that the first keystroke finds them ready and no long task is
 * made.
 */
export function warmSearch(index: DirectoryIndex): void {
  if (warming.has(index)) return;
  warming.add(index);
  let next = 0;
  inIdleSlices(() => {
    // Reading the order makes it (one sort, in the first slice).
    if (index.order.length > next) index.searchTextAt(next++);
    return next < index.resources.length;
  });
}

/** The last result of `fn`, recomputed only when an argument changes (compared with `===`). */
function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args) => {
    if (last && args.every((arg, i) => arg === last!.args[i])) return last.result;
    last = { args, result: fn(...args) };
    return last.result;
  };
}

/** Everything the directory renders for one state. */
export interface DirectoryView {
  index: DirectoryIndex;
  /** The resources the presets leave: what the element holds. */
  held: Bitset;
  heldCount: number;
  /**
   * Whether the facets are counted. A first screen with no facet value chosen (by the person or
   * a preset) leaves them for later: then `facets` is empty and `filtered.counts` holds nothing.
   */
  counted: boolean;
  /** The facets offered, with the values present among the resources held. */
  facets: OfferedFacet[];
  /** The chosen values that are offered (others, e.g. from an old link, have no effect). */
  selection: Selection;
  filtered: Filtered;
  /** How many resources match. */
  count: number;
  /** The first `limit` matching resources, in title order. */
  first(limit: number): number[];
  /** Every matching resource, in title order. */
  results(): number[];
}

/** Whether `selection` chooses any value. */
const choosesAny = (selection: Selection): boolean =>
  Object.values(selection).some((values) => values !== undefined && values.length > 0);

/** Derives {@link DirectoryView}s for one element, reusing whatever did not change. */
export class DirectoryModel {
  private readonly querySearch = new QuerySearch();

  /** Presets are compared by identity: the element makes a new object when one changes. */
  private readonly held = memo(presetResources);
  private readonly offered = memo(offeredFacets);
  private readonly base = memo((held: Bitset, found: Bitset) => held.and(found));
  private readonly effective = memo(
    (index: DirectoryIndex, offered: OfferedFacet[], selection: Selection) => {
      const effective: Selection = {};
      for (const facet of offered) {
        const values = facet.positions.map((position) => index.facets[facet.name].values[position]!.value);
        const chosen = (selection[facet.name] ?? []).filter((value) => values.includes(value));
        if (chosen.length > 0) effective[facet.name] = chosen;
      }
      return effective;
    },
  );
  private readonly filtered = memo((index: DirectoryIndex, base: Bitset, selection: Selection) =>
    filterIndex(index, selection, base),
  );

  /** How many resources `feed` holds for a reader in `language` under `presets`. */
  count(feed: Feed, language: Language, presets: Presets): number {
    const index = indexFor(feed, language);
    return this.held(index, presets).count();
  }

  /**
   * The view for these choices; with `count` false, the facets are left uncounted when nothing
   * chosen needs them (see {@link DirectoryView.counted}).
   */
  view(
    feed: Feed,
    language: Language,
    presets: Presets,
    query: string,
    selection: Selection,
    count = true,
  ): DirectoryView {
    const index = indexFor(feed, language);
    const held = this.held(index, presets);
    const base = this.base(held, this.querySearch.search(index, query));
    const counted = count || choosesAny(presets.selection) || choosesAny(selection);
    const facets = counted ? this.offered(index, held) : [];
    const effective = counted ? this.effective(index, facets, selection) : {};
    const filtered = counted
      ? this.filtered(index, base, effective)
      : { matches: base, counts: {} as Filtered['counts'] };
    const { matches } = filtered;
    return {
      index,
      held,
      heldCount: held.count(),
      counted,
      facets,
      selection: effective,
      filtered,
      count: matches.count(),
      first: (limit) => firstInTitleOrder(index, matches, limit),
      results: () => firstInTitleOrder(index, matches, Infinity),
    };
  }
}

/** A group of results: its value of the grouping facet (none for resources without one). */
export interface ResultGroup {
  value?: string;
  label?: Label;
  positions: number[];
}

/**
 * The results of `view` grouped by `groupBy` (one group when `none`), in the facet's order with
 * resources lacking the value last, cut after the first `limit` resources.
 */
export function groupResults(
  view: DirectoryView,
  groupBy: 'none' | 'region' | 'kind',
  limit: number,
): ResultGroup[] {
  if (groupBy === 'none') return [{ positions: view.first(limit) }];
  const groups = new Map<string | undefined, ResultGroup>();
  for (const entry of view.index.facets[groupBy].values) {
    groups.set(entry.value, { value: entry.value, label: entry.label, positions: [] });
  }
  groups.set(undefined, { positions: [] });
  for (const position of view.results()) {
    const value = valuesOf(view.index.resources[position]!, groupBy)[0];
    groups.get(value)!.positions.push(position);
  }
  // Cut after `limit` resources in the order shown: group by group.
  let room = limit;
  const result: ResultGroup[] = [];
  for (const group of groups.values()) {
    if (group.positions.length === 0 || room === 0) continue;
    group.positions = group.positions.slice(0, room);
    room -= group.positions.length;
    result.push(group);
  }
  return result;
}
