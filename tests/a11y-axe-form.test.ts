// The axe matrix of <cop-consultation-form>, part 1 (WCAG 2.2 A and AA, issue 10): the feed
// states, each question type alone, answers, errors and notices — in each of the six languages,
// one `it` per case, generated from the table below (tests/helpers/axe.ts). Part 2, sending and
// its outcomes, audiences and dates: a11y-axe-form-submit.test.ts.
import type { Language } from '../src/i18n/language.js';
import { $$, allTypes, control, tick, typeInto } from './consultation-form-helpers.js';
import {
  type AxeState,
  type AxeTable,
  cwgCopFeed,
  fresh,
  mount,
  part,
  runMatrix,
  stillLoading,
  until,
} from './helpers/axe.js';
import {
  FORM,
  typed,
  YOUTH,
  answerAll,
  consultationFeed,
  formHooks,
  indexOf,
  send,
  showForm,
} from './helpers/axe-form.js';

/** Every question type, as the form's own tests list them. */
const QUESTION_TYPES = [...new Set(allTypes().map((question) => question.type))];

/** The real youth consultation reduced to its first question of `type`, always shown. */
const oneQuestion = (type: string): AxeState => ({
  state: `question type: ${type}`,
  arrange: async (lang) => {
    const { feed } = await consultationFeed(YOUTH, (consultation) => {
      const question = consultation.questions.find((q) => q.type === type);
      if (!question) throw new Error(`the real consultation has no ${type} question`);
      delete question['showIf'];
      consultation.questions = [question];
    });
    const form = await showForm(lang, feed);
    part(form, type === 'section' ? '[part~="section"]' : '#q0-control');
    return form;
  },
});

/** The real youth consultation with every question required, sent unanswered: all errors show. */
async function unanswered(lang: Language) {
  const { feed, consultation } = await consultationFeed(YOUTH, ({ questions }) =>
    questions.filter((q) => q.type !== 'section').forEach((q) => (q['required'] = true)),
  );
  const form = await showForm(lang, feed);
  await send(form);
  part(form, '[part~="error-summary"]');
  const shown = consultation.questions.filter((q) => q.type !== 'section' && !q['showIf']).length;
  await until(() => $$(form, '[part~="field-error"]').length === shown, 'an error at every question');
  return form;
}

const table: AxeTable = {
  element: FORM,
  states: [
    {
      state: 'loading (slow feed, pending)',
      arrange: (lang) => mount(FORM, lang, { src: fresh('/test-feed/slow/5000') }, 'loading'),
      held: stillLoading,
    },
    {
      state: 'feed error (invalid JSON)',
      arrange: async (lang) => {
        const form = await mount(FORM, lang, { src: fresh('/test-feed/invalid-json') }, 'failed');
        part(form, '[part="retry-button"]');
        return form;
      },
    },
    {
      state: 'no consultation in the feed',
      arrange: async (lang) => {
        const feed = await cwgCopFeed();
        feed['consultations'] = [];
        const form = await showForm(lang, feed);
        part(form, '[part~="unavailable"]');
        return form;
      },
    },
    ...QUESTION_TYPES.map(oneQuestion),
    {
      state: 'every question answered',
      arrange: async (lang) => {
        const { feed, consultation } = await consultationFeed();
        const form = await showForm(lang, feed);
        await answerAll(form, consultation, lang);
        control(form, indexOf(consultation, 'heard-other')); // revealed by "other"
        return form;
      },
    },
    {
      state: 'answers over their limits',
      arrange: async (lang) => {
        const { feed, consultation } = await consultationFeed();
        const form = await showForm(lang, feed);
        const nextTopic = indexOf(consultation, 'next-topic');
        await typeInto(form, control(form, nextTopic), typed(lang).repeat(20));
        const channels = indexOf(consultation, 'channels');
        for (const n of [0, 1, 2, 3]) await tick(form, control(form, channels, n));
        await until(() => $$(form, '.counter.over').length === 2, 'both counters over their limit');
        return form;
      },
    },
    {
      state: 'validation errors on every question (sent unanswered)',
      arrange: (lang) => unanswered(lang),
    },
    {
      state: 'personal data warning',
      arrange: async (lang) => {
        const { feed, consultation } = await consultationFeed();
        const form = await showForm(lang, feed);
        await answerAll(form, consultation, lang, 'required');
        const nextTopic = control(form, indexOf(consultation, 'next-topic'));
        await typeInto(form, nextTopic, 'Write to me: ana.perez@example.org');
        await send(form);
        await until(() => form.shadowRoot!.querySelector('[part~="personal-data-warning"]'), 'the warning');
        return form;
      },
    },
    {
      state: '"Not now" chosen',
      arrange: async (lang) => {
        const { feed } = await consultationFeed();
        const form = await showForm(lang, feed);
        part(form, '[part~="not-now-button"]').click();
        await until(() => form.shadowRoot!.querySelector('[part~="declined"]'), 'the "Not now" note');
        return form;
      },
    },
    {
      state: 'answers cleared',
      arrange: async (lang) => {
        const { feed, consultation } = await consultationFeed();
        const form = await showForm(lang, feed);
        await answerAll(form, consultation, lang, 'required');
        part(form, '[part~="clear-button"]').click();
        await until(
          () => !control<HTMLInputElement>(form, indexOf(consultation, 'consent')).checked,
          'cleared',
        );
        return form;
      },
    },
    {
      state: 'draft restored',
      arrange: async (lang) => {
        const { feed, consultation } = await consultationFeed();
        const answers = { age: '13-15', heard: 'school', interest: 4 };
        localStorage.setItem(
          `cop-widgets:draft:${consultation.id}`,
          JSON.stringify({ savedAt: Date.now(), answers }),
        );
        const form = await showForm(lang, feed);
        part(form, '[part~="restored"]');
        return form;
      },
    },
  ],
};

runMatrix(table, formHooks);
