/** The templates of one document in the list. */
import { html, nothing, type TemplateResult } from 'lit';
import type { DocumentFile, FeedDocument } from '../../feed/model.js';
import type { Feed } from '../../feed/validate.js';
import { autonym, formatDate, formatFileSize } from '../../i18n/format.js';
import { type Language, baseOf } from '../../i18n/language.js';
import { renderText } from '../../i18n/localized-text.js';
import { msg } from '../../i18n/msg.js';
import { meetingName } from '../../internal/meeting-names.js';
import { documentTypeLabel } from './labels.js';

/** One document: title, symbol, date, meeting, type, summary, topics, and its files. */
export function renderDocument(
  feed: Feed,
  document: FeedDocument,
  position: number,
  language: Language,
): TemplateResult {
  const text = (value: Parameters<typeof renderText>[0]) => renderText(value, language, feed.defaultLanguage);
  const meeting = document.meeting ? feed.meetings.find((m) => m.id === document.meeting) : undefined;
  const topics = (document.topics ?? []).flatMap((id) => feed.topics.filter((topic) => topic.id === id));
  const titleId = `document-${position}`;
  return html`<li>
    <article part="document" class="document" aria-labelledby=${titleId}>
      <h3 part="title" id=${titleId}>${text(document.title)}</h3>
      <p class="meta">
        ${document.symbol ? html`<span class="symbol" dir="ltr">${document.symbol}</span>` : nothing}
        <time datetime=${document.date}>${formatDate(document.date)}</time>
        ${meeting ? html`<span>${meetingName(meeting, feed.defaultLanguage)}</span>` : nothing}
        <span>${documentTypeLabel(document.type)}</span>
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
      <ul
        part="files"
        class="files"
        aria-label=${msg('Files', { id: 'documents.files', desc: 'CSV column: the addresses of the document files, one per language.' })}
      >
        ${orderFiles(document.files, language).map((file) => renderFile(file))}
      </ul>
    </article>
  </li>`;
}

/** The files in the reader's language first, the others in the feed's order. */
export function orderFiles(files: DocumentFile[], language: Language): DocumentFile[] {
  const mine = (file: DocumentFile) => (baseOf(file.lang) === language ? 0 : 1);
  return [...files].sort((a, b) => mine(a) - mine(b));
}

function renderFile(file: DocumentFile): TemplateResult {
  const format = file.format ? file.format.toUpperCase() : '';
  const size = file.bytes === undefined ? '' : formatFileSize(file.bytes);
  return html`<li>
    <a part="file-link" href=${file.url} hreflang=${file.lang}
      ><span lang=${file.lang}>${autonym(file.lang)}</span
      >${format ? html` · <span dir="ltr">${format}</span>` : nothing}${size ? html` · ${size}` : nothing}</a
    >
  </li>`;
}
