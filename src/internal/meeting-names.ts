/**
 * Names of meetings, shared by the elements: "9th meeting", "10th and 11th meetings", the
 * meeting's title, or "Meeting of 23 January 2015", by the language's ordinal and plural rules.
 * Call them while an element renders (or inside `inLanguage`).
 */
import type { Meeting } from '../feed/model.js';
import { formatDate, formatList, formatNumber } from '../i18n/format.js';
import { resolveText } from '../i18n/localized-text.js';
import { msg, renderingLanguage, str } from '../i18n/msg.js';
import { ordinal as ordinalForm, plural } from '../i18n/plural.js';

/** "10th" (the ordinal of a meeting number), by the language's ordinal plural rules. */
export function ordinal(value: number): string {
  const n = formatNumber(value, { useGrouping: false });
  return ordinalForm(value, {
    zero: () =>
      msg(str`${n}th`, {
        id: 'meeting.ordinal.zero',
        desc: 'Ordinal number of a meeting ("the 9th meeting"), used before the word "meeting" (feminine "réunion", "reunión"; neuter "собрание"). Ordinal plural form: zero.',
      }),
    one: () =>
      msg(str`${n}st`, {
        id: 'meeting.ordinal.one',
        desc: 'Ordinal number of a meeting ("the 1st meeting"), used before the word "meeting" (feminine "réunion", "reunión"; neuter "собрание"). Ordinal plural form: one (English 1st, 21st).',
      }),
    two: () =>
      msg(str`${n}nd`, {
        id: 'meeting.ordinal.two',
        desc: 'Ordinal number of a meeting ("the 2nd meeting"), used before the word "meeting". Ordinal plural form: two (English 2nd, 22nd).',
      }),
    few: () =>
      msg(str`${n}rd`, {
        id: 'meeting.ordinal.few',
        desc: 'Ordinal number of a meeting ("the 3rd meeting"), used before the word "meeting". Ordinal plural form: few (English 3rd, 23rd).',
      }),
    many: () =>
      msg(str`${n}th`, {
        id: 'meeting.ordinal.many',
        desc: 'Ordinal number of a meeting, used before the word "meeting". Ordinal plural form: many.',
      }),
    other: () =>
      msg(str`${n}th`, {
        id: 'meeting.ordinal.other',
        desc: 'Ordinal number of a meeting ("the 9th meeting"), used before the word "meeting" (feminine "réunion", "reunión"; neuter "собрание"). Ordinal plural form: other.',
      }),
  });
}

/** "10th meeting", or the meeting's title, or "Meeting of 23 January 2015". */
export function meetingName(meeting: Meeting, defaultLanguage: string): string {
  if (meeting.number !== undefined) {
    const number = ordinal(meeting.number);
    return msg(str`${number} meeting`, {
      id: 'meeting.numbered',
      desc: 'Name of one meeting by its ordinal number, e.g. "9th meeting" ({0} is the ordinal: "9th").',
    });
  }
  if (meeting.title !== undefined)
    return resolveText(meeting.title, [renderingLanguage()], defaultLanguage).text;
  const date = formatDate(meeting.date);
  return msg(str`Meeting of ${date}`, {
    id: 'meeting.dated',
    desc: 'Name of a meeting that has neither a number nor a title, e.g. "Meeting of 23 January 2015".',
  });
}

/**
 * The name of a group of meetings: "9th meeting", "10th and 11th meetings"; when a meeting has no
 * number, the meetings' names joined ("Expert meeting and 12th meeting").
 */
export function groupName(meetings: readonly Meeting[], defaultLanguage: string): string {
  const [first] = meetings;
  if (meetings.length === 1 && first) return meetingName(first, defaultLanguage);
  const numbers = meetings.map((meeting) => meeting.number);
  if (numbers.some((number) => number === undefined))
    return formatList(meetings.map((meeting) => meetingName(meeting, defaultLanguage)));
  const list = formatList(numbers.map((number) => ordinal(number!)));
  return plural(meetings.length, {
    zero: () =>
      msg(str`${list} meetings`, {
        id: 'meetings.zero',
        desc: 'Name of a group of meetings that reported together, e.g. "10th and 11th meetings" ({0}: the ordinals joined, "10th and 11th"). Plural form: zero.',
      }),
    one: () =>
      msg(str`${list} meetings`, {
        id: 'meetings.one',
        desc: 'Name of a group of meetings that reported together ({0}: the ordinals joined). Plural form: one.',
      }),
    two: () =>
      msg(str`${list} meetings`, {
        id: 'meetings.two',
        desc: 'Name of a group of meetings that reported together, e.g. "10th and 11th meetings" ({0}: the ordinals joined, "10th and 11th"). Plural form: two.',
      }),
    few: () =>
      msg(str`${list} meetings`, {
        id: 'meetings.few',
        desc: 'Name of a group of meetings that reported together, e.g. "9th, 10th and 11th meetings" ({0}: the ordinals joined). Plural form: few.',
      }),
    many: () =>
      msg(str`${list} meetings`, {
        id: 'meetings.many',
        desc: 'Name of a group of meetings that reported together ({0}: the ordinals joined). Plural form: many.',
      }),
    other: () =>
      msg(str`${list} meetings`, {
        id: 'meetings.other',
        desc: 'Name of a group of meetings that reported together, e.g. "10th and 11th meetings" ({0}: the ordinals joined). Plural form: other.',
      }),
  });
}
