/**
 * The resource directory's index and faceting, with no rendering in it.
 *
 * An index is built once per feed and language: each resource's folded search text, its title
 * order in the reader's collation, and for every facet value a bitset of the resources that have
 * it. Filtering then only combines bitsets: standard disjunctive faceting, where the values
 * chosen within one facet combine with OR, facets combine with AND, and a facet's counts are
 * computed with every OTHER facet's selections applied. Nothing re-reads the resources per
 * keystroke.
 */
import type { Resource } from '../../feed/model.js';
import { SCOPES } from '../../feed/model.js';
import { foldForSearch, hasAllTerms, queryTerms } from '../../i18n/search.js';
import { Bitset } from './bitset.js';

/** The facets, in the order they are shown. */
export const FACET_NAMES = [
  'scope',
  'region',
  'country',
  'kind',
  'stakeholder',
  'topic',
  'language',
] as const;

/** One facet of the directory. */
export type FacetName = (typeof FACET_NAMES)[number];

/** Chosen values per facet (a facet with none chosen may be missing). */
export type Selection = Partial<Record<FacetName, readonly string[]>>;

/** A label as shown to the reader; `lang` is set when it is in another language than theirs. */
export interface Label {
  text: string;
  lang?: string;
}

/** One value of a facet: what it is, how it reads, and which resources have it. */
export interface FacetValue {
  value: string;
  label: Label;
  resources: Bitset;
}

/** A facet and its values, in display order. */
export interface Facet {
  name: FacetName;
  values: FacetValue[];
  byValue: ReadonlyMap<string, FacetValue>;
}

/** What the index needs from the reader's language. */
export interface IndexLanguage {
  /** The label of a facet value ("EG" → "Egypt", "good-practice" → "Good practice"). */
  label(facet: FacetName, value: string): Label;
  /** The title of a resource, as shown. */
  title(resource: Resource): string;
  /** The description of a resource, as shown, if any. */
  description(resource: Resource): string | undefined;
  /** The reader's collation. */
  compare(a: string, b: string): number;
}

/**
 * Everything filtering needs, built once per feed and language. Only the titles are read at
 * once: the title order and the facets are made on first use, so that a first screen with no
 * filter (its first results picked with {@link firstInTitleOrder}) waits for neither.
 */
export interface DirectoryIndex {
  resources: readonly Resource[];
  /** Resource positions in title order (reader's collation; equal titles in feed order). */
  readonly order: readonly number[];
  /** Whether {@link order} is made already. */
  ordered(): boolean;
  /** Compares the titles of the resources at two positions, as {@link order} sorts them. */
  compareAt(a: number, b: number): number;
  /**
   * The folded search text of the resource at `position`: title, description, country names,
   * kind and topic labels. Folded on first use (or by `warmSearch` in view.ts, in idle time once
   * the first screen is up), so that the first screen does not wait for it.
   */
  searchTextAt(position: number): string;
  /** The label of a facet value (without making the facets). */
  label(facet: FacetName, value: string): Label;
  readonly facets: Readonly<Record<FacetName, Facet>>;
}

/** The values `resource` has in `facet`. */
export function valuesOf(resource: Resource, facet: FacetName): readonly string[] {
  switch (facet) {
    case 'scope':
      return [resource.scope];
    case 'region':
      return resource.region === undefined ? [] : [resource.region];
    case 'country':
      return resource.countries ?? [];
    case 'kind':
      return [resource.kind];
    case 'stakeholder':
      return resource.stakeholder === undefined ? [] : [resource.stakeholder];
    case 'topic':
      return resource.topics ?? [];
    case 'language':
      return resource.languages ?? [];
  }
}

/** The facets of `resources`: every value's label and resources, values in display order. */
function buildFacets(
  resources: readonly Resource[],
  label: (facet: FacetName, value: string) => Label,
  compare: IndexLanguage['compare'],
): Record<FacetName, Facet> {
  const size = resources.length;
  const facets = {} as Record<FacetName, Facet>;
  for (const name of FACET_NAMES) {
    const byValue = new Map<string, FacetValue>();
    resources.forEach((resource, position) => {
      for (const value of valuesOf(resource, name)) {
        let entry = byValue.get(value);
        if (!entry) {
          entry = { value, label: label(name, value), resources: new Bitset(size) };
          byValue.set(value, entry);
        }
        entry.resources.add(position);
      }
    });
    const values = [...byValue.values()];
    // Scopes read from near to far; everything else in the reader's alphabetical order.
    if (name === 'scope') values.sort((a, b) => scopeRank(a.value) - scopeRank(b.value));
    else values.sort((a, b) => compare(a.label.text, b.label.text));
    facets[name] = { name, values, byValue };
  }
  return facets;
}

/** Builds the index of `resources` for a reader in `language`'s terms. */
export function buildIndex(resources: readonly Resource[], language: IndexLanguage): DirectoryIndex {
  const titles = resources.map((resource) => language.title(resource));
  const compareAt = (a: number, b: number) => language.compare(titles[a]!, titles[b]!) || a - b;
  let facets: Record<FacetName, Facet> | undefined;
  let order: number[] | undefined;
  const labels = new Map<string, Label>();
  const labelOf = (name: FacetName, value: string): Label => {
    const key = `${name}|${value}`;
    let found = labels.get(key);
    if (!found) labels.set(key, (found = language.label(name, value)));
    return found;
  };
  const label = (name: FacetName, value: string) => labelOf(name, value).text;
  const texts: (string | undefined)[] = [];
  const index: DirectoryIndex = {
    resources,
    get order() {
      return (order ??= titles.map((_, position) => position).sort(compareAt));
    },
    ordered: () => order !== undefined,
    compareAt,
    get facets() {
      return (facets ??= buildFacets(resources, labelOf, language.compare));
    },
    label: labelOf,
    searchTextAt(position) {
      const resource = resources[position]!;
      return (texts[position] ??= foldForSearch(
        [
          titles[position],
          language.description(resource) ?? '',
          ...valuesOf(resource, 'country').map((code) => label('country', code)),
          label('kind', resource.kind),
          ...valuesOf(resource, 'topic').map((topic) => label('topic', topic)),
        ].join(' '),
      ));
    },
  };
  return index;
}

const scopeRank = (scope: string): number => SCOPES.indexOf(scope as (typeof SCOPES)[number]);

/**
 * The resources of `index` (within `among`, when given) whose search text holds every term of
 * `query`, in any order and field.
 */
export function searchIndex(index: DirectoryIndex, query: string, among?: Bitset): Bitset {
  const size = index.resources.length;
  const terms = queryTerms(query);
  if (terms.length === 0) return among ?? Bitset.full(size);
  const found = new Bitset(size);
  for (let position = 0; position < size; position++) {
    if (among && !among.has(position)) continue;
    if (hasAllTerms(index.searchTextAt(position), terms)) found.add(position);
  }
  return found;
}

/**
 * Answers successive queries typed into one search box: when the new query extends the last one
 * (a letter or a term added), only the resources that matched the last one are searched again.
 */
export class QuerySearch {
  private last?: { index: DirectoryIndex; folded: string; found: Bitset };

  search(index: DirectoryIndex, query: string): Bitset {
    const folded = foldForSearch(query);
    const { last } = this;
    if (last?.index === index && last.folded === folded) return last.found;
    const narrowing = last?.index === index && last.folded !== '' && folded.startsWith(last.folded);
    const found = searchIndex(index, folded, narrowing ? last.found : undefined);
    this.last = { index, folded, found };
    return found;
  }
}

/** The resources having at least one of `values` in `facet`; `undefined` when none is known. */
function unionOf(facet: Facet, values: readonly string[] | undefined, size: number): Bitset | undefined {
  let union: Bitset | undefined;
  for (const value of values ?? []) {
    const entry = facet.byValue.get(value);
    if (entry) union = (union ?? new Bitset(size)).orInPlace(entry.resources);
  }
  return union;
}

/** The outcome of filtering: the matching resources and every facet value's count. */
export interface Filtered {
  matches: Bitset;
  /** Per facet, the count of each of its values (aligned with `facet.values`). */
  counts: Record<FacetName, number[]>;
}

/**
 * Disjunctive faceting over `base` (the resources the presets and the query leave): the
 * matches, and for each facet the count of each value with every other facet's selection
 * applied, so choosing a value never zeroes its own siblings.
 */
export function filterIndex(index: DirectoryIndex, selection: Selection, base: Bitset): Filtered {
  const unions = new Map<FacetName, Bitset>();
  for (const name of FACET_NAMES) {
    const union = unionOf(index.facets[name], selection[name], base.size);
    if (union) unions.set(name, union);
  }
  const applyAllBut = (skip?: FacetName): Bitset => {
    let set = base;
    for (const [name, union] of unions) if (name !== skip) set = set.and(union);
    return set;
  };
  const matches = applyAllBut();
  const counts = {} as Record<FacetName, number[]>;
  for (const name of FACET_NAMES) {
    const within = unions.has(name) ? applyAllBut(name) : matches;
    counts[name] = index.facets[name].values.map((entry) => within.countAnd(entry.resources));
  }
  return { matches, counts };
}

/** The presets of an element: values per facet that the resources it holds must have, and a query. */
export interface Presets {
  selection: Selection;
  query: string;
}

/** The resources the element holds: those matching every preset. */
export function presetResources(index: DirectoryIndex, presets: Presets): Bitset {
  const size = index.resources.length;
  const everything = Bitset.full(size);
  let held = searchIndex(index, presets.query, everything);
  for (const name of FACET_NAMES) {
    const values = presets.selection[name];
    if (values === undefined) continue;
    // A preset naming no value this feed has leaves nothing, rather than being ignored.
    held = held.and(unionOf(index.facets[name], values, size) ?? new Bitset(size));
  }
  return held;
}

/** A facet as offered to the reader: the values present among the resources held. */
export interface OfferedFacet {
  name: FacetName;
  /** Positions in `facet.values` of the values offered. */
  positions: number[];
}

/**
 * The facets worth offering for the resources `held`: their values present there, leaving out
 * a facet that cannot narrow anything (no value, or one value that every resource has).
 */
export function offeredFacets(index: DirectoryIndex, held: Bitset): OfferedFacet[] {
  const total = held.count();
  const offered: OfferedFacet[] = [];
  for (const name of FACET_NAMES) {
    const positions: number[] = [];
    let everyone = false;
    index.facets[name].values.forEach((entry, position) => {
      const count = held.countAnd(entry.resources);
      if (count > 0) positions.push(position);
      if (count === total) everyone = true;
    });
    if (positions.length > 1 || (positions.length === 1 && !everyone)) offered.push({ name, positions });
  }
  return offered;
}

/** Up to this many first results are picked without sorting every title. */
const PICKED = 64;

/**
 * The first `limit` positions of `set` in the index's title order: read from the order when it
 * is made or `limit` is large, else picked in one pass (a sorted handful, each position compared
 * with its last), so that a first screen does not wait for every title to be sorted.
 */
export function firstInTitleOrder(index: DirectoryIndex, set: Bitset, limit: number): number[] {
  const first: number[] = [];
  if (index.ordered() || limit > PICKED) {
    for (const position of index.order) {
      if (first.length === limit) break;
      if (set.has(position)) first.push(position);
    }
    return first;
  }
  return pickFirst(set.size, (position) => set.has(position), index.compareAt, limit);
}

/**
 * The first `limit` of the positions `0 … size-1` that `keep` accepts, in the order `compare`
 * gives, picked in one pass: a sorted handful, each position compared with its last.
 */
export function pickFirst(
  size: number,
  keep: (position: number) => boolean,
  compare: (a: number, b: number) => number,
  limit: number,
): number[] {
  const first: number[] = [];
  for (let position = 0; position < size; position++) {
    if (!keep(position)) continue;
    if (first.length === limit && compare(position, first[limit - 1]!) > 0) continue;
    let low = 0;
    let high = first.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(first[middle]!, position) < 0) low = middle + 1;
      else high = middle;
    }
    first.splice(low, 0, position);
    if (first.length > limit) first.pop();
  }
  return first;
}
