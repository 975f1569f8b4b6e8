/**
 * A consultation's questions, read one by one (CONTRACT §3): a bad question is skipped with its
 * issue and the rest of its consultation is kept; then the questions are checked together (ids,
 * personal data asked of the young, `showIf`).
 */
import { type FeedIssue, describe, isRecord } from './issues.js';
import type { Consultation, Question } from './model.js';
import { QUESTION_TYPES } from './vocabulary.js';
import { FAILED, checkQuestion } from './checks.generated.js';
import { refuseItem } from './refusals.js';
import { refusePersonalData } from './youth-privacy.js';

const KNOWN_TYPES: ReadonlySet<unknown> = new Set(QUESTION_TYPES);

/**
 * Reads one question of a consultation (CONTRACT §3): a bad one — not an object, of a type this
 * library does not know, a choice without `options`, a `scale` whose `min` is not below its
 * `max` — is skipped with its issues, and the rest of its consultation is kept.
 */
function readQuestion(raw: unknown, at: string, issues: FeedIssue[]): Question | undefined {
  if (!isRecord(raw)) {
    issues.push({
      pointer: at,
      message: `A question is an object; this is ${describe(raw)}: it is skipped.`,
    });
    return undefined;
  }
  const output = checkQuestion(raw);
  // The feed's own object (nothing needed changing): copied, as valibot would (the form's
  // questions are changed after: an unmet showIf is removed), the feed given staying as it is.
  if (output === raw) return { ...raw } as Question;
  if (output !== FAILED) return output as Question;
  const { id, type } = raw;
  const skipped =
    typeof id === 'string'
      ? `the question ${JSON.stringify(id.slice(0, 80))} is skipped`
      : 'the question is skipped';
  if (typeof type === 'string' && !KNOWN_TYPES.has(type)) {
    issues.push({
      pointer: `${at}/type`,
      message: `Unknown question type ${JSON.stringify(type.slice(0, 40))} (this version of the library knows ${QUESTION_TYPES.join(', ')}): ${skipped}.`,
    });
  } else {
    // What is wrong with it, valibot words later (refusals.ts).
    refuseItem(issues, at, 'question', raw, `: ${skipped}.`);
  }
  return undefined;
}

/**
 * Reads the questions of a kept consultation and checks them together: ids unique, no personal
 * data asked of the young, `showIf` naming an earlier question. A question that is skipped or
 * refused keeps its id taken, and a question whose `showIf` names it is never shown (its condition
 * cannot be met; the form shows a question only after the one it depends on), with an issue.
 * Returns whether any question is left: a consultation without one is dropped.
 */
export function checkQuestions(consultation: Consultation, where: string, issues: FeedIssue[]): boolean {
  const seen = new Set<string>();
  /** The ids of questions skipped or refused. */
  const dropped = new Set<string>();
  const kept: Question[] = [];
  // Still the feed's own values here (ConsultationItemSchema leaves them unread).
  (consultation.questions as unknown[]).forEach((raw, index) => {
    const at = `${where}/questions/${index}`;
    const question = readQuestion(raw, at, issues);
    if (question === undefined) {
      if (isRecord(raw) && typeof raw['id'] === 'string' && !seen.has(raw['id'])) {
        seen.add(raw['id']);
        dropped.add(raw['id']);
      }
      return;
    }
    if (seen.has(question.id)) {
      issues.push({
        pointer: `${at}/id`,
        message: `Duplicate question id "${question.id}"; this one is skipped.`,
      });
      return;
    }
    seen.add(question.id);
    if (refusePersonalData(consultation, question, at, issues)) {
      dropped.add(question.id);
      return;
    }
    const { showIf } = question;
    if (showIf && dropped.has(showIf.question)) {
      issues.push({
        pointer: `${at}/showIf/question`,
        message: `showIf names "${showIf.question}", which is skipped: the question is never shown.`,
      });
    } else if (showIf && (!seen.has(showIf.question) || showIf.question === question.id)) {
      issues.push({
        pointer: `${at}/showIf/question`,
        message: `showIf names "${showIf.question}", which is not an earlier question: the question is always shown.`,
      });
      delete question.showIf;
    }
    kept.push(question);
  });
  consultation.questions = kept;
  if (kept.length === 0) {
    issues.push({ pointer: where, message: 'The consultation has no question left to show; it is skipped.' });
  }
  return kept.length > 0;
}
