/**
 * The timeline's words: kinds and counts in every plural form (meeting names are shared:
 * internal/meeting-names.ts). Call them while the element renders (or inside `inLanguage`), so that `msg()`
 * answers in the element's language.
 */
import { formatNumber } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import { plural } from '../../i18n/plural.js';
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
