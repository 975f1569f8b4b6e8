import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { yieldToPage } from '../../feed/load.js';
import { ReadSoFar } from '../../feed/read-ahead.js';
import type { Feed, FeedIngest } from '../../feed/validate.js';
import { msg } from '../../i18n/msg.js';
import { FeedElement } from '../../internal/feed-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { renderClearButton, renderResults, renderToolbar } from './directory-templates.js';
import { FACET_NAMES, type FacetName, type Presets, type Selection } from './facets.js';
import { PRESETS, hasPresets, presetsOf } from './presets.js';
import { renderChips, renderFacets } from './facet-templates.js';
import { firstResources, resourcesSoFar } from './first-screen.js';
import { resourceCount } from './labels.js';
import { styles } from './resource-directory.styles.js';
import { type GroupBy, isGroupBy, restoreViewState, saveViewState, urlPrefix } from './url-state.js';
import { DirectoryModel, type DirectoryView, indexFor, warmSearch } from './view.js';

/** How long typing must pause before the result count is announced and the URL updated. */
const TYPING_PAUSE = 400;

/** The width (in rem) from which the facets stand beside the results (see the styles). */
const SIDE_BY_SIDE = 45;

/** Feeds of at most this many resources are indexed at once, not in tasks of their own. */
const AT_ONCE = 200;

/**
 * The directory of resources on child online protection — case studies, good practices,
 * guidelines, helplines and more, national, regional and international — that a person can
 * browse by facets without typing anything, search as they type, and group by region or kind.
 *
 * Facets (scope, ITU region, country, kind, stakeholder, topic, language of the resource) are
 * checkbox groups: values chosen within one facet combine with OR, facets combine with AND, and
 * each value shows how many resources it would leave given the other facets' choices; a value
 * that would leave none stays visible but disabled. Chosen values appear as removable filters.
 * Countries and languages are named in the reader's language and sorted in its alphabetical
 * order. Links to other sites open in a new tab, safely, and say so to screen readers.
 *
 * Preset attributes (`scope`, `region`, `country`, `kind`, `topic`, `query`) restrict the
 * resources the element holds: values within one preset combine with OR, presets with AND. A
 * facet that can no longer narrow anything (say, `region` under a one-region preset) is left out.
 * With `sync-url`, the person's view lives in the page URL. If the feed gives a `suggestUrl`, a
 * "Suggest a resource" link leads there.
 *
 * Appearance follows the shared `--cop-*` tokens (colours, radius, spacing) and the properties
 * below; the fonts are the page's.
 *
 * @summary A faceted, searchable directory of the feed's resources.
 * @tagname cop-resource-directory
 *
 * @fires cop-load - The feed was loaded and rendered. `detail.count`: the resources the element
 *   holds after its presets (all of them, not only those shown); `detail.issues`: the items a
 *   partly bad feed lost. Not fired when the person filters.
 *
 * @csspart toolbar - The bar above the results: search, grouping and the suggest link.
 * @csspart search - The search form (`role="search"`).
 * @csspart search-input - The search box.
 * @csspart search-button - The search button.
 * @csspart group-select - The grouping menu.
 * @csspart suggest-link - The "Suggest a resource" link (when the feed gives a `suggestUrl`).
 * @csspart filters - The collapsible panel of facets.
 * @csspart facet - One facet's checkbox group (`<fieldset>`).
 * @csspart facet-count - The number of resources beside a facet value.
 * @csspart count - The number of results (a polite live region).
 * @csspart chips - The list of chosen filters.
 * @csspart chip - A button removing one chosen filter.
 * @csspart clear-button - The buttons clearing every filter and the search.
 * @csspart empty - The message shown when nothing matches.
 * @csspart group - A group of results (when grouped).
 * @csspart group-heading - The heading of a group.
 * @csspart results - A list of resources.
 * @csspart resource - One resource.
 * @csspart resource-title - The heading holding a resource's link.
 * @csspart resource-link - The link to a resource.
 * @csspart resource-description - A resource's description.
 * @csspart resource-details - A resource's details (kind, scope, region, countries…).
 * @csspart more-button - The button showing more results.
 *
 * @cssprop [--cop-resource-directory-filters-width=16rem] - Width of the facets column on wide
 *   layouts.
 * @cssprop [--cop-resource-directory-facet-max-height=14rem] - Height beyond which a facet's values
 *   scroll.
 * @cssprop [--cop-resource-directory-chip-background=var(--cop-color-subtle)] - Background of the
 *   chosen-filter buttons.
 * @cssprop [--cop-resource-directory-gap=var(--cop-space)] - Space between the columns and the
 *   resources.
 */
export class CopResourceDirectory extends FeedElement {
  static override styles = [sharedStyles, styles];

  /**
   * Preset: keep only resources of these scopes (`national`, `regional`, `international`;
   * several separated by spaces or commas).
   */
  @property() scope?: string;

  /**
   * Preset: keep only resources of these ITU regions (`africa`, `americas`, `arab-states`,
   * `asia-pacific`, `cis`, `europe`; several separated by spaces or commas).
   */
  @property() region?: string;

  /** Preset: keep only resources about these countries (ISO 3166-1 alpha-2 codes such as `FR KE`). */
  @property() country?: string;

  /**
   * Preset: keep only resources of these kinds (`case-study`, `good-practice`, `guideline`,
   * `research`, `campaign`, `helpline`, `tool`, `other`; several separated by spaces or commas).
   */
  @property() kind?: string;

  /** Preset: keep only resources on these topics (topic ids of the feed). */
  @property() topic?: string;

  /** Preset: keep only resources matching this search (with the same folding as the search box). */
  @property() query?: string;

  /**
   * How results are grouped, each group under a heading: `none`, `region` (ITU region) or
   * `kind`. The person can change it; with `sync-url`, the page URL remembers it.
   */
  @property({ attribute: 'group-by' }) groupBy: 'none' | 'region' | 'kind' = 'none';

  /**
   * Mirrors the search, the chosen filters and the grouping in the page URL's query string
   * (with `history.replaceState`), and restores them on load, so a link reproduces the view.
   * Parameters are prefixed with the element's `id` and a hyphen (`dir-` without an `id`), so
   * two directories on a page keep apart: `dir-q` (the search), `dir-scope`, `dir-region`,
   * `dir-country`, `dir-kind`, `dir-stakeholder`, `dir-topic`, `dir-lang` (chosen values,
   * comma-separated) and `dir-group`. Other parameters of the page are left alone.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /**
   * How many resources are shown at first, and added by each "Show more resources" (default 20;
   * the facets and the count always cover all of them).
   */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /**
   * The level (1–6) of the group headings, or of the resource titles when results are not
   * grouped (titles are then one level below the group headings). Default 3, for an element
   * placed under a level-2 heading.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** What the person typed in the search box. */
  @state() private search = '';
  /** The facet values the person chose. */
  @state() private selection: Selection = {};
  /** How many pages of results are shown. */
  @state() private pages = 1;
  /** Whether the facets panel is open: at first, when the facets fit beside the results. */
  @state() private filtersOpen?: boolean;

  private readonly model = new DirectoryModel();
  /** While a first screen is shown: the resources read so far, taken when the person searches or groups. */
  private readonly readSoFar = new ReadSoFar();
  private presets: Presets = { selection: {}, query: '' };
  private typingTimer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.settleTyping(false);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (PRESETS.some((name) => changed.has(name)) || changed.has('query')) this.presets = presetsOf(this);
    if (changed.has('syncUrl') && this.syncUrl) this.restoreFromUrl();
    if (changed.has('pageSize')) this.pages = 1;
    if (this.filtersOpen === undefined && this.feedController.state.status === 'complete') {
      // On a narrow screen the facets would stand above the results and push them out of sight:
      // fold them there, behind their summary, until the person opens them.
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      this.filtersOpen = this.getBoundingClientRect().width >= SIDE_BY_SIDE * rem;
    }
  }

  protected override updated(): void {
    const view = this.currentView();
    if (!view || this.feedController.state.status !== 'complete') return;
    this.readSoFar.clear();
    warmSearch(view.index);
    if (this.syncUrl && this.typingTimer === undefined) this.writeUrl(view);
  }

  /** More than 200 resources: the first page is shown before the rest is read. */
  protected override largeFeed(ingest: FeedIngest): boolean {
    return ingest.rawResources.length > 200;
  }

  /**
   * The first page of a large feed, before the rest is read: its first resources in title order,
   * picked from the feed as given and read ahead. A first view narrowed or grouped (presets, a
   * query, the page URL's state) waits for the whole feed.
   */
  protected override firstScreen(ingest: FeedIngest): Feed | undefined {
    if (this.query || this.syncUrl || this.grouping !== 'none' || hasPresets(this)) return undefined;
    return firstResources(ingest, this.language, this.pageLength);
  }

  /**
   * The whole feed's index before it is shown complete (`cop-load` waits for it): its titles, then
   * its facets, then its title order, each in a task of its own; nothing left when it is made.
   */
  protected override prepareFeed(feed: Feed, signal: AbortSignal): Promise<void> | undefined {
    const steps = [
      () => indexFor(feed, this.language),
      () => indexFor(feed, this.language).facets,
      () => indexFor(feed, this.language).order,
    ];
    if (feed.resources.length <= AT_ONCE) return void steps.forEach((step) => step());
    return (async () => {
      for (const step of steps) {
        await yieldToPage();
        if (signal.aborted) return;
        step();
      }
    })();
  }

  protected countItems(feed: Feed): number {
    return this.model.count(feed, this.language, this.presets);
  }

  /**
   * The view of the feed shown, or `undefined` while there is none. While a first screen is shown,
   * the facets are not counted, and a search or a grouping looks at the resources read so far.
   */
  private currentView(): DirectoryView | undefined {
    const { state } = this.feedController;
    if (state.status === 'complete')
      return this.model.view(state.feed, this.language, this.presets, this.search, this.selection);
    if (state.status !== 'partial') return undefined;
    let { feed } = state;
    const { search, grouping } = this;
    if (search !== '' || grouping !== 'none') {
      const { ingest } = state;
      feed = this.readSoFar.feed(ingest, `${grouping} ${search}`, () => resourcesSoFar(ingest, state.feed));
    }
    return this.model.view(feed, this.language, this.presets, search, this.selection, false);
  }

  private get grouping(): GroupBy {
    return isGroupBy(this.groupBy) ? this.groupBy : 'none';
  }

  private get pageLength(): number {
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? this.pageSize : 20;
  }

  private get level(): number {
    const level = Math.trunc(this.headingLevel);
    return level >= 1 && level <= 6 ? level : 3;
  }

  // --- URL -------------------------------------------------------------------------------

  private restoreFromUrl(): void {
    const restored = restoreViewState(urlPrefix(this.id));
    if (restored.query !== undefined) this.search = restored.query;
    if (restored.selection) this.selection = restored.selection;
    if (restored.groupBy) this.groupBy = restored.groupBy;
  }

  private writeUrl(view: DirectoryView): void {
    saveViewState(urlPrefix(this.id), {
      query: this.search,
      selection: view.selection,
      groupBy: this.grouping,
    });
  }

  // --- What the person does ---------------------------------------------------------------

  private onSearchInput(event: Event): void {
    this.search = (event.target as HTMLInputElement).value;
    this.pages = 1;
    // Update the URL once typing pauses, not at every keystroke (the live region waits too).
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.settleTyping(true), TYPING_PAUSE);
  }

  private settleTyping(update: boolean): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = undefined;
    if (update) this.requestUpdate();
  }

  private onSearchSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.settleTyping(true);
  }

  private toggle(facet: FacetName, value: string, chosen: boolean): void {
    const current = this.currentView()?.selection ?? {};
    const selection: Selection = {};
    for (const name of FACET_NAMES) {
      const values = (current[name] ?? []).filter((item) => name !== facet || item !== value);
      if (chosen && name === facet) values.push(value);
      if (values.length > 0) selection[name] = values;
    }
    this.selection = selection;
    this.pages = 1;
  }

  private async removeChip(facet: FacetName, value: string, position: number): Promise<void> {
    this.toggle(facet, value, false);
    await this.updateComplete;
    const chips = this.renderRoot.querySelectorAll<HTMLElement>('[part~="chip"]');
    (chips[Math.min(position, chips.length - 1)] ?? this.searchInput)?.focus();
  }

  private async clearAll(): Promise<void> {
    this.selection = {};
    this.search = '';
    this.pages = 1;
    this.settleTyping(true);
    await this.updateComplete;
    this.searchInput?.focus();
  }

  private onGroupChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.groupBy = isGroupBy(value) ? value : 'none';
    this.pages = 1;
  }

  private async showMore(shown: number): Promise<void> {
    this.pages += 1;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="resource-link"]')[shown]?.focus();
  }

  private get searchInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input[type="search"]');
  }

  // --- Rendering ----------------------------------------------------------------------------

  protected renderFeed(feed: Feed): TemplateResult {
    const view = this.currentView()!;
    const complete = this.feedController.state.status === 'complete';
    const clearAll = () => void this.clearAll();
    return html`<div class="directory">
      ${renderToolbar(feed, {
        search: this.search,
        grouping: this.grouping,
        onSearchInput: (event) => this.onSearchInput(event),
        onSearchSubmit: (event) => this.onSearchSubmit(event),
        onGroupChange: (event) => this.onGroupChange(event),
      })}
      <div class="layout">
        ${renderFacets(view, {
          open: this.filtersOpen,
          onToggle: (open) => (this.filtersOpen = open),
          onChoose: (facet, value, chosen) => this.toggle(facet, value, chosen),
        })}
        <div class="main">
          <p part="count" class="count" data-announce>
            ${complete ? resourceCount(view.count) : msg('Loading…', { desc: 'Shown while the feed is loading.' })}
          </p>
          ${renderChips(
            view,
            (facet, value, position) => this.removeChip(facet, value, position),
            renderClearButton(
              msg('Clear all', {
                id: 'directory.clear-all',
                desc: 'Resource directory: button removing every chosen filter and the search.',
              }),
              clearAll,
            ),
          )}
          ${
            // Before every resource is read, "none match" may not be so: the count says it is loading.
            complete || view.count > 0
              ? renderResults(view, {
                  feed,
                  language: this.language,
                  level: this.level,
                  grouping: this.grouping,
                  limit: this.pages * this.pageLength,
                  clearAll,
                  showMore: (shown) => void this.showMore(shown),
                })
              : nothing
          }
        </div>
      </div>
    </div>`;
  }
}
