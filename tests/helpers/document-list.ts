import type { CopDocumentList } from '../../src/elements/document-list/document-list.js';
import { validateFeed } from '../../src/feed/validate.js';

/** What a <cop-document-list> shows, read from its shadow root. */
export const root = (element: CopDocumentList) => element.shadowRoot!;
export const countText = (element: CopDocumentList) =>
  root(element).querySelector('[part="count"]')?.textContent?.trim() ?? '';
export const titles = (element: CopDocumentList) =>
  [...root(element).querySelectorAll('[part="document"] [part="title"]')].map((title) =>
    title.textContent!.trim(),
  );

/** Types `text` into the search box as one input event, and waits for the update. */
export async function search(element: CopDocumentList, text: string) {
  const input = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

/** The feed at `url` and what the whole feed keeps, validated at once (the oracle), also newest first. */
export async function wholeFeed(url: string) {
  const text = await (await fetch(url)).text();
  const result = validateFeed(JSON.parse(text), { baseUrl: new URL(url, location.href) });
  if (!result.ok) throw new Error(result.message);
  const newest = [...result.feed.documents].sort((a, b) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1,
  );
  return { text, documents: result.feed.documents, issues: result.issues, newest };
}

/** The blobs `act()` hands to URL.createObjectURL: what a download button saves. */
export function blobsOf(act: () => void): Blob[] {
  const blobs: Blob[] = [];
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob) => (blobs.push(blob), create.call(URL, blob));
  try {
    act();
  } finally {
    URL.createObjectURL = create;
  }
  return blobs;
}
