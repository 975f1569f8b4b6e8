/**
 * The document list's results (issue 20, S7): the documents of the sorted list that pass the
 * filters, found a page at a time. A search in a long list shows its first page as soon as it is
 * found and counts the rest after the paint, in slices; the list says "at least" meanwhile.
 */
import type { ReactiveControllerHost } from 'lit';
import { yieldToPage } from '../../feed/load.js';
import { SLICE_MS, whenPainted } from '../../internal/idle-work.js';
import { type DocumentFilters, type IndexedDocument, DocumentScan, narrows } from './document-index.js';

/**
 * How long a search looks before its first page is shown, once that page is found: a list whose
 * whole search takes longer shows the first page with "at least" and counts the rest after the
 * paint (a keystroke among 100,000 documents: ~6 ms instead of ~40; among 10,000, at once).
 */
const FIRST_RESULTS_MS = 6;

/** The results of the element `host` (it asks again in each update; no lifecycle of its own). */
export class ResultsController {
  private scan?: DocumentScan;
  /** What `scan` is for (the filters are replaced, never changed in place). */
  private filters?: DocumentFilters;
  /** The rest of `scan`, being looked at in slices after the first results are shown. */
  counting?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** Whether every document was looked at: the results are then all of them. */
  get counted(): boolean {
    return this.scan?.done ?? true;
  }

  /** The sorted list changed: the next {@link find} starts from it. */
  reset(): void {
    this.filters = undefined;
  }

  /**
   * The documents of `sorted` that pass `filters`, at least `wanted` of them when there are as
   * many (the rest found after the paint, when they take longer than a short slice). Found again
   * only when the filters or the sorted list changed, from the last results when the query only
   * grew.
   */
  find(
    sorted: readonly IndexedDocument[],
    filters: DocumentFilters,
    wanted: number,
  ): readonly IndexedDocument[] {
    const { filters: previous } = this;
    if (previous !== filters || !this.scan) {
      const narrowed = previous && this.scan && narrows(previous, filters);
      this.scan = new DocumentScan(narrowed ? this.scan!.rest : sorted, filters);
      this.filters = filters;
    }
    const { scan } = this;
    if (!scan.run(wanted, performance.now() + FIRST_RESULTS_MS)) this.countLater(scan);
    return scan.passed;
  }

  /** Every result, now (a download or a print takes them all). */
  finish(): void {
    this.scan?.run(0, Infinity);
  }

  /** Looks at the rest of `scan` in slices, then has the host show the whole result. */
  private countLater(scan: DocumentScan): void {
    const { host } = this;
    this.counting ??= (async () => {
      await new Promise<void>((painted) => whenPainted(painted));
      while (this.scan === scan && host.isConnected && !scan.run(0, performance.now() + SLICE_MS))
        await yieldToPage();
      this.counting = undefined;
      if (this.scan === scan) host.requestUpdate();
      // Superseded by a newer search: that one's rest, if any, is looked at next.
      else if (!this.counted && host.isConnected) host.requestUpdate();
    })();
  }
}
