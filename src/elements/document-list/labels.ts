/** The document list's words: document types, sort orders and the count of results. */
import type { FeedDocument } from '../../feed/model.js';
import { formatNumber } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import { plural } from '../../i18n/plural.js';
import type { DocumentSort } from './document-index.js';

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

/** The first and last shown and the total, formatted, as the statuses below say them. */
const shownNumbers = (start: number, shown: number, total: number): [string, string, string] => [
  formatNumber(start + 1),
  formatNumber(start + shown),
  formatNumber(total),
];

/** The polite status: which of the results are shown, in every plural form of the total. */
export function countText(start: number, shown: number, total: number): string {
  if (total === 0)
    return msg('No documents match.', {
      id: 'documents.no-documents-match',
      desc: 'Status when no document matches the search and filters.',
    });
  const [from, to, all] = shownNumbers(start, shown, total);
  return plural(total, {
    zero: () =>
      msg(str`Showing ${from}–${to} of ${all} documents`, {
        id: 'documents.count.zero',
        desc: 'Status: which documents of the results are shown. Plural form (of the total): zero.',
      }),
    one: () =>
      msg(str`Showing ${from}–${to} of ${all} document`, {
        id: 'documents.count.one',
        desc: 'Status: which documents of the results are shown. Plural form (of the total): one.',
      }),
    two: () =>
      msg(str`Showing ${from}–${to} of ${all} documents`, {
        id: 'documents.count.two',
        desc: 'Status: which documents of the results are shown. Plural form (of the total): two.',
      }),
    few: () =>
      msg(str`Showing ${from}–${to} of ${all} documents`, {
        id: 'documents.count.few',
        desc: 'Status: which documents of the results are shown. Plural form (of the total): few.',
      }),
    many: () =>
      msg(str`Showing ${from}–${to} of ${all} documents`, {
        id: 'documents.count.many',
        desc: 'Status: which documents of the results are shown. Plural form (of the total): many.',
      }),
    other: () =>
      msg(str`Showing ${from}–${to} of ${all} documents`, {
        id: 'documents.count.other',
        desc: 'Status: which documents of the results are shown. Plural form (of the total): other.',
      }),
  });
}

/**
 * The status while the rest of a large feed is still read: `total` is what matches so far, a
 * lower bound (never shown as the total).
 */
export function countSoFarText(start: number, shown: number, total: number): string {
  if (total === 0)
    return msg('No documents match so far; more are still loading…', {
      id: 'documents.count.none-yet',
      desc: 'Status while a large list is still loading, when none of the documents loaded so far matches.',
    });
  const [from, to, all] = shownNumbers(start, shown, total);
  return msg(str`Showing ${from}–${to} of at least ${all} documents; more are still loading…`, {
    id: 'documents.count.at-least',
    desc: 'Status while a large list is still loading: which documents are shown, and how many match so far (a lower bound; the final count replaces it). Any number: phrase it so that it reads for every plural form.',
  });
}

/**
 * The status while a search in a long list is still looking through it: the first page is found,
 * `total` is what matches so far (a lower bound; the final count follows within moments).
 */
export function countingText(start: number, shown: number, total: number): string {
  const [from, to, all] = shownNumbers(start, shown, total);
  return msg(str`Showing ${from}–${to} of at least ${all} documents; still counting…`, {
    id: 'documents.count.counting',
    desc: 'Status for a moment after a search in a long list: which documents are shown, and how many match so far (a lower bound); the final count replaces it as soon as the rest of the list is searched. Any number: phrase it so that it reads for every plural form.',
  });
}

/** The name of a sort order. */
export function sortLabel(sort: DocumentSort): string {
  switch (sort) {
    case 'date-asc':
      return msg('Oldest first', {
        id: 'documents.oldest-first',
        desc: 'Sort order: by date, oldest first.',
      });
    case 'title':
      return msg('Title', { id: 'documents.title', desc: 'CSV column: document title.' });
    case 'symbol':
      return msg('Symbol', { id: 'documents.symbol', desc: 'CSV column: document symbol.' });
    default:
      return msg('Newest first', {
        id: 'documents.newest-first',
        desc: 'Sort order: by date, newest first.',
      });
  }
}
