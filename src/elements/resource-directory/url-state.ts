/**
 * The resource directory's view in the page URL (`sync-url`), through the shared
 * `internal/url-state.ts`: the query (`q`), the chosen values of each facet (comma-separated:
 * `dir-region=africa,europe`) and the grouping (`group`), under the element's prefix.
 */
import { readUrlState, writeUrlState } from '../../internal/url-state.js';
import { FACET_NAMES, type FacetName, type Selection } from './facets.js';

/** How results are grouped. */
export const GROUPINGS = ['none', 'region', 'kind'] as const;

/** How results are grouped: not at all, by ITU region, or by kind. */
export type GroupBy = (typeof GROUPINGS)[number];

/** Is `value` one of {@link GROUPINGS}? */
export function isGroupBy(value: unknown): value is GroupBy {
  return (GROUPINGS as readonly unknown[]).includes(value);
}

/** What a person chose: typed query, facet values, grouping. */
export interface ViewState {
  query: string;
  selection: Selection;
  groupBy: GroupBy;
}

/** The parameter name of each facet, after the prefix. */
const FACET_KEYS: Readonly<Record<FacetName, string>> = {
  scope: 'scope',
  region: 'region',
  country: 'country',
  kind: 'kind',
  stakeholder: 'stakeholder',
  topic: 'topic',
  language: 'lang',
};
const QUERY_KEY = 'q';
const GROUP_KEY = 'group';
const KEYS = [QUERY_KEY, ...Object.values(FACET_KEYS), GROUP_KEY];

/** The parameter prefix of an element: its `id` and a hyphen, else `dir-`. */
export function urlPrefix(id: string): string {
  return `${id || 'dir'}-`;
}

/**
 * The state the page URL holds under `prefix`: only the parts present there, so that the
 * element keeps its own for the others.
 */
export function restoreViewState(prefix: string): Partial<ViewState> {
  const saved = readUrlState(prefix, KEYS);
  const state: Partial<ViewState> = {};
  const query = saved[QUERY_KEY];
  if (query !== undefined) state.query = query;
  const selection: Selection = {};
  for (const name of FACET_NAMES) {
    const values = saved[FACET_KEYS[name]]?.split(',').filter((value) => value !== '');
    if (values && values.length > 0) selection[name] = values;
  }
  if (Object.keys(selection).length > 0) state.selection = selection;
  const group = saved[GROUP_KEY];
  if (isGroupBy(group)) state.groupBy = group;
  return state;
}

/** Writes `state` in the page URL under `prefix`; empty parts are removed from it. */
export function saveViewState(prefix: string, state: ViewState): void {
  const params: Record<string, string> = {
    [QUERY_KEY]: state.query,
    [GROUP_KEY]: state.groupBy === 'none' ? '' : state.groupBy,
  };
  for (const name of FACET_NAMES) params[FACET_KEYS[name]] = (state.selection[name] ?? []).join(',');
  writeUrlState(prefix, params);
}
