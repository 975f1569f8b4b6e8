/**
 * The form's messages that carry a count, in every plural form a language needs (Arabic six,
 * Russian four, Chinese one): the character counter, and "choose up to n" in the error about
 * too many ticked boxes.
 */
import { formatNumber } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import { plural } from '../../i18n/plural.js';

/** "120 characters left" under a text field with `maxLength`. */
export function charactersLeft(count: number): string {
  const n = formatNumber(count);
  return plural(count, {
    zero: () =>
      msg(str`${n} characters left`, {
        id: 'form.counter.left.zero',
        desc: 'Counter under a text field: characters the answer may still have. Plural form: zero.',
      }),
    one: () =>
      msg(str`${n} character left`, {
        id: 'form.counter.left.one',
        desc: 'Counter under a text field: characters the answer may still have. Plural form: one.',
      }),
    two: () =>
      msg(str`${n} characters left`, {
        id: 'form.counter.left.two',
        desc: 'Counter under a text field: characters the answer may still have. Plural form: two.',
      }),
    few: () =>
      msg(str`${n} characters left`, {
        id: 'form.counter.left.few',
        desc: 'Counter under a text field: characters the answer may still have. Plural form: few.',
      }),
    many: () =>
      msg(str`${n} characters left`, {
        id: 'form.counter.left.many',
        desc: 'Counter under a text field: characters the answer may still have. Plural form: many.',
      }),
    other: () =>
      msg(str`${n} characters left`, {
        id: 'form.counter.left.other',
        desc: 'Counter under a text field: characters the answer may still have. Plural form: other.',
      }),
  });
}

/** "12 characters too many" when an answer is longer than `maxLength`. */
export function charactersOver(count: number): string {
  const n = formatNumber(count);
  return plural(count, {
    zero: () =>
      msg(str`${n} characters too many`, {
        id: 'form.counter.over.zero',
        desc: 'Counter under a text field: the answer is longer than allowed by this many characters. Plural form: zero.',
      }),
    one: () =>
      msg(str`${n} character too many`, {
        id: 'form.counter.over.one',
        desc: 'Counter under a text field: the answer is longer than allowed by this many characters. Plural form: one.',
      }),
    two: () =>
      msg(str`${n} characters too many`, {
        id: 'form.counter.over.two',
        desc: 'Counter under a text field: the answer is longer than allowed by this many characters. Plural form: two.',
      }),
    few: () =>
      msg(str`${n} characters too many`, {
        id: 'form.counter.over.few',
        desc: 'Counter under a text field: the answer is longer than allowed by this many characters. Plural form: few.',
      }),
    many: () =>
      msg(str`${n} characters too many`, {
        id: 'form.counter.over.many',
        desc: 'Counter under a text field: the answer is longer than allowed by this many characters. Plural form: many.',
      }),
    other: () =>
      msg(str`${n} characters too many`, {
        id: 'form.counter.over.other',
        desc: 'Counter under a text field: the answer is longer than allowed by this many characters. Plural form: other.',
      }),
  });
}

/** "Choose up to 3 answers.", for a checkbox group with `maxChoices`. */
export function chooseUpTo(count: number): string {
  const n = formatNumber(count);
  return plural(count, {
    zero: () =>
      msg(str`Choose up to ${n} answers.`, {
        id: 'form.choices.max.zero',
        desc: 'Hint of a checkbox group: the most answers a person may tick. Plural form: zero.',
      }),
    one: () =>
      msg(str`Choose up to ${n} answer.`, {
        id: 'form.choices.max.one',
        desc: 'Hint of a checkbox group: the most answers a person may tick. Plural form: one.',
      }),
    two: () =>
      msg(str`Choose up to ${n} answers.`, {
        id: 'form.choices.max.two',
        desc: 'Hint of a checkbox group: the most answers a person may tick. Plural form: two.',
      }),
    few: () =>
      msg(str`Choose up to ${n} answers.`, {
        id: 'form.choices.max.few',
        desc: 'Hint of a checkbox group: the most answers a person may tick. Plural form: few.',
      }),
    many: () =>
      msg(str`Choose up to ${n} answers.`, {
        id: 'form.choices.max.many',
        desc: 'Hint of a checkbox group: the most answers a person may tick. Plural form: many.',
      }),
    other: () =>
      msg(str`Choose up to ${n} answers.`, {
        id: 'form.choices.max.other',
        desc: 'Hint of a checkbox group: the most answers a person may tick. Plural form: other.',
      }),
  });
}
