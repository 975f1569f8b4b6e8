import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Feed, FeedIngest } from '../../feed/validate.js';
import { ReadSoFar, partialFeed } from '../../feed/read-ahead.js';
import { collator } from '../../i18n/format.js';
import { resolveText } from '../../i18n/localized-text.js';
import { inLanguage } from '../../i18n/msg.js';
import { downloadText } from '../../internal/download.js';
import { FeedElement } from '../../internal/feed-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { SLICE_MS, inIdleSlices } from '../../internal/idle-work.js';
import { yieldToPage } from '../../feed/load.js';
import { documentsCsv } from './csv.js';
import {
  DOCUMENT_SORTS,
  type DocumentFilters,
  type DocumentIndex,
  type DocumentSort,
  type IndexedDocument,
  IndexBuilder,
  emptyFilters,
  foldSearchTexts,
  prepareSearch,
  warmSearch,
} from './document-index.js';
import { type SortContext, orderFor } from './document-sort.js';
import { documentListStyles } from './document-list.styles.js';
import { countSoFarText, countText, countingText } from './labels.js';
import { CARD_ROUNDS, warmCards } from './warm-up.js';
import { ResultsController } from './results-controller.js';
import { firstPage } from './first-page.js';
import { readView, writeView } from './view-url.js';
import { type FilesView, renderDocument } from './document-templates.js';
import { renderPagination } from './pagination.js';
import { renderActions, renderDocumentSearch, renderFilters, renderNoDocuments } from './filter-templates.js';

/**
 * The public output documents of CWG-COP: search as you type in any of the six languages,
 * filter, sort, page through, download as CSV and print; one link per available language.
 *
 * @tagname cop-document-list
 * @summary Lists the working group's documents, with every language file.
 *
 * @csspart search - The search form (label, search box, button).
 * @csspart search-input - The search box.
 * @csspart search-button - The search button.
 * @csspart filters - The filter and sort controls.
 * @csspart count - The polite status saying which documents are shown.
 * @csspart actions - The CSV and print buttons.
 * @csspart list - The list of documents.
 * @csspart document - One document.
 * @csspart title - A document's title.
 * @csspart files - A document's list of files (one per language), shown when its disclosure is opened, and when printing.
 * @csspart files-disclosure - The button that opens and closes a document's list of files, when it has more than one.
 * @csspart file-link - The link to one file: the one in the reader's language on the card, each one in the list.
 * @csspart empty - The message and button shown when no document matches.
 * @csspart pagination - The page navigation.
 */
export class CopDocumentList extends FeedElement {
  static override styles = [sharedStyles, documentListStyles];

  /** Preset: show only the documents of this meeting (its id in the feed). */
  @property() meeting?: string;

  /** Preset: show only documents of this type (`report`, `contribution`, `liaison`, `resolution`, `guideline`, `information`, `other`). */
  @property() type?: string;

  /** Preset: show only documents on this topic (its id in the feed). */
  @property() topic?: string;

  /** The search text the list starts with; the reader can change it. */
  @property() query?: string;

  /** The order the list starts in: `date-desc` (newest first), `date-asc`, `title` (in the reader's language's collation) or `symbol`. */
  @property() sort: DocumentSort = 'date-desc';

  /** Documents per page. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;

  /**
   * Mirror search, filters, sort and page in the page URL's query string (prefixed with the
   * element's `id`, else `docs`), and restore them on load, so a link reproduces the view.
   */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  @state() private filters: DocumentFilters = emptyFilters();
  @state() private currentSort: DocumentSort = 'date-desc';
  @state() private page = 1;
  @state() private printing = false;
  /** The documents (ids) whose file list the reader opened. */
  private openFiles = new Set<string>();

  /** The index shown. */
  private index?: DocumentIndex;
  /** Indexes made or being made, by feed (the whole feed, or what a first screen had read). */
  private indexes = new WeakMap<Feed, { presets: string; builder: IndexBuilder; index?: DocumentIndex }>();
  private sorted: IndexedDocument[] = [];
  /** What `sorted` is: the index and `sort|language`. */
  private sortedFrom?: DocumentIndex;
  private sortedKey = '';
  /** The documents that pass the filters, found so far (all of them once `found.counted`). */
  private results: readonly IndexedDocument[] = [];
  private readonly found = new ResultsController(this);
  private urlRestored = false;
  /** The feed read so far, as last taken for a view (see `partialFeed`). */
  private readonly partial = new ReadSoFar();
  /** Stops the idle work (`idleFor`: on the index shown and the language, or on the feed being read). */
  private stopPreparing?: () => void;
  private idleFor?: [DocumentIndex | FeedIngest, string];

  protected override countItems(feed: Feed): number {
    return this.indexFor(feed).entries.length;
  }

  /** More than 1,000 documents: the first page is shown before the rest is read. */
  protected override largeFeed(ingest: FeedIngest): boolean {
    return ingest.rawDocuments.length > 1000;
  }

  /**
   * The first page of a large feed, before the rest is read: the newest (or oldest) documents,
   * picked from the feed as given and read ahead (exactly the page the whole feed gives). Any
   * other first view (a search, a filter or a title sort to start with) waits for the whole feed.
   */
  protected override firstScreen(ingest: FeedIngest): Feed | undefined {
    const sort = DOCUMENT_SORTS.includes(this.sort) ? this.sort : 'date-desc';
    if (this.query || this.syncUrl || (sort !== 'date-desc' && sort !== 'date-asc')) return undefined;
    const presets = { meeting: this.meeting, type: this.type, topic: this.topic };
    return firstPage(ingest, presets, sort === 'date-asc', this.pageSize);
  }

  /**
   * The whole feed's index, then its order for the sort shown, made in slices of at most
   * {@link SLICE_MS} before the feed is shown complete (the first screen, if any, stays meanwhile).
   */
  protected override prepareFeed(feed: Feed, signal: AbortSignal): Promise<void> | undefined {
    const step = () => {
      const deadline = performance.now() + SLICE_MS;
      const index = this.indexFor(feed, deadline);
      return (
        index !== undefined &&
        orderFor(index, this.currentSort, this.sortContext(feed), deadline) !== undefined
      );
    };
    if (step()) return undefined;
    return (async () => {
      do await yieldToPage();
      while (!signal.aborted && !step());
    })();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPreparing?.();
    this.stopPreparing = this.idleFor = undefined;
  }

  private get urlPrefix(): string {
    return `${this.id || 'docs'}-`;
  }

  /** `feed`'s index for the presets, made until `deadline` (or made to the end): `undefined` till done. */
  private indexFor(feed: Feed): DocumentIndex;
  private indexFor(feed: Feed, deadline: number): DocumentIndex | undefined;
  private indexFor(feed: Feed, deadline = Infinity): DocumentIndex | undefined {
    const presets = { meeting: this.meeting, type: this.type, topic: this.topic };
    const key = JSON.stringify(presets);
    let made = this.indexes.get(feed);
    if (made?.presets !== key)
      this.indexes.set(feed, (made = { presets: key, builder: new IndexBuilder(presets) }));
    if (!made.index && made.builder.add(feed.documents, deadline)) made.index = made.builder.index(feed);
    return made.index;
  }

  /** What the sorts that collate need, in the reader's language. */
  private sortContext({ defaultLanguage }: Feed): SortContext {
    const { language } = this;
    return {
      language,
      titleOf: (document) => resolveText(document.title, [language], defaultLanguage).text,
      // Outside the rendering language: the reader's collator, taken explicitly (once: one
      // lookup, not one per comparison).
      collate: () => inLanguage(language, () => collator()).compare,
    };
  }

  /**
   * After the first paint, in idle time, a few documents at a time: the search text, then the
   * sorts (a sort toggle then only walks one); the sorts that collate again for a new language.
   * Last, the search loop run once ({@link warmSearch}), then pages of cards ({@link warmCards}).
   */
  private prepareIdle(index: DocumentIndex, feed: Feed): void {
    if (this.idleFor?.[0] === index && this.idleFor[1] === this.language) return;
    this.stopPreparing?.();
    this.idleFor = [index, this.language];
    const context = this.sortContext(feed);
    const sorts: DocumentSort[] = ['date-desc', 'title', 'symbol'];
    const { entries } = index;
    let next = 0;
    let warmed = false;
    let rounds = CARD_ROUNDS;
    const box = document.createElement('ul');
    this.stopPreparing = inIdleSlices(() => {
      if (next < entries.length) next = prepareSearch(entries, next, 32);
      else if (sorts.length > 0) {
        if (orderFor(index, sorts[0]!, context, performance.now() + 1)) sorts.shift();
      } else if (!warmed) warmed = warmSearch(entries);
      else
        warmCards(box, entries, rounds--, this.language, (document, i) =>
          renderDocument(feed, document, i, this.language, this.filesView),
        );
      return rounds > 0;
    });
  }

  /**
   * While the rest of the feed is read (a first screen shown), in idle time: the search text of
   * the documents read so far (kept by document, so the whole feed's index finds it made).
   */
  private foldAhead(ingest: FeedIngest): void {
    if (this.idleFor?.[0] === ingest) return;
    this.stopPreparing?.();
    this.idleFor = [ingest, this.language];
    let next = 0;
    this.stopPreparing = inIdleSlices(() => {
      const read = ingest.lists.documents;
      next = foldSearchTexts(read, next, 32);
      // Caught up with the reading: what is read later is made after the whole feed is in.
      return next < read.length;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('query')) this.setFilters(emptyFilters(this.query ?? ''), false);
    if (changed.has('sort')) this.currentSort = DOCUMENT_SORTS.includes(this.sort) ? this.sort : 'date-desc';
    if (this.syncUrl && !this.urlRestored) this.restoreFromUrl();

    const { state } = this.feedController;
    if (state.status !== 'complete' && state.status !== 'partial') return;
    // A first screen: sort and filter what is read so far (the count then says "at least").
    const feed = state.status === 'partial' ? this.partialFeed(state.ingest) : state.feed;
    const index = (this.index = this.indexFor(feed));
    const sortedKey = `${this.currentSort}|${this.language}`;
    if (index !== this.sortedFrom || sortedKey !== this.sortedKey) {
      // Made ahead (prepareFeed, prepareIdle), else now.
      const order = orderFor(index, this.currentSort, this.sortContext(feed))!;
      this.sorted = Array.from(order, (at) => index.entries[at]!);
      this.sortedFrom = index;
      this.sortedKey = sortedKey;
      this.found.reset();
    }
    if (state.status === 'complete') this.prepareIdle(index, feed);
    else this.foldAhead(state.ingest);
    // The page shown (a keystroke in a long list: the rest counted after the paint).
    this.results = this.found.find(this.sorted, this.filters, this.page * this.pageSize);
    const pages = Math.max(1, Math.ceil(this.results.length / this.pageSize));
    if (this.found.counted && this.page > pages) this.page = pages;
  }

  /** Resolves once the whole result of a search is shown (not only its first page). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.found.counting) {
      await this.found.counting;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * The feed as far as it is read, taken again when the reader changes what is shown (a search,
   * a filter, the sort, the page): views before the whole feed is in work on what is read then.
   */
  private partialFeed(ingest: FeedIngest): Feed {
    const view = JSON.stringify([this.filters, this.currentSort, this.page, this.language]);
    // Read to the end (the whole feed being prepared): that feed, whose index is under way.
    return this.partial.feed(ingest, view, () => partialFeed(ingest));
  }

  protected override updated(changed: PropertyValues): void {
    if (this.syncUrl && (changed.has('filters') || changed.has('currentSort') || changed.has('page'))) {
      writeView(
        this.urlPrefix,
        this.filters,
        this.currentSort === this.sort ? '' : this.currentSort,
        this.page,
      );
    }
  }

  private restoreFromUrl(): void {
    this.urlRestored = true;
    const { filters, sort, page } = readView(this.urlPrefix, this.query ?? '');
    this.filters = filters;
    if (sort) this.currentSort = sort;
    if (page) this.page = page;
  }

  private setFilters(filters: DocumentFilters, resetPage = true): void {
    this.filters = filters;
    if (resetPage) this.page = 1;
  }

  private setFilter(key: keyof DocumentFilters, value: string): void {
    this.setFilters({ ...this.filters, [key]: value });
  }

  private clearFilters(): void {
    this.setFilters(emptyFilters());
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  private async goToPage(page: number): Promise<void> {
    this.page = page;
    await this.updateComplete;
    // "Next" on the last page (or "Previous" on the first) is now disabled, and a disabled
    // button loses focus to the page: keep the reader in the page navigation, on the current page.
    const pressed = this.renderRoot.querySelector<HTMLButtonElement>('.pagination button:focus');
    if (!pressed || pressed.disabled) {
      this.renderRoot.querySelector<HTMLElement>('.pagination [aria-current="page"]')?.focus();
    }
  }

  private async print(): Promise<void> {
    // Every document that passes, printed at once (not the first page, then the rest).
    this.found.finish();
    this.printing = true;
    await this.updateComplete;
    const done = () => {
      this.printing = false;
    };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  }

  private downloadCsv(feed: Feed): void {
    // Called from a click, outside render: the words go in the element's language explicitly.
    // Every document that passes, though the search is still looking (the count then follows).
    this.found.finish();
    const csv = inLanguage(this.language, () => documentsCsv(feed, this.results, this.language));
    downloadText(csv, 'cwg-cop-documents.csv', 'text/csv;charset=utf-8', this);
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const index = this.index ?? this.indexFor(feed);
    const complete = this.feedController.state.status === 'complete';
    const { counted } = this.found;
    const total = this.results.length;
    const start = (this.page - 1) * this.pageSize;
    const visible = this.printing ? this.results : this.results.slice(start, start + this.pageSize);
    const pages = Math.max(1, Math.ceil(total / this.pageSize));
    return html`
      ${renderDocumentSearch(this.filters.query, (query) => this.setFilter('query', query))}
      ${renderFilters(feed, index, {
        language: this.language,
        filters: this.filters,
        sort: this.currentSort,
        onFilter: (key, value) => this.setFilter(key, value),
        onSort: (sort) => {
          this.currentSort = sort;
          this.page = 1;
        },
      })}
      ${renderActions(
        total === 0 && !this.isFiltered()
          ? undefined // the empty state says it once: "There are no documents to show."
          : (!complete ? countSoFarText : counted ? countText : countingText)(start, visible.length, total),
        total === 0,
        () => this.downloadCsv(feed),
        () => void this.print(),
      )}
      ${
        total === 0
          ? renderNoDocuments(this.isFiltered(), () => this.clearFilters())
          : html`<ul part="list" class="list">
              ${visible.map(({ document }, i) => renderDocument(feed, document, start + i, this.language, this.filesView))}
            </ul>`
      }
      ${this.printing ? nothing : renderPagination(this.page, pages, (page) => void this.goToPage(page))}
    `;
  }

  private get filesView(): FilesView {
    return {
      isOpen: (id) => this.openFiles.has(id),
      toggle: (id) => {
        if (!this.openFiles.delete(id)) this.openFiles.add(id);
        this.requestUpdate();
      },
      printing: this.printing,
    };
  }

  private isFiltered(): boolean {
    return Object.values(this.filters).some((value) => value !== '');
  }
}
