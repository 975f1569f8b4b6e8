/**
 * The directory's first screen from a feed still being read (issue 20, S12): its first resources
 * in title order, picked from the resources as given and read ahead, exactly those the whole feed
 * puts first, while FeedIngest reads the rest in slices.
 */
import type { LocalizedText, Resource } from '../../feed/model.js';
import { isRecord } from '../../feed/issues.js';
import { readItem } from '../../feed/lists.js';
import { firstValidAt } from '../../feed/read-ahead.js';
import type { Feed, FeedIngest } from '../../feed/validate.js';
import { collator } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import { resolveText } from '../../i18n/localized-text.js';
import { inLanguage } from '../../i18n/msg.js';
import { pickFirst } from './facets.js';

/**
 * The title of a resource as given, as {@link resolveText} reads it for a reader in `language`:
 * at once when a text in `language` itself is there (as in most feeds), which is resolveText's
 * answer for a valid resource (those alone are kept), else resolveText's.
 */
function titleOf(
  title: string | Record<string, unknown>,
  language: Language,
  defaultLanguage: string,
): string {
  if (typeof title === 'string') return title;
  for (const key of Object.keys(title)) {
    const text = title[key];
    if (typeof text === 'string' && key.toLowerCase() === language && /\S/.test(text)) return text;
  }
  return resolveText(title as LocalizedText, [language], defaultLanguage).text;
}

/**
 * The resources at `positions` that the whole feed keeps, read now and in that order: a resource
 * is kept when it is valid, its address usable, and no valid resource before it has its id.
 */
function keptAt(ingest: FeedIngest, positions: readonly number[]): Resource[] {
  const raw = ingest.rawResources;
  const read = (position: number) =>
    readItem('resources', raw[position], position, new Map(), []) as Resource | undefined;
  const found = new Map<number, Resource>();
  const ids = new Map<string, number>();
  for (const position of positions) {
    const resource = read(position);
    if (!resource) continue;
    found.set(position, resource);
    ids.set(resource.id, Math.min(ids.get(resource.id) ?? position, position));
  }
  // The first valid resource with each id wins.
  firstValidAt(raw, ids, raw.keys(), (position) => read(position) !== undefined);
  const kept: Resource[] = [];
  for (const position of positions) {
    const resource = found.get(position);
    if (resource && ids.get(resource.id) === position && ingest.keepResource(resource, [], [])) {
      kept.push(resource);
    }
  }
  return kept;
}

/**
 * The feed to show while `ingest` reads the rest: at least `wanted` of its first resources in the
 * title order of a reader in `language` (fewer when the feed has fewer), read ahead; `undefined`
 * when none is found.
 */
export function firstResources(ingest: FeedIngest, language: Language, wanted: number): Feed | undefined {
  const feed = ingest.feed(ingest.lists.documents, () => []);
  const compare = inLanguage(language, () => collator()).compare;
  const titles = ingest.rawResources.map((item) => {
    const title = isRecord(item) ? item['title'] : undefined;
    return typeof title === 'string' || isRecord(title)
      ? titleOf(title, language, feed.defaultLanguage)
      : undefined;
  });
  let resources: Resource[] = [];
  // Twice the page, then four times more each time resources prove invalid.
  for (let count = wanted * 2; resources.length < wanted; count *= 4) {
    const picked = pickFirst(
      titles.length,
      (position) => titles[position] !== undefined,
      (a, b) => compare(titles[a]!, titles[b]!) || a - b,
      count,
    );
    resources = keptAt(ingest, picked);
    if (picked.length < count) break;
  }
  return resources.length > 0 ? { ...feed, resources } : undefined;
}

/**
 * What a search or a grouping looks at while the first screen of `feed` shows: the resources read
 * so far (a copy; ReadSoFar in read-ahead.ts keeps it for the view, or gives the whole feed once read).
 */
export const resourcesSoFar = (ingest: FeedIngest, feed: Feed): Feed => ({
  ...feed,
  resources: ingest.lists.resources.slice(),
});
