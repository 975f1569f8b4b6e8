// The axe matrix of <cop-consultation-form>, part 2 (WCAG 2.2 A and AA, issue 10): sending and
// its outcomes, the members' audience, a closed and a not-yet-open consultation — in each of the
// six languages, one `it` per case, generated from the table below (tests/helpers/axe.ts).
// Part 1, questions, answers and notices: a11y-axe-form.test.ts.
import type { CopConsultationForm } from '../src/elements/consultation-form/define.js';
import type { Language } from '../src/i18n/language.js';
import { newKey, setOffline, stored, useFastRetries } from './consultation-form-helpers.js';
import { type AxeTable, part, runMatrix, until } from './helpers/axe.js';
import {
  FORM,
  MEMBERS,
  YOUTH,
  afterCase,
  answerAll,
  consultationFeed,
  formHooks,
  send,
  shift,
  showForm,
} from './helpers/axe-form.js';

/**
 * A form of the real consultation `source` sending to the scripted test endpoint (see
 * tests/server/routes/consultation.mjs), its required questions answered and sent.
 */
async function sent(
  lang: Language,
  script: string,
  source = YOUTH,
  change?: Parameters<typeof consultationFeed>[1],
) {
  const key = newKey();
  const { feed, consultation } = await consultationFeed(source, change);
  const form = await showForm(lang, feed, { endpoint: `/test-consultation/${script}/${key}` });
  await answerAll(form, consultation, lang, 'required');
  await send(form);
  return { form, key };
}

const submit = (form: CopConsultationForm) => part<HTMLButtonElement>(form, '[part~="submit-button"]');
const clear = (form: CopConsultationForm) => part<HTMLButtonElement>(form, '[part~="clear-button"]');

const table: AxeTable = {
  element: FORM,
  states: [
    {
      // Not `hang`: a response still on its way when the case ends keeps its connection, and
      // Chromium opens at most six per host; this one is answered soon after.
      state: 'sending (a slow endpoint)',
      arrange: async (lang) => {
        const { form } = await sent(lang, 'slow:2500');
        await until(() => clear(form).disabled, 'the sending state');
        return form;
      },
      held: (form) => clear(form as CopConsultationForm).disabled,
    },
    {
      state: 'waiting to retry after a server error',
      arrange: async (lang) => {
        afterCase(useFastRetries({ baseDelay: 60_000 }));
        const { form, key } = await sent(lang, '503');
        await until(async () => (await stored(key)).requests === 1, 'the first attempt');
        await until(() => !clear(form).disabled && submit(form).ariaDisabled === 'true', 'waiting');
        return form;
      },
    },
    {
      state: 'offline, kept on this device',
      arrange: async (lang) => {
        afterCase(() => setOffline(false));
        await setOffline(true);
        await until(() => !navigator.onLine, 'offline');
        const { form, key } = await sent(lang, '201');
        await until(() => submit(form).ariaDisabled === 'true', 'the offline state');
        if ((await stored(key)).requests !== 0) throw new Error('sent while offline');
        return form;
      },
    },
    {
      state: 'failed, "Try again" offered',
      arrange: async (lang) => {
        afterCase(useFastRetries({ attempts: 1 }));
        const { form } = await sent(lang, '503');
        await until(() => form.shadowRoot!.querySelector('[part~="try-again-button"]'), 'try again');
        return form;
      },
    },
    {
      state: 'refused by the endpoint (422 at a question)',
      arrange: async (lang) => {
        const { form } = await sent(lang, '422:age');
        await until(
          () => form.shadowRoot!.querySelector('[part~="field-error"]'),
          'the refusal at its question',
        );
        return form;
      },
    },
    {
      state: 'cannot be received from this page (404)',
      arrange: async (lang) => {
        const { form } = await sent(lang, '404');
        await until(() => form.shadowRoot!.querySelector('[part~="submit-status"] p'), 'the status');
        return form;
      },
    },
    {
      // The real consultation's contact: the group's page, a link to a new tab.
      state: 'sent: receipt with its contact page (youth)',
      arrange: async (lang) => {
        const { form } = await sent(lang, '201');
        await until(() => form.shadowRoot!.querySelector('[part~="receipt"]'), 'the receipt');
        part(form, '[part~="receipt"] [part~="contact-link"][target="_blank"]');
        return form;
      },
    },
    {
      state: 'sent: receipt with an e-mail contact (youth)',
      arrange: async (lang) => {
        const { form } = await sent(lang, '201', YOUTH, (consultation) => {
          consultation['contact'] = 'mailto:cwg-cop-answers@example.org';
        });
        await until(() => form.shadowRoot!.querySelector('[part~="receipt"]'), 'the receipt');
        part(form, '[part~="receipt"] [part~="contact-link"][href^="mailto:"]');
        return form;
      },
    },
    {
      state: 'sent: receipt and "Send another response" (members)',
      arrange: async (lang) => {
        const { form } = await sent(lang, '201', MEMBERS);
        await until(() => form.shadowRoot!.querySelector('[part~="another-button"]'), 'the receipt');
        return form;
      },
    },
    {
      state: "members' comments on a draft, open",
      arrange: async (lang) => {
        const { feed } = await consultationFeed(MEMBERS);
        const form = await showForm(lang, feed);
        part(form, '[part~="document-link"]');
        part(form, '[part~="form"]');
        return form;
      },
    },
    {
      state: 'closed',
      arrange: async (lang) => {
        const { feed } = await consultationFeed(YOUTH, (consultation) => shift(consultation, -10));
        const form = await showForm(lang, feed);
        part(form, '[part~="unavailable"]');
        return form;
      },
    },
    {
      state: 'not yet open',
      arrange: async (lang) => {
        const { feed } = await consultationFeed(YOUTH, (consultation) => shift(consultation, 3));
        const form = await showForm(lang, feed);
        part(form, '[part~="unavailable"]');
        return form;
      },
    },
  ],
};

runMatrix(table, formHooks);
