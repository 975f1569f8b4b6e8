/**
 * The document list's view in the page's query string (`sync-url`): the search, the filters, the
 * sort (when not the element's own) and the page, each key after the element's prefix.
 */
import { readUrlState, writeUrlState } from '../../internal/url-state.js';
import {
  DOCUMENT_SORTS,
  type DocumentFilters,
  type DocumentSort,
  FILTER_KEYS,
  emptyFilters,
} from './document-index.js';

/** The page URL's parameters of the list's state: the search, the filters, the sort and the page. */
const URL_KEYS = ['q', ...FILTER_KEYS, 'sort', 'page'] as const;

/** The view saved under `prefix`; the search is `query` when none is saved. */
export function readView(
  prefix: string,
  query: string,
): { filters: DocumentFilters; sort?: DocumentSort; page?: number } {
  const saved = readUrlState(prefix, URL_KEYS);
  const filters = emptyFilters(saved['q'] ?? query);
  for (const key of FILTER_KEYS) filters[key] = saved[key] ?? '';
  const sort = saved['sort'] as DocumentSort | undefined;
  const page = Number(saved['page']);
  return {
    filters,
    sort: sort && DOCUMENT_SORTS.includes(sort) ? sort : undefined,
    page: Number.isInteger(page) && page > 0 ? page : undefined,
  };
}

/** Saves the view under `prefix`: `sort` empty for the element's own, the first page as none. */
export function writeView(
  prefix: string,
  { query, ...filters }: DocumentFilters,
  sort: string,
  page: number,
): void {
  writeUrlState(prefix, { q: query, ...filters, sort, page: page > 1 ? String(page) : '' });
}
