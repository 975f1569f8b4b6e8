/**
 * The timeline's words: kinds, meeting names ("10th and 11th meetings"), and counts in every
 * plural form. Call them while the element renders (or inside `inLanguage`), so that `msg()`
 * answers in the element's language.
 */
import type { Meeting } from '../../feed/model.js';
import { formatDate, formatList, formatNumber } from '../../i18n/format.js';
import { resolveText } from '../../i18n/localized-text.js';
import { msg, renderingLanguage, str } from '../../i18n/msg.js';
import { ordinal as ordinalForm, plural } from '../../i18n/plural.js';
import type { OutcomeKind } from './timeline-model.js';

/** "Decision", as the tag on an outcome. */
export function kindLabel(kind: OutcomeKind): string {
  switch (kind) {
    case 'recommendation':
      return msg('Recommendation', {
        id: 'timeline.kind.recommendation',
        desc: 'Tag on an outcome of a meeting: it is a recommendation.',
      });
    case 'decision':
      return msg('Decision', {
        id: 'timeline.kind.decision',
        desc: 'Tag on an outcome of a meeting: it is a decision.',
      });
    case 'action':
      return msg('Action', {
        id: 'timeline.kind.action',
        desc: 'Tag on an outcome of a meeting: it is an action to take.',
      });
  }
}

/** "Decisions", as a choice of the kind filter. */
export function kindFilterLabel(kind: OutcomeKind): string {
  switch (kind) {
    case 'recommendation':
      return msg('Recommendations', {
        id: 'timeline.filter.kind.recommendation',
        desc: 'Choice in the kind filter: show only recommendations.',
      });
    case 'decision':
      return msg('Decisions', {
        id: 'timeline.filter.kind.decision',
        desc: 'Choice in the kind filter: show only decisions.',
      });
    case 'action':
      return msg('Actions', {
        id: 'timeline.filter.kind.action',
        desc: 'Choice in the kind filter: show only actions.',
      });
  }
}

/** "10th" (the ordinal of a meeting number), by the language's ordinal plural rules. */
export function ordinal(value: number): string {
  const n = formatNumber(value, { useGrouping: false });
  return ordinalForm(value, {
    zero: () =>
      msg(str`${n}th`, {
        id: 'timeline.ordinal.zero',
        desc: 'Ordinal number of a meeting ("the 9th meeting"), used before the word "meeting" (feminine "réunion", "reunión"; neuter "собрание"). Ordinal plural form: zero.',
      }),
    one: () =>
      msg(str`${n}st`, {
        id: 'timeline.ordinal.one',
        desc: 'Ordinal number of a meeting ("the 1st meeting"), used before the word "meeting" (feminine "réunion", "reunión"; neuter "собрание"). Ordinal plural form: one (English 1st, 21st).',
      }),
    two: () =>
      msg(str`${n}nd`, {
        id: 'timeline.ordinal.two',
        desc: 'Ordinal number of a meeting ("the 2nd meeting"), used before the word "meeting". Ordinal plural form: two (English 2nd, 22nd).',
      }),
    few: () =>
      msg(str`${n}rd`, {
        id: 'timeline.ordinal.few',
        desc: 'Ordinal number of a meeting ("the 3rd meeting"), used before the word "meeting". Ordinal plural form: few (English 3rd, 23rd).',
      }),
    many: () =>
      msg(str`${n}th`, {
        id: 'timeline.ordinal.many',
        desc: 'Ordinal number of a meeting, used before the word "meeting". Ordinal plural form: many.',
      }),
    other: () =>
      msg(str`${n}th`, {
        id: 'timeline.ordinal.other',
        desc: 'Ordinal number of a meeting ("the 9th meeting"), used before the word "meeting" (feminine "réunion", "reunión"; neuter "собрание"). Ordinal plural form: other.',
      }),
  });
}

/** "10th meeting", or the meeting's title, or "Meeting of 23 January 2015". */
export function meetingName(meeting: Meeting, defaultLanguage: string): string {
  if (meeting.number !== undefined) {
    const number = ordinal(meeting.number);
    return msg(str`${number} meeting`, {
      id: 'timeline.meeting.numbered',
      desc: 'Name of one meeting by its ordinal number, e.g. "9th meeting" ({0} is the ordinal: "9th").',
    });
  }
  if (meeting.title !== undefined)
    return resolveText(meeting.title, [renderingLanguage()], defaultLanguage).text;
  const date = formatDate(meeting.date);
  return msg(str`Meeting of ${date}`, {
    id: 'timeline.meeting.dated',
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
        id: 'timeline.meetings.zero',
        desc: 'Name of a group of meetings that reported together, e.g. "10th and 11th meetings" ({0}: the ordinals joined, "10th and 11th"). Plural form: zero.',
      }),
    one: () =>
      msg(str`${list} meetings`, {
        id: 'timeline.meetings.one',
        desc: 'Name of a group of meetings that reported together ({0}: the ordinals joined). Plural form: one.',
      }),
    two: () =>
      msg(str`${list} meetings`, {
        id: 'timeline.meetings.two',
        desc: 'Name of a group of meetings that reported together, e.g. "10th and 11th meetings" ({0}: the ordinals joined, "10th and 11th"). Plural form: two.',
      }),
    few: () =>
      msg(str`${list} meetings`, {
        id: 'timeline.meetings.few',
        desc: 'Name of a group of meetings that reported together, e.g. "9th, 10th and 11th meetings" ({0}: the ordinals joined). Plural form: few.',
      }),
    many: () =>
      msg(str`${list} meetings`, {
        id: 'timeline.meetings.many',
        desc: 'Name of a group of meetings that reported together ({0}: the ordinals joined). Plural form: many.',
      }),
    other: () =>
      msg(str`${list} meetings`, {
        id: 'timeline.meetings.other',
        desc: 'Name of a group of meetings that reported together, e.g. "10th and 11th meetings" ({0}: the ordinals joined). Plural form: other.',
      }),
  });
}

/** "3 outcomes": how many outcomes a meeting group shows. */
export function outcomeCount(count: number): string {
  const n = formatNumber(count);
  return plural(count, {
    zero: () =>
      msg(str`${n} outcomes`, {
        id: 'timeline.outcomes.zero',
        desc: 'How many outcomes (recommendations, decisions, actions) a meeting group shows. Plural form: zero.',
      }),
    one: () =>
      msg(str`${n} outcome`, {
        id: 'timeline.outcomes.one',
        desc: 'How many outcomes (recommendations, decisions, actions) a meeting group shows. Plural form: one.',
      }),
    two: () =>
      msg(str`${n} outcomes`, {
        id: 'timeline.outcomes.two',
        desc: 'How many outcomes (recommendations, decisions, actions) a meeting group shows. Plural form: two.',
      }),
    few: () =>
      msg(str`${n} outcomes`, {
        id: 'timeline.outcomes.few',
        desc: 'How many outcomes (recommendations, decisions, actions) a meeting group shows. Plural form: few.',
      }),
    many: () =>
      msg(str`${n} outcomes`, {
        id: 'timeline.outcomes.many',
        desc: 'How many outcomes (recommendations, decisions, actions) a meeting group shows. Plural form: many.',
      }),
    other: () =>
      msg(str`${n} outcomes`, {
        id: 'timeline.outcomes.other',
        desc: 'How many outcomes (recommendations, decisions, actions) a meeting group shows. Plural form: other.',
      }),
  });
}

/** "Showing 19 outcomes": the announced result count (never zero: see {@link noMatch}). */
export function shownCount(count: number): string {
  const n = formatNumber(count);
  return plural(count, {
    zero: () =>
      msg(str`Showing ${n} outcomes`, {
        id: 'timeline.shown.zero',
        desc: 'Announced result count: how many outcomes the timeline shows after the filters. Plural form: zero.',
      }),
    one: () =>
      msg(str`Showing ${n} outcome`, {
        id: 'timeline.shown.one',
        desc: 'Announced result count: how many outcomes the timeline shows after the filters. Plural form: one.',
      }),
    two: () =>
      msg(str`Showing ${n} outcomes`, {
        id: 'timeline.shown.two',
        desc: 'Announced result count: how many outcomes the timeline shows after the filters. Plural form: two.',
      }),
    few: () =>
      msg(str`Showing ${n} outcomes`, {
        id: 'timeline.shown.few',
        desc: 'Announced result count: how many outcomes the timeline shows after the filters. Plural form: few.',
      }),
    many: () =>
      msg(str`Showing ${n} outcomes`, {
        id: 'timeline.shown.many',
        desc: 'Announced result count: how many outcomes the timeline shows after the filters. Plural form: many.',
      }),
    other: () =>
      msg(str`Showing ${n} outcomes`, {
        id: 'timeline.shown.other',
        desc: 'Announced result count: how many outcomes the timeline shows after the filters. Plural form: other.',
      }),
  });
}

/** Announced when the filters leave nothing. */
export function noMatch(): string {
  return msg('No outcome matches these filters.', {
    id: 'timeline.empty.filters',
    desc: 'Shown and announced when the topic and kind filters leave no outcome.',
  });
}
