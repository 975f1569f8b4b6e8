/**
 * A check of free-text answers for an e-mail address or a phone number, before they are sent:
 * a young person is warned and may remove it or send anyway (nothing is blocked or altered).
 * Full-width characters and Arabic-Indic or Persian digits are read as their ASCII forms.
 */
import type { Question } from '../../feed/model.js';
import type { AnswerValue } from './answers.js';

/** What a text seems to contain. */
export type PersonalDetail = 'email' | 'phone';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** A run of digits with the separators phone numbers are written with. */
const PHONE_LIKE = /(?:\+|\b00)?\d(?:[\d\s().\-/]*\d)?/g;
/** Two years ("2016-2017"), a date ("2026-11-28", "28.11.2026") or a time: not a phone number. */
const NOT_A_PHONE =
  /^(?:(?:19|20)\d\d\s*[-/]\s*(?:19|20)\d\d|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;

/** The text with full-width forms and non-ASCII decimal digits made ASCII. */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
}

/** Whether `text` holds something that looks like a phone number: 7 to 15 digits in one run. */
function hasPhone(text: string): boolean {
  for (const [candidate] of text.matchAll(PHONE_LIKE)) {
    const digits = candidate.replace(/\D/g, '').length;
    if (digits >= 7 && digits <= 15 && !NOT_A_PHONE.test(candidate.trim())) return true;
  }
  return false;
}

/** The personal details `text` seems to contain (an e-mail address, a phone number), if any. */
export function personalDetailsIn(text: string): PersonalDetail[] {
  const normalized = normalize(text);
  const found: PersonalDetail[] = [];
  const withoutEmails = normalized.replace(EMAIL, ' ');
  if (withoutEmails !== normalized) found.push('email');
  if (hasPhone(withoutEmails)) found.push('phone');
  return found;
}

/** The shown free-text questions whose answers seem to hold an e-mail address or a phone number. */
export function questionsWithPersonalDetails(
  questions: readonly Question[],
  answers: Readonly<Record<string, AnswerValue>>,
  visible: ReadonlySet<string>,
): Question[] {
  return questions.filter((question) => {
    const value = answers[question.id];
    return (
      (question.type === 'text' || question.type === 'long-text') &&
      visible.has(question.id) &&
      typeof value === 'string' &&
      personalDetailsIn(value).length > 0
    );
  });
}
