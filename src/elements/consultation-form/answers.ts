/**
 * Answers as the form holds them, and as they are sent (CONTRACT §3, §5): which questions are
 * shown (`showIf`), which count as answered, the `answers` object of the request body, and the
 * checking of answers read back from a draft.
 */
import type { Question } from '../../feed/model.js';

/** What a control holds: radio/select → string, checkboxes → string[], scale → number, consent → boolean. */
export type AnswerValue = string | string[] | number | boolean;

/** The form's answers by question id, including those of hidden questions (kept, never sent). */
export type Answers = Readonly<Record<string, AnswerValue>>;

/** An answer as sent: single/age-band/text → string, multiple → string[], scale → number, consent → true. */
export type SentValue = string | string[] | number | true;

const matches = (value: AnswerValue | undefined, wanted: string | number | boolean): boolean =>
  Array.isArray(value)
    ? value.includes(String(wanted))
    : value !== undefined && value !== '' && String(value) === String(wanted);

/**
 * The ids of the questions shown for `answers`: a question with `showIf` is shown when the
 * question it names is shown and its answer equals the value (or one of `in`); a multiple-choice
 * answer matches when it includes the value. `showIf` always names an earlier question (the feed
 * validator sees to it), so one pass in order is enough.
 */
export function visibleQuestions(questions: readonly Question[], answers: Answers): Set<string> {
  const shown = new Set<string>();
  for (const question of questions) {
    const { showIf } = question;
    if (showIf) {
      if (!shown.has(showIf.question)) continue;
      const value = answers[showIf.question];
      const wanted = 'in' in showIf ? showIf.in : [showIf.equals];
      if (!wanted.some((w) => matches(value, w))) continue;
    }
    shown.add(question.id);
  }
  return shown;
}

/** The answer to send for `question`, or `undefined` when it is unanswered (or a section). */
export function sentValue(question: Question, value: AnswerValue | undefined): SentValue | undefined {
  switch (question.type) {
    case 'section':
      return undefined;
    case 'consent':
      return value === true ? true : undefined;
    case 'multiple':
      return Array.isArray(value) && value.length > 0 ? [...value] : undefined;
    case 'scale':
      return typeof value === 'number' ? value : undefined;
    case 'text':
    case 'long-text': {
      const text = typeof value === 'string' ? value.trim() : '';
      return text === '' ? undefined : text;
    }
    default:
      return typeof value === 'string' && value !== '' ? value : undefined;
  }
}

/**
 * The `answers` of the request body: every shown question that is answered. Sections,
 * unanswered optional questions, hidden questions and an unchecked consent are left out.
 */
export function collectAnswers(questions: readonly Question[], answers: Answers): Record<string, SentValue> {
  const shown = visibleQuestions(questions, answers);
  const collected: Record<string, SentValue> = {};
  for (const question of questions) {
    if (!shown.has(question.id)) continue;
    const value = sentValue(question, answers[question.id]);
    if (value !== undefined) collected[question.id] = value;
  }
  return collected;
}

/**
 * Answers read back from storage (a draft, or a queued response), kept only where they fit the
 * consultation as it is now: known questions, values of the right type, options that exist,
 * scale values within bounds. Anything else is dropped silently.
 */
export function checkedAnswers(questions: readonly Question[], raw: unknown): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return answers;
  const source = raw as Record<string, unknown>;
  for (const question of questions) {
    if (!Object.hasOwn(source, question.id)) continue;
    const value = source[question.id];
    switch (question.type) {
      case 'single':
      case 'age-band':
        if (typeof value === 'string' && question.options.some((o) => o.value === value))
          answers[question.id] = value;
        break;
      case 'multiple':
        if (Array.isArray(value)) {
          const known = question.options.map((o) => o.value).filter((v) => value.includes(v));
          if (known.length > 0) answers[question.id] = known;
        }
        break;
      case 'text':
      case 'long-text':
        if (typeof value === 'string') answers[question.id] = value;
        break;
      case 'scale':
        if (Number.isInteger(value) && (value as number) >= question.min && (value as number) <= question.max)
          answers[question.id] = value as number;
        break;
      case 'consent':
        if (value === true) answers[question.id] = true;
        break;
      default:
        break;
    }
  }
  return answers;
}
