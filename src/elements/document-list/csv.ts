/** CSV of a document list, written by the shared rules of src/internal/csv.ts. */

import type { LocalizedText } from '../../feed/model.js';
import type { Feed } from '../../feed/validate.js';
import type { Language } from '../../i18n/language.js';
import { resolveText } from '../../i18n/localized-text.js';
import { msg } from '../../i18n/msg.js';
import type { IndexedDocument } from './document-index.js';
import { meetingName } from '../../internal/meeting-names.js';
import { documentTypeLabel } from './labels.js';
import { toCsv } from '../../internal/csv.js';

export { csvCell, toCsv } from '../../internal/csv.js';

/** The CSV of `entries` (the filtered list), in the rendering language. */
export function documentsCsv(feed: Feed, entries: readonly IndexedDocument[], language: Language): string {
  const { defaultLanguage } = feed;
  const text = (value: LocalizedText) => resolveText(value, [language], defaultLanguage).text;
  const meetings = new Map(feed.meetings.map((meeting) => [meeting.id, meeting]));
  const topics = new Map(feed.topics.map((topic) => [topic.id, topic]));
  const header = [
    msg('Symbol', { id: 'documents.symbol', desc: 'CSV column: document symbol.' }),
    msg('Title', { id: 'documents.title', desc: 'CSV column: document title.' }),
    msg('Date', { id: 'documents.date', desc: 'CSV column: document date.' }),
    msg('Meeting', {
      id: 'documents.meeting',
      desc: 'CSV column and filter label: the meeting a document belongs to.',
    }),
    msg('Type', { id: 'documents.type', desc: 'CSV column and filter label: document type.' }),
    msg('Topics', { id: 'documents.topics', desc: 'CSV column: document topics.' }),
    msg('Files', {
      id: 'documents.files',
      desc: 'CSV column: the addresses of the document files, one per language.',
    }),
  ];
  const rows = entries.map(({ document }) => {
    const meeting = document.meeting ? meetings.get(document.meeting) : undefined;
    return [
      document.symbol ?? '',
      text(document.title),
      document.date,
      meeting ? meetingName(meeting, defaultLanguage) : '',
      documentTypeLabel(document.type),
      (document.topics ?? []).map((id) => (topics.has(id) ? text(topics.get(id)!.label) : id)).join('; '),
      document.files.map((file) => `${file.lang}: ${file.url}`).join(' '),
    ];
  });
  return toCsv(header, rows);
}
