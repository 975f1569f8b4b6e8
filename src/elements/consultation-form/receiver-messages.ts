/**
 * What only an endpoint can find wrong with a response's answers (the form cannot send these),
 * worded for the person in the six languages: the reference receiver (`receiver/`) answers them
 * in its 422 `errors`. The form's own problems are in validation.ts.
 */
import { msg } from '../../i18n/msg.js';

/** An answer to a question the consultation does not have. */
export const unknownQuestion = () =>
  msg('This consultation has no such question.', {
    id: 'form.error.unknown-question',
    desc: 'Endpoint error at an answer whose question is not in the consultation (e.g. from an old copy of the form).',
  });

/** An answer to a question that the other answers hide (`showIf`). */
export const hiddenQuestion = () =>
  msg('This question is not asked with your other answers.', {
    id: 'form.error.hidden',
    desc: 'Endpoint error at an answer to a question that is only asked after certain other answers, which were not given.',
  });

/** A choice that is not one of the question's options. */
export const notAChoice = () =>
  msg('This answer is not one of the choices.', {
    id: 'form.error.not-a-choice',
    desc: 'Endpoint error at a choice question whose answer is not one of its options.',
  });
