/**
 * The `sync-url` behaviour shared by the list elements: a view's state (search, filters, sort,
 * page) mirrored in the page URL's query string, under a prefix so that two elements on one page
 * keep apart, and read back on load so a shared link reproduces the view. Uses
 * `history.replaceState` (no new history entry per keystroke) and never touches other parameters.
 */

export type UrlState = Record<string, string>;

/** The state stored under `prefix` in the current URL, for the given keys. */
export function readUrlState(prefix: string, keys: readonly string[]): UrlState {
  const params = new URL(location.href).searchParams;
  const state: UrlState = {};
  for (const key of keys) {
    const value = params.get(prefix + key);
    if (value !== null && value !== '') state[key] = value;
  }
  return state;
}

/** Writes `state` under `prefix` (empty values removed), keeping the rest of the URL as it is. */
export function writeUrlState(prefix: string, state: Record<string, string | undefined>): void {
  const url = new URL(location.href);
  for (const [key, value] of Object.entries(state)) {
    if (value === undefined || value === '') url.searchParams.delete(prefix + key);
    else url.searchParams.set(prefix + key, value);
  }
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
