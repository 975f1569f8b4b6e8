/**
 * Downloads the elements offer (CSV, .ics): generated files with a `download` name behind a
 * `blob:` URL, never a `data:` URL (CONTRACT §5), released right after.
 */

/** Offers `text` as a file download (a `blob:` URL, never `data:`), then releases it. */
export function downloadText(text: string, fileName: string, type: string, from: Element): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // Inside the shadow root the click stays private; the page's handlers never see it.
  (from.shadowRoot ?? from).append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
