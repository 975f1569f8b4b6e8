/** The document list's words for the feed's codes: document types and meeting numbers. */
import type { FeedDocument, Meeting } from '../../feed/model.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import { ordinal } from '../../i18n/plural.js';

/** The name of a document type. */
export function documentTypeLabel(type: FeedDocument['type']): string {
  switch (type) {
    case 'report':
      return msg('Report', { id: 'documents.report', desc: 'Document type.' });
    case 'contribution':
      return msg('Contribution', {
        id: 'documents.contribution',
        desc: 'Document type: a contribution submitted by a member.',
      });
    case 'liaison':
      return msg('Liaison statement', {
        id: 'documents.liaison-statement',
        desc: 'Document type: a liaison statement to another group.',
      });
    case 'resolution':
      return msg('Resolution', { id: 'documents.resolution', desc: 'Document type.' });
    case 'guideline':
      return msg('Guidelines', { id: 'documents.guidelines', desc: 'Document type.' });
    case 'information':
      return msg('Information document', { id: 'documents.information-document', desc: 'Document type.' });
    default:
      return msg('Other document', { id: 'documents.other-document', desc: 'Document type: anything else.' });
  }
}

/** "9th meeting", "9e réunion", "第9次会议"; a meeting without a number is named by its date. */
export function meetingLabel(meeting: Meeting): string {
  if (meeting.number === undefined) {
    const date = formatDate(meeting.date);
    return msg(str`Meeting of ${date}`, {
      id: 'documents.meeting-of-n',
      desc: 'A meeting of the working group without a number, by its date.',
    });
  }
  const count = meeting.number;
  const n = formatNumber(count);
  return ordinal(count, {
    zero: () =>
      msg(str`${n}th meeting`, {
        id: 'documents.meeting.zero',
        desc: 'Ordinal meeting number. Ordinal form: zero.',
      }),
    one: () =>
      msg(str`${n}st meeting`, {
        id: 'documents.meeting.one',
        desc: 'Ordinal meeting number (1st, 21st). Ordinal form: one.',
      }),
    two: () =>
      msg(str`${n}nd meeting`, {
        id: 'documents.meeting.two',
        desc: 'Ordinal meeting number (2nd, 22nd). Ordinal form: two.',
      }),
    few: () =>
      msg(str`${n}rd meeting`, {
        id: 'documents.meeting.few',
        desc: 'Ordinal meeting number (3rd, 23rd). Ordinal form: few.',
      }),
    many: () =>
      msg(str`${n}th meeting`, {
        id: 'documents.meeting.many',
        desc: 'Ordinal meeting number. Ordinal form: many.',
      }),
    other: () =>
      msg(str`${n}th meeting`, {
        id: 'documents.meeting.other',
        desc: 'Ordinal meeting number (4th, 11th). Ordinal form: other.',
      }),
  });
}
