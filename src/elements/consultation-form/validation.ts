/**
 * Checking answers before they are sent: required, `maxLength`, `maxChoices`, scale bounds
 * (CONTRACT §3). Hidden questions and sections are never checked. A problem is a code with its
 * numbers, turned into words only when rendered, so switching language re-words the errors.
 */
import type { Question } from '../../feed/model.js';
import { formatNumber } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import { type Answers, sentValue, visibleQuestions } from './answers.js';
import { charactersOver, chooseUpTo } from './messages.js';

/** What is wrong with one answer. `server` is a message the endpoint gave for the field (400/422). */
export type Problem =
  | { code: 'required' }
  | { code: 'too-long'; over: number }
  | { code: 'too-many'; max: number }
  | { code: 'out-of-range'; min: number; max: number }
  | { code: 'server'; message: string };

/**
 * The length of a text answer as `maxLength` counts it: in Unicode code points, so an emoji or a
 * rare Chinese character counts once (not as two UTF-16 units).
 */
export function textLength(text: string): number {
  return Array.from(text).length;
}

/** The problem of one shown question's answer, if any. */
export function problemOf(question: Question, answers: Answers): Problem | undefined {
  const value = answers[question.id];
  if (question.type === 'section') return undefined;
  if (question.required && sentValue(question, value) === undefined) return { code: 'required' };
  switch (question.type) {
    case 'text':
    case 'long-text': {
      const length = typeof value === 'string' ? textLength(value.trim()) : 0;
      if (question.maxLength !== undefined && length > question.maxLength)
        return { code: 'too-long', over: length - question.maxLength };
      return undefined;
    }
    case 'multiple':
      if (question.maxChoices !== undefined && Array.isArray(value) && value.length > question.maxChoices)
        return { code: 'too-many', max: question.maxChoices };
      return undefined;
    case 'scale':
      if (
        value !== undefined &&
        (typeof value !== 'number' ||
          !Number.isInteger(value) ||
          value < question.min ||
          value > question.max)
      )
        return { code: 'out-of-range', min: question.min, max: question.max };
      return undefined;
    default:
      return undefined;
  }
}

/** The problems of every shown question, in question order, by question id. */
export function validate(questions: readonly Question[], answers: Answers): Map<string, Problem> {
  const shown = visibleQuestions(questions, answers);
  const problems = new Map<string, Problem>();
  for (const question of questions) {
    if (!shown.has(question.id)) continue;
    const problem = problemOf(question, answers);
    if (problem) problems.set(question.id, problem);
  }
  return problems;
}

/** The words for `problem` of `question`, in the language being rendered. */
export function problemMessage(question: Question, problem: Problem): string {
  switch (problem.code) {
    case 'server':
      return problem.message;
    case 'too-long':
      return msg(str`Your answer is too long: ${charactersOver(problem.over)}.`, {
        id: 'form.error.too-long',
        desc: 'Error under a text field longer than allowed. The placeholder is e.g. "12 characters too many".',
      });
    case 'too-many':
      return msg(str`You chose too many answers. ${chooseUpTo(problem.max)}`, {
        id: 'form.error.too-many',
        desc: 'Error under a checkbox group with too many ticks. The placeholder is e.g. "Choose up to 3 answers."',
      });
    case 'out-of-range':
      return msg(str`Choose a number from ${formatNumber(problem.min)} to ${formatNumber(problem.max)}.`, {
        id: 'form.error.out-of-range',
        desc: 'Error on a rating scale whose value is outside its bounds.',
      });
    case 'required':
      switch (question.type) {
        case 'consent':
          return msg('Tick this box if you agree. Your answers can only be sent with your agreement.', {
            id: 'form.error.consent',
            desc: 'Error on a required consent checkbox left unticked. Calm, no pressure: the person may choose not to agree.',
          });
        case 'multiple':
          return msg('Choose at least one answer.', {
            id: 'form.error.choose-some',
            desc: 'Error on a required checkbox group with nothing ticked.',
          });
        case 'single':
        case 'scale':
        case 'age-band':
          return msg('Choose an answer.', {
            id: 'form.error.choose-one',
            desc: 'Error on a required radio group, rating scale or drop-down with nothing chosen.',
          });
        default:
          return msg('Write an answer.', {
            id: 'form.error.write',
            desc: 'Error on a required text field left empty.',
          });
      }
  }
}
