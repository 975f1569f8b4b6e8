/**
 * Checking a response's answers against its consultation, server side, with the form's own rules
 * (one copy, browser and server): which questions are shown (`showIf`) and the problems the form checks (required, `maxLength`, `maxChoices`, scale
 * bounds), worded by the form's translated messages. On top of those, what only a server sees:
 * an unknown question, a value of the wrong kind or an option that does not exist, and an
 * answer to a question the other answers hide.
 */
import type { Question } from '../../src/feed/model.js';
import { type AnswerValue, visibleQuestions } from '../../src/elements/consultation-form/answers.js';
import { questionsWithPersonalDetails } from '../../src/elements/consultation-form/pii.js';
import {
  hiddenQuestion,
  notAChoice,
  unknownQuestion,
} from '../../src/elements/consultation-form/receiver-messages.js';
import { problemMessage, validate } from '../../src/elements/consultation-form/validation.js';
import { type Language, LANGUAGES } from '../../src/i18n/language.js';
import { inLanguage, loadLanguage } from '../../src/i18n/msg.js';

/** Loads the form's messages in the six languages (once, at start). */
export async function loadMessages(): Promise<void> {
  await Promise.all(LANGUAGES.map((language) => loadLanguage(language)));
}

/** Whether `value` is an answer of the kind `question` takes, with options that exist. */
function wellFormed(question: Question, value: unknown): value is AnswerValue {
  switch (question.type) {
    case 'single':
    case 'age-band':
      return typeof value === 'string' && question.options.some((o) => o.value === value);
    case 'multiple':
      return (
        Array.isArray(value) &&
        value.length > 0 &&
        new Set(value).size === value.length &&
        value.every((v) => typeof v === 'string' && question.options.some((o) => o.value === v))
      );
    case 'text':
    case 'long-text':
      return typeof value === 'string' && value.trim() !== '';
    case 'scale':
      // Out of bounds or not whole: the form's `out-of-range` problem, worded below.
      return typeof value === 'number';
    case 'consent':
      return value === true;
    default:
      return false;
  }
}

/** Whether `value` picks something, but not among `question`'s options ("not one of the choices"). */
const offersChoices = (question: Question, value: unknown): boolean =>
  'options' in question && (typeof value === 'string' || (Array.isArray(value) && value.length > 0));

export interface Checked {
  /** Messages by question id, in the response's language; empty when the answers are allowed. */
  errors: Record<string, string>;
  /** Whether a shown free-text answer looks like it holds an e-mail address or a phone number. */
  personalData: boolean;
}

/** Checks `answers` (the body's object) against `questions`, wording problems in `language`. */
export function checkAnswers(
  questions: readonly Question[],
  answers: Readonly<Record<string, unknown>>,
  language: Language,
): Checked {
  return inLanguage(language, () => {
    const errors: Record<string, string> = {};
    const byId = new Map(questions.map((q) => [q.id, q]));
    const values: Record<string, AnswerValue> = {};
    for (const [id, value] of Object.entries(answers)) {
      const question = byId.get(id);
      if (question === undefined || question.type === 'section') errors[id] = unknownQuestion();
      else if (!wellFormed(question, value))
        errors[id] = offersChoices(question, value)
          ? notAChoice()
          : problemMessage(question, { code: 'required' });
      else values[id] = value;
    }
    const shown = visibleQuestions(questions, values);
    for (const id of Object.keys(values)) if (!shown.has(id)) errors[id] = hiddenQuestion();
    for (const [id, problem] of validate(questions, values))
      errors[id] ??= problemMessage(byId.get(id)!, problem);
    const personalData = questionsWithPersonalDetails(questions, values, shown).length > 0;
    return { errors, personalData };
  });
}
