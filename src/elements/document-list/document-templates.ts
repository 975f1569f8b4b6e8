/** The templates of one document in the list. */
import { html, nothing, type TemplateResult } from 'lit';
import type { DocumentFile, FeedDocument } from '../../feed/model.js';
import type { Feed } from '../../feed/validate.js';
import { autonym, formatDate, formatFileSize, formatNumber } from '../../i18n/format.js';
import { type Language, baseOf } from '../../i18n/language.js';
import { renderText } from '../../i18n/localized-text.js';
import { msg, str } from '../../i18n/msg.js';
import { meetingName } from '../../internal/meeting-names.js';
import { documentTypeLabel } from './labels.js';

/** How a document's files are shown: the disclosures open, and whether the list is printed. */
export interface FilesView {
  /** Is this document's file list open? */
  isOpen: (id: string) => boolean;
  /** The reader opens or closes a document's file list. */
  toggle: (id: string) => void;
  /** Printing: every file listed, no disclosure. */
  printing: boolean;
}

/**
 * One document: title, symbol, date, meeting, type, summary, topics, and its files: the one in
 * the reader's language linked on the card, the full list (one file per language) behind a
 * disclosure button and rendered only once it is opened: 10 elements for a card with a symbol, a
 * meeting, one topic and a file in the reader's language (11 with a summary), where the full list
 * made 36 with six files.
 */
export function renderDocument(
  feed: Feed,
  document: FeedDocument,
  position: number,
  language: Language,
  files: FilesView,
): TemplateResult {
  const text = (value: Parameters<typeof renderText>[0]) => renderText(value, language, feed.defaultLanguage);
  const meeting = document.meeting ? feed.meetings.find((m) => m.id === document.meeting) : undefined;
  const topics = (document.topics ?? []).flatMap((id) => feed.topics.filter((topic) => topic.id === id));
  const titleId = `document-${position}`;
  // The meeting and the type are texts on either side of the date: each a flex item of its own
  // without an element.
  return html`<li>
    <article part="document" class="document" aria-labelledby=${titleId}>
      <h3 part="title" id=${titleId}>${text(document.title)}</h3>
      <p class="meta">
        ${document.symbol ? html`<span class="symbol" dir="ltr">${document.symbol}</span>` : nothing}
        ${meeting ? meetingName(meeting, feed.defaultLanguage) : nothing}
        <time datetime=${document.date}>${formatDate(document.date)}</time>
        ${documentTypeLabel(document.type)}
      </p>
      ${document.summary ? html`<p class="summary">${text(document.summary)}</p>` : nothing}
      ${
        topics.length > 0
          ? html`<ul
              class="topics"
              aria-label=${msg('Topics', { id: 'documents.topics', desc: 'CSV column: document topics.' })}
            >
              ${topics.map((topic) => html`<li>${text(topic.label)}</li>`)}
            </ul>`
          : nothing
      }
      ${renderFiles(document, position, language, files)}
    </article>
  </li>`;
}

function renderFiles(
  document: FeedDocument,
  position: number,
  language: Language,
  view: FilesView,
): TemplateResult {
  const ordered = orderFiles(document.files, language);
  const id = `files-${position}`;
  const list = () =>
    html`<ul
      id=${id}
      part="files"
      class="files"
      aria-label=${msg('Files', { id: 'documents.files', desc: 'CSV column: the addresses of the document files, one per language.' })}
    >
      ${ordered.map((file) => html`<li>${renderFile(file)}</li>`)}
    </ul>`;
  if (view.printing || ordered.length < 2) return list();
  const open = view.isOpen(document.id);
  const count = formatNumber(ordered.length);
  // A disclosure button (not <details>/<summary>: one element, not two, on every card).
  return html`${renderFile(ordered[0]!, language)}<button
      type="button"
      part="files-disclosure"
      class="more-files"
      aria-expanded=${open}
      aria-controls=${open ? id : nothing}
      @click=${() => view.toggle(document.id)}
    >
      ${msg(str`Files (${count})`, {
        id: 'documents.files-count',
        desc: "Button on a document card that opens the list of the document's files, one per language (the file in the reader's language is linked on the card itself). `count` is how many files, already formatted. Any number: phrase it so that it reads for every plural form.",
      })}</button
    >${open ? list() : nothing}`;
}

/** The files in the reader's language first, the others in the feed's order. */
export function orderFiles(files: DocumentFile[], language: Language): DocumentFile[] {
  const mine = (file: DocumentFile) => (baseOf(file.lang) === language ? 0 : 1);
  return [...files].sort((a, b) => mine(a) - mine(b));
}

/**
 * A file's link: its language (in itself), format and size. On the card (`language`, the reader's),
 * the format is kept left-to-right by isolate characters (U+2066…U+2069) instead of an element,
 * and a file in the reader's language names it without a `lang` span (the card's own language):
 * two elements fewer on most cards; in the list, a `dir="ltr"` span and a `lang` span each.
 */
function renderFile(file: DocumentFile, language?: Language): TemplateResult {
  const format = file.format ? file.format.toUpperCase() : '';
  const size = file.bytes === undefined ? '' : formatFileSize(file.bytes);
  const name = autonym(file.lang);
  const shownFormat = language ? `\u2066${format}\u2069` : html`<span dir="ltr">${format}</span>`;
  return html`<a part="file-link" href=${file.url} hreflang=${file.lang}
    >${language && baseOf(file.lang) === language ? name : html`<span lang=${file.lang}>${name}</span>`}${
      format ? html` · ${shownFormat}` : nothing
    }${size ? html` · ${size}` : nothing}</a
  >`;
}
