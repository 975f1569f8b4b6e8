/**
 * The document list's filter and sort controls: a labelled `<select>` per filter (meeting, type,
 * topic, year, language; each offering only what the documents have) and the sort order. Each
 * `<select>` sits in its `<label>` (the field itself: no wrapper element).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import type { Feed } from '../../feed/validate.js';
import { autonym, compareText, formatNumber } from '../../i18n/format.js';
import { type renderText, resolveText } from '../../i18n/localized-text.js';
import { msg } from '../../i18n/msg.js';
import { meetingName } from '../../internal/meeting-names.js';
import { renderSearchForm } from '../../internal/search-form.js';
import {
  DOCUMENT_SORTS,
  type DocumentFilters,
  type DocumentIndex,
  type DocumentSort,
  FILTER_KEYS,
} from './document-index.js';
import { documentTypeLabel, sortLabel } from './labels.js';

/** The state the controls show, and what they do with the person's choices. */
export interface FilterControls {
  language: string;
  filters: DocumentFilters;
  sort: DocumentSort;
  onFilter(key: (typeof FILTER_KEYS)[number], value: string): void;
  onSort(sort: DocumentSort): void;
}

/**
 * The filter and sort controls for `feed`'s documents as `index` holds them, drawn again only when
 * what they show changed: a keystroke in the search box leaves them as they are.
 */
export function renderFilters(feed: Feed, index: DocumentIndex, controls: FilterControls): DirectiveResult {
  const { language, filters, sort } = controls;
  const shown = [feed, index, language, sort, ...FILTER_KEYS.map((key) => filters[key])];
  return guard(shown, () => drawFilters(feed, index, controls));
}

function drawFilters(
  feed: Feed,
  index: DocumentIndex,
  { language, filters, sort, onFilter, onSort }: FilterControls,
): TemplateResult {
  const text = (value: Parameters<typeof renderText>[0]) =>
    resolveText(value, [language], feed.defaultLanguage).text;
  const topics = feed.topics
    .filter((topic) => index.topics.has(topic.id))
    .map((topic) => ({ value: topic.id, label: text(topic.label) }))
    .sort((a, b) => compareText(a.label, b.label));
  const select = (
    key: (typeof FILTER_KEYS)[number],
    label: string,
    any: string,
    options: { value: string; label: string }[],
  ) =>
    html`<label class="field"
      >${label}<select
        id=${`filter-${key}`}
        @change=${(event: Event) => onFilter(key, (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${filters[key] === ''}>${any}</option>
        ${options.map((option) => html`<option value=${option.value} ?selected=${filters[key] === option.value}>${option.label}</option>`)}
      </select></label
    >`;
  return html`<div part="filters" class="filters">
    ${select(
      'meeting',
      msg('Meeting', {
        id: 'documents.meeting',
        desc: 'CSV column and filter label: the meeting a document belongs to.',
      }),
      msg('All meetings', { id: 'documents.all-meetings', desc: 'Meeting filter: no restriction.' }),
      index.meetings.map((meeting) => ({
        value: meeting.id,
        label: meetingName(meeting, feed.defaultLanguage),
      })),
    )}
    ${select(
      'type',
      msg('Type', { id: 'documents.type', desc: 'CSV column and filter label: document type.' }),
      msg('All types', { id: 'documents.all-types', desc: 'Type filter: no restriction.' }),
      index.types
        .map((type) => ({ value: type, label: documentTypeLabel(type) }))
        .sort((a, b) => compareText(a.label, b.label)),
    )}
    ${select('topic', msg('Topic', { id: 'documents.topic', desc: 'Filter label: document topic.' }), msg('All topics', { id: 'documents.all-topics', desc: 'Topic filter: no restriction.' }), topics)}
    ${select(
      'year',
      msg('Year', { id: 'documents.year', desc: 'Filter label: the year of the document.' }),
      msg('All years', { id: 'documents.all-years', desc: 'Year filter: no restriction.' }),
      index.years.map((year) => ({
        value: year,
        label: formatNumber(Number(year), { useGrouping: false }),
      })),
    )}
    ${select(
      'language',
      msg('Language', {
        id: 'documents.language',
        desc: 'Filter label: documents that have a file in this language.',
      }),
      msg('All languages', { id: 'documents.all-languages', desc: 'Language filter: no restriction.' }),
      index.languages.map((language) => ({ value: language, label: autonym(language) })),
    )}
    <label class="field"
      >${msg('Sort by', { id: 'documents.sort-by', desc: 'Label of the sort order control.' })}<select
        id="sort"
        @change=${(event: Event) => onSort((event.target as HTMLSelectElement).value as DocumentSort)}
      >
        ${DOCUMENT_SORTS.map((option) => html`<option value=${option} ?selected=${sort === option}>${sortLabel(option)}</option>`)}
      </select></label
    >
  </div>`;
}

/** The search box of the document list, showing `query`. */
export function renderDocumentSearch(query: string, onQuery: (query: string) => void): TemplateResult {
  return renderSearchForm({
    label: msg('Search documents', {
      id: 'documents.search-documents',
      desc: 'Label of the search box of the document list.',
    }),
    button: msg('Search', { id: 'documents.search', desc: 'Button: run the search.' }),
    value: query,
    onInput: (event) => onQuery((event.target as HTMLInputElement).value),
    onSubmit: (event) => event.preventDefault(),
  });
}

/** What the list shows instead of documents: a way out of the filters, or that there are none. */
export function renderNoDocuments(filtered: boolean, onClear: () => void): TemplateResult {
  return html`<div part="empty" class="empty">
    ${
      filtered
        ? html`<button type="button" @click=${onClear}>
            ${msg('Clear search and filters', { id: 'documents.clear-search-and-filters', desc: 'Button shown when no document matches: remove the search text and every filter.' })}
          </button>`
        : html`<p data-announce>
            ${msg('There are no documents to show.', { id: 'documents.there-are-no-documents-to-show', desc: 'Shown when the feed has no documents at all.' })}
          </p>`
    }
  </div>`;
}

/**
 * The line above the list: the count (a polite live region; left out when `count` is undefined)
 * and the Download CSV and Print buttons, disabled when nothing is listed.
 */
export function renderActions(
  count: string | undefined,
  disabled: boolean,
  onCsv: () => void,
  onPrint: () => void,
): TemplateResult {
  return html`<div class="actions">
    ${count === undefined ? nothing : html`<p part="count" class="count" data-announce>${count}</p>`}
    <div part="actions" class="buttons">
      <button type="button" @click=${onCsv} ?disabled=${disabled}>
        ${msg('Download CSV', { id: 'documents.download-csv', desc: 'Button: download the filtered list as a spreadsheet (CSV) file.' })}
      </button>
      <button type="button" @click=${onPrint} ?disabled=${disabled}>
        ${msg('Print', { id: 'documents.print', desc: 'Button: print the filtered list.' })}
      </button>
    </div>
  </div>`;
}
