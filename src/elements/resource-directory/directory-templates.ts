/**
 * The resource directory around its facets: the toolbar (search box, grouping menu and the
 * "Suggest a resource" link), the results — or why there are none — with "Show more resources",
 * and the button clearing every filter and the search.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl, type Feed } from '../../feed/validate.js';
import { msg } from '../../i18n/msg.js';
import { renderSearchForm } from '../../internal/search-form.js';
import { facetLegend } from './labels.js';
import { type ResultsContext, renderGroups, renderLink } from './resource-item.js';
import type { GroupBy } from './url-state.js';
import { type DirectoryView, groupResults } from './view.js';

/**
 * The optional `suggestUrl` of a feed: where to suggest a resource. The feed model does not carry
 * it yet, so it is read defensively and only used when it is an http(s) address.
 */
function hasSuggestUrl(feed: Feed): feed is Feed & { suggestUrl: string } {
  return typeof (feed as Feed & { suggestUrl?: unknown }).suggestUrl === 'string';
}

/** What the toolbar shows, and what it does with the person's actions. */
export interface Toolbar {
  /** What the person typed in the search box. */
  search: string;
  grouping: GroupBy;
  /** The person typed in the search box. */
  onSearchInput(event: Event): void;
  /** The person submitted the search (with Enter or the button). */
  onSearchSubmit(event: SubmitEvent): void;
  /** The person chose another grouping. */
  onGroupChange(event: Event): void;
}

/** The bar above the results: search, grouping and, when the feed gives one, the suggest link. */
export function renderToolbar(feed: Feed, toolbar: Toolbar): TemplateResult {
  const suggest = hasSuggestUrl(feed) ? safeUrl(feed.suggestUrl, document.baseURI) : undefined;
  const { grouping } = toolbar;
  const option = (value: GroupBy, label: string) =>
    html`<option value=${value} ?selected=${grouping === value}>${label}</option>`;
  return html`<div part="toolbar" class="toolbar">
    ${renderSearchForm({
      label: msg('Search resources', {
        id: 'directory.search.label',
        desc: 'Resource directory: label of the search box.',
      }),
      button: msg('Search', {
        id: 'directory.search.button',
        desc: 'Resource directory: button of the search box.',
      }),
      value: toolbar.search,
      onInput: toolbar.onSearchInput,
      onSubmit: toolbar.onSearchSubmit,
    })}
    <div class="grouping">
      <label for="group"
        >${msg('Group by', { id: 'directory.group.label', desc: 'Resource directory: label of the menu choosing how results are grouped.' })}</label
      >
      <select id="group" part="group-select" @change=${toolbar.onGroupChange}>
        ${option('none', msg('No grouping', { id: 'directory.group.none', desc: 'Resource directory: results are not grouped.' }))}
        ${option('region', facetLegend('region'))} ${option('kind', facetLegend('kind'))}
      </select>
    </div>
    ${
      suggest === undefined
        ? nothing
        : html`<p class="suggest">
            ${renderLink(
              suggest,
              'suggest-link',
              msg('Suggest a resource', {
                id: 'directory.suggest',
                desc: 'Resource directory: link to the page where anyone can propose a resource to add.',
              }),
            )}
          </p>`
    }
  </div>`;
}

/** A button, reading `label`, that removes every chosen filter and the search. */
export function renderClearButton(label: string, clearAll: () => void): TemplateResult {
  return html`<button part="clear-button" class="clear" type="button" @click=${clearAll}>${label}</button>`;
}

/** How the results are shown, and what their buttons do. */
export interface Results extends ResultsContext {
  grouping: GroupBy;
  /** How many resources are shown at most (the pages shown so far). */
  limit: number;
  /** The person asked to remove every filter and the search. */
  clearAll(): void;
  /** The person asked for more resources, `shown` being shown so far. */
  showMore(shown: number): void;
}

/**
 * The results of `view`, grouped or not, followed by "Show more resources" when some are left;
 * or why there are none.
 */
export function renderResults(view: DirectoryView, results: Results): TemplateResult {
  if (view.heldCount === 0) {
    return html`<p part="empty" class="empty">
      ${msg('There are no resources to show yet.', { id: 'directory.none', desc: 'Resource directory: the feed (after the page’s presets) holds no resource.' })}
    </p>`;
  }
  if (view.count === 0) {
    return html`<div part="empty" class="empty">
      <p>
        ${msg('No resources match your search and filters.', { id: 'directory.empty', desc: 'Resource directory: nothing matches the search and the chosen filters.' })}
      </p>
      ${renderClearButton(
        msg('Clear filters', {
          id: 'directory.empty.clear',
          desc: 'Resource directory: button removing every chosen filter and the search, when nothing matches.',
        }),
        results.clearAll,
      )}
    </div>`;
  }
  const { grouping, limit } = results;
  const groups = groupResults(view, grouping, limit);
  const shown = Math.min(limit, view.count);
  return html`${renderGroups(view, groups, grouping !== 'none', results)}
  ${
    shown < view.count
      ? html`<button part="more-button" class="more" type="button" @click=${() => results.showMore(shown)}>
          ${msg('Show more resources', { id: 'directory.more', desc: 'Resource directory: button showing the next results.' })}
        </button>`
      : nothing
  }`;
}
