/**
 * The states every feed element shows around its content (CONTRACT §2, §5): loading, a
 * feed-level error with a way to try again, and the discreet notice for feed authors listing
 * the items that could not be shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedError, FeedErrorCode } from '../feed/load.js';
import type { FeedIssue } from '../feed/validate.js';
import { msg, str } from '../i18n/msg.js';
import { formatNumber } from '../i18n/format.js';
import { plural } from '../i18n/plural.js';
import type { FeedState } from './feed-controller.js';

/** What a reader is told for each feed-level failure. */
export function feedErrorMessage(code: FeedErrorCode): string {
  switch (code) {
    case 'network':
      return msg('The content could not be loaded. Check your connection and try again.', {
        desc: 'Feed error: the network request failed.',
      });
    case 'http':
      return msg('The content could not be loaded: the server answered with an error.', {
        desc: 'Feed error: the server answered with an HTTP error status.',
      });
    case 'timeout':
      return msg('The content took too long to load.', { desc: 'Feed error: the request timed out.' });
    case 'too-large':
      return msg('The content is too large to show.', {
        desc: 'Feed error: the feed exceeds the size limit.',
      });
    case 'invalid-json':
    case 'invalid-feed':
      return msg('The content could not be read: its feed is missing or not valid.', {
        desc: 'Feed error: there is no feed, or it is not valid JSON, or it has nothing usable.',
      });
  }
}

/** "3 items could not be shown in full", in every plural form. */
function unusableItems(count: number): string {
  const n = formatNumber(count);
  return plural(count, {
    zero: () =>
      msg(str`${n} items could not be shown in full`, {
        id: 'feed.unusable.zero',
        desc: 'Notice for feed authors: items dropped from a partly bad feed. Plural form: zero.',
      }),
    one: () =>
      msg(str`${n} item could not be shown in full`, {
        id: 'feed.unusable.one',
        desc: 'Notice for feed authors: items dropped from a partly bad feed. Plural form: one.',
      }),
    two: () =>
      msg(str`${n} items could not be shown in full`, {
        id: 'feed.unusable.two',
        desc: 'Notice for feed authors: items dropped from a partly bad feed. Plural form: two.',
      }),
    few: () =>
      msg(str`${n} items could not be shown in full`, {
        id: 'feed.unusable.few',
        desc: 'Notice for feed authors: items dropped from a partly bad feed. Plural form: few.',
      }),
    many: () =>
      msg(str`${n} items could not be shown in full`, {
        id: 'feed.unusable.many',
        desc: 'Notice for feed authors: items dropped from a partly bad feed. Plural form: many.',
      }),
    other: () =>
      msg(str`${n} items could not be shown in full`, {
        id: 'feed.unusable.other',
        desc: 'Notice for feed authors: items dropped from a partly bad feed. Plural form: other.',
      }),
  });
}

/** Loading: a visible status over a few placeholder lines (the root is `aria-busy`). */
export function renderPending(): TemplateResult {
  return html`<div part="status" class="status">
      ${msg('Loading…', { desc: 'Shown while the feed is loading.' })}
    </div>
    <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>`;
}

/**
 * For feed authors, under a feed that is not JSON: where it goes wrong (line and column, the line
 * with a caret under the column) and V8's words for it; folded away like {@link renderIssues}.
 */
function renderJsonError({ place, issues }: FeedError): TemplateResult | typeof nothing {
  if (!issues?.[0]) return nothing;
  const where = place
    ? msg(str`The feed is not valid JSON: line ${place.line}, column ${place.column}`, {
        desc: 'Notice for feed authors: where the feed text stops being valid JSON (numbers as an editor shows them).',
      })
    : msg('The feed is not valid JSON (no position given)', {
        desc: 'Notice for feed authors: the feed text is not valid JSON, and the browser did not say where.',
      });
  return html`<details part="issues" class="issues">
    <summary>${where}</summary>
    ${place ? html`<pre dir="ltr" tabindex="0">${place.marked}</pre>` : nothing}
    <p lang="en" dir="ltr">${issues[0].message}</p>
  </details>`;
}

/** A feed-level error: what happened, and a button to try again. */
export function renderError(
  state: Extract<FeedState, { status: 'error' }>,
  retry: () => void,
): TemplateResult {
  return html`<div part="error" class="error" role="alert">
      <p>${feedErrorMessage(state.error.code)}</p>
      <button part="retry-button" type="button" @click=${retry}>
        ${msg('Try again', { desc: 'Button: load the feed again.' })}
      </button>
    </div>
    ${state.error.code === 'invalid-json' ? renderJsonError(state.error) : nothing}`;
}

/** How many items (or header fields) the issues are about: `/documents/3/title` is item `/documents/3`. */
export function affectedItems(issues: FeedIssue[]): number {
  return new Set(issues.map((issue) => issue.pointer.split('/').slice(0, 3).join('/'))).size;
}

/** For feed authors: the items a partly bad feed lost, or lost parts of; folded away by default. */
export function renderIssues(issues: FeedIssue[]): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  return html`<details part="issues" class="issues">
    <summary>${unusableItems(affectedItems(issues))}</summary>
    <ul>
      ${issues.map((issue) => html`<li><code dir="ltr">${issue.pointer || '/'}</code> <span lang="en" dir="ltr">${issue.message}</span></li>`)}
    </ul>
  </details>`;
}
