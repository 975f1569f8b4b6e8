/**
 * iCalendar (RFC 5545) text for meetings, so a reader can add one to a calendar: all-day events,
 * CRLF line endings, TEXT escaping, and lines folded at 75 octets without cutting a UTF-8
 * character in two. Pure functions, no DOM: what the download button saves is exactly
 * {@link buildCalendar}'s string.
 */

/** A text value of an event, with the language it is written in (the `LANGUAGE` parameter). */
export interface CalendarText {
  text: string;
  /** BCP 47 tag of `text`; omitted from the file when absent. */
  lang?: string;
}

/** One all-day event (a meeting). */
export interface CalendarEvent {
  /** Globally unique and stable identifier (`UID`), e.g. `cwg-cop-15@www.itu.int`. */
  uid: string;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, inclusive, `YYYY-MM-DD`; the start day when absent. */
  end?: string;
  summary: CalendarText;
  location?: CalendarText;
  description?: CalendarText;
}

export interface CalendarOptions {
  /** When the file is made (`DTSTAMP`). */
  now: Date;
  /** The `PRODID`; {@link PRODUCT_ID} by default. */
  productId?: string;
}

/** Who made the file (`PRODID`, RFC 5545 §3.7.3). */
export const PRODUCT_ID = '-//ITU CWG-COP//cop-widgets//EN';

const CRLF = '\r\n';
const LINE_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** How many octets `char` (one code point) takes in UTF-8. */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line (RFC 5545 §3.1): no physical line longer than 75 octets, continuation
 * lines starting with one space (which counts in their 75), and never inside a UTF-8 character.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  let limit = LINE_OCTETS;
  for (const char of line) {
    const size = utf8Octets(char);
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
      limit = LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

/** `YYYY-MM-DD` as an iCalendar DATE, `YYYYMMDD`. */
function icsDate(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

/** The day after `isoDate` (`YYYY-MM-DD`), across months and years. */
export function nextDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day + 1);
  return date.toISOString().slice(0, 10);
}

/** A UTC DATE-TIME, `YYYYMMDDTHHMMSSZ`. */
function icsDateTime(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}

function textProperty(name: string, value: CalendarText): string {
  const parameter = value.lang ? `;LANGUAGE=${value.lang}` : '';
  return `${name}${parameter}:${escapeText(value.text)}`;
}

/**
 * A VCALENDAR holding `events` as all-day VEVENTs: `DTSTART;VALUE=DATE` the first day and
 * `DTEND;VALUE=DATE` the day after the last (the end is exclusive), CRLF after every line.
 */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const stamp = icsDateTime(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId ?? PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.start)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(event.end ?? event.start))}`,
      textProperty('SUMMARY', event.summary),
    );
    if (event.location) lines.push(textProperty('LOCATION', event.location));
    if (event.description) lines.push(textProperty('DESCRIPTION', event.description));
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
