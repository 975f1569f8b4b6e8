import type { CopDocumentList } from '../../src/elements/document-list/document-list.js';

/** What a <cop-document-list> shows, read from its shadow root. */
export const root = (element: CopDocumentList) => element.shadowRoot!;
export const countText = (element: CopDocumentList) =>
  root(element).querySelector('[part="count"]')?.textContent?.trim() ?? '';
export const titles = (element: CopDocumentList) =>
  [...root(element).querySelectorAll('[part="document"] [part="title"]')].map((title) =>
    title.textContent!.trim(),
  );
