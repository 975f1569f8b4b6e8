/**
 * The words of `<cop-consultation-results>`: counts in every plural form of the language, the
 * status line, the states, and the names of the charts and their columns.
 */
import { formatDate, formatNumber, languageName } from '../../i18n/format.js';
import { msg, renderingLanguage, str } from '../../i18n/msg.js';
import { plural } from '../../i18n/plural.js';
import type { Phase } from '../consultation-form/schedule.js';
import type { BarChart } from './results-view.js';

/** A count as the language writes it ("1,284", "1 284", "١٬٢٨٤" where Arabic digits are the default). */
export const formatCount = (count: number): string => formatNumber(count);

/**
 * The language `tag` named in the language being rendered, as a row label starts ("Arabe",
 * "Арабский": Intl writes them in lower case in French, Spanish, Russian).
 */
export function languageLabel(tag: string): string {
  const name = languageName(tag);
  return name.charAt(0).toLocaleUpperCase(renderingLanguage()) + name.slice(1);
}

/** A share (0–1) as a percentage: whole percents, one decimal under 10 % ("24%", "4.2%"). */
export function formatShare(share: number): string {
  return formatNumber(share, { style: 'percent', maximumFractionDigits: share < 0.1 ? 1 : 0 });
}

/** "1,284 responses", in every plural form. */
export function responsesText(count: number): string {
  const n = formatCount(count);
  return plural(count, {
    zero: () =>
      msg(str`${n} responses`, {
        id: 'results.responses.zero',
        desc: 'Results: how many responses a consultation received. Plural form: zero.',
      }),
    one: () =>
      msg(str`${n} response`, {
        id: 'results.responses.one',
        desc: 'Results: how many responses a consultation received. Plural form: one.',
      }),
    two: () =>
      msg(str`${n} responses`, {
        id: 'results.responses.two',
        desc: 'Results: how many responses a consultation received. Plural form: two.',
      }),
    few: () =>
      msg(str`${n} responses`, {
        id: 'results.responses.few',
        desc: 'Results: how many responses a consultation received. Plural form: few.',
      }),
    many: () =>
      msg(str`${n} responses`, {
        id: 'results.responses.many',
        desc: 'Results: how many responses a consultation received. Plural form: many.',
      }),
    other: () =>
      msg(str`${n} responses`, {
        id: 'results.responses.other',
        desc: 'Results: how many responses a consultation received. Plural form: other.',
      }),
  });
}

/** "312 answered" (people who answered one question), in every plural form. */
export function answeredText(count: number): string {
  const n = formatCount(count);
  return plural(count, {
    zero: () =>
      msg(str`${n} answered`, {
        id: 'results.answered.zero',
        desc: 'Results: how many people answered one question. Plural form: zero.',
      }),
    one: () =>
      msg(str`${n} answered`, {
        id: 'results.answered.one',
        desc: 'Results: how many people answered one question. Plural form: one.',
      }),
    two: () =>
      msg(str`${n} answered`, {
        id: 'results.answered.two',
        desc: 'Results: how many people answered one question. Plural form: two.',
      }),
    few: () =>
      msg(str`${n} answered`, {
        id: 'results.answered.few',
        desc: 'Results: how many people answered one question. Plural form: few.',
      }),
    many: () =>
      msg(str`${n} answered`, {
        id: 'results.answered.many',
        desc: 'Results: how many people answered one question. Plural form: many.',
      }),
    other: () =>
      msg(str`${n} answered`, {
        id: 'results.answered.other',
        desc: 'Results: how many people answered one question. Plural form: other.',
      }),
  });
}

/** "Results are shown once at least 5 people have answered.", in every plural form of `minimum`. */
export function tooFewText(minimum: number): string {
  const n = formatCount(minimum);
  return plural(minimum, {
    zero: () =>
      msg(str`Results are shown once at least ${n} people have answered.`, {
        id: 'results.too-few.zero',
        desc: 'Results: shown instead of the charts while a consultation has fewer responses than the smallest count that may be published (at least 5). Plural form: zero.',
      }),
    one: () =>
      msg(str`Results are shown once at least ${n} people have answered.`, {
        id: 'results.too-few.one',
        desc: 'Results: shown instead of the charts while a consultation has fewer responses than the smallest count that may be published (at least 5). Plural form: one.',
      }),
    two: () =>
      msg(str`Results are shown once at least ${n} people have answered.`, {
        id: 'results.too-few.two',
        desc: 'Results: shown instead of the charts while a consultation has fewer responses than the smallest count that may be published (at least 5). Plural form: two.',
      }),
    few: () =>
      msg(str`Results are shown once at least ${n} people have answered.`, {
        id: 'results.too-few.few',
        desc: 'Results: shown instead of the charts while a consultation has fewer responses than the smallest count that may be published (at least 5). Plural form: few.',
      }),
    many: () =>
      msg(str`Results are shown once at least ${n} people have answered.`, {
        id: 'results.too-few.many',
        desc: 'Results: shown instead of the charts while a consultation has fewer responses than the smallest count that may be published (at least 5). Plural form: many.',
      }),
    other: () =>
      msg(str`Results are shown once at least ${n} people have answered.`, {
        id: 'results.too-few.other',
        desc: 'Results: shown instead of the charts while a consultation has fewer responses than the smallest count that may be published (at least 5). Plural form: other.',
      }),
  });
}

/** What a suppressed count reads: "fewer than 5" — never 0. */
export function fewerThanText(minimum: number): string {
  const n = formatCount(minimum);
  return msg(str`fewer than ${n}`, {
    id: 'results.fewer-than',
    desc: 'Results: a count that is not published because it is below the smallest publishable count (the number, at least 5). Read in a table cell, e.g. "fewer than 5".',
  });
}

/** "No results published yet." */
export const noResultsText = (): string =>
  msg('No results published yet.', {
    id: 'results.none',
    desc: 'Results: the consultation exists but the group has not published its results.',
  });

/** The named consultation is not in the feed, or the feed has none. */
export function missingText(requested: boolean): string {
  return requested
    ? msg('This consultation cannot be found.', {
        id: 'form.missing',
        desc: 'The consultation the page asks for is not in the feed.',
      })
    : msg('There is no consultation to show.', { id: 'form.none', desc: 'The feed has no consultations.' });
}

/**
 * "Open until 30 June 2027", "Closed on 30 September 2016", "Opens on 1 November 2026": the day
 * the feed gives (its own calendar date, the same in every time zone, as the group announced it).
 */
export function timingText(phase: Phase, iso: string): string {
  const date = formatDate(iso.slice(0, 10));
  switch (phase) {
    case 'upcoming':
      return msg(str`Opens on ${date}`, {
        id: 'results.opens-on',
        desc: 'Results: a consultation not open yet. The placeholder is a date.',
      });
    case 'open':
      return msg(str`Open until ${date}`, {
        id: 'results.open-until',
        desc: 'Results: a consultation still open. The placeholder is its closing date.',
      });
    case 'closed':
      return msg(str`Closed on ${date}`, {
        id: 'results.closed-on',
        desc: 'Results: a consultation that has closed. The placeholder is its closing date.',
      });
  }
}

/** "Counted on 3 October 2016": when the published counts were taken. */
export function updatedText(iso: string): string {
  const date = formatDate(iso.slice(0, 10));
  return msg(str`Counted on ${date}`, {
    id: 'results.updated',
    desc: 'Results: the day the published counts were taken. The placeholder is a date.',
  });
}

/** The caption of an overview chart. */
export function overviewCaption(kind: Exclude<BarChart['kind'], 'question'>): string {
  return kind === 'language'
    ? msg('Responses by language', {
        id: 'results.by-language',
        desc: 'Results: caption of the chart of responses per language.',
      })
    : msg('Responses by age band', {
        id: 'results.by-age-band',
        desc: 'Results: caption of the chart of responses per age band.',
      });
}

/** The header of a chart's first column: what its rows are. */
export function rowHeader(kind: BarChart['kind']): string {
  switch (kind) {
    case 'language':
      return msg('Language', {
        id: 'results.column.language',
        desc: 'Results: column header, the language people answered in.',
      });
    case 'age-band':
      return msg('Age band', {
        id: 'results.column.age-band',
        desc: 'Results: column header, an age band such as 13-15.',
      });
    case 'question':
      return msg('Answer', {
        id: 'results.column.answer',
        desc: 'Results: column header, one of the choices of a question.',
      });
  }
}

/** The header of the count column. */
export const countHeader = (): string =>
  msg('Number', {
    id: 'results.column.number',
    desc: 'Results: column header, how many people gave that answer (or answered in that language or band).',
  });

/** The header of the share column. */
export const shareHeader = (): string =>
  msg('Share', {
    id: 'results.column.share',
    desc: 'Results: column header, the percentage of people who gave that answer.',
  });

/** The week chart's caption and row headers. */
export const weekCaption = (): string =>
  msg('Responses per week', {
    id: 'results.by-week',
    desc: 'Results: caption of the column chart of responses received each week.',
  });
export const weekHeader = (): string =>
  msg('Week starting', {
    id: 'results.column.week',
    desc: 'Results: row header of the week chart; each column is headed by the date (a Monday) its week starts on.',
  });
export const responsesHeader = (): string =>
  msg('Responses', {
    id: 'results.column.responses',
    desc: 'Results: row or column header, the number of responses.',
  });

/** The heading above the free-text questions' counts. */
export const textQuestionsHeading = (): string =>
  msg('Written answers', {
    id: 'results.written-answers',
    desc: 'Results: heading above the questions answered in free text, for which only the number of people who answered is published.',
  });

/** The CSV button. */
export const downloadCsvText = (): string =>
  msg('Download CSV', {
    id: 'results.download-csv',
    desc: 'Button: download the published counts as a spreadsheet (CSV) file.',
  });
