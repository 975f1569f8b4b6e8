import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CopConsultationForm } from '../src/elements/consultation-form/define.js';
import { choose, formIn, part, send, tick, type, waitingFor, control } from './support/form.js';
import {
  ENDPOINT,
  FEED,
  ONLY_A_MEETING,
  PARTNER_THEME,
  SLOW_FEED,
  playFeedErrors,
  playLoading,
  renderFeedErrors,
  renderSixLanguages,
  renderThemed,
} from './support/states.js';
const DAY = 24 * 60 * 60 * 1000;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();

/** An inline feed with one consultation holding `questions`. */
function feedWith(questions: object[], overrides: Record<string, unknown> = {}) {
  return {
    version: 1,
    consultations: [
      {
        id: 'story',
        title: {
          en: 'Youth consultation',
          fr: 'Consultation des jeunes',
          ar: 'مشاورة الشباب',
          es: 'Consulta con los jóvenes',
          ru: 'Консультация с молодежью',
          zh: '青年磋商',
        },
        audience: 'youth',
        opens: at(-10 * DAY),
        closes: at(3 * DAY),
        endpoint: ENDPOINT.accept,
        privacy: {
          en: 'We do not ask for your name, email address or date of birth. Your answers are used only anonymously.',
          fr: 'Nous ne te demandons ni ton nom, ni ton adresse électronique, ni ta date de naissance. Tes réponses sont utilisées uniquement de manière anonyme.',
        },
        questions,
        ...overrides,
      },
    ],
  };
}

const options = (...values: [string, string][]) => values.map(([value, label]) => ({ value, label }));

const meta: Meta = {
  title: 'Elements/Consultation form',
  component: 'cop-consultation-form',
  // A docs page per element, from the custom elements manifest (every member described).
  tags: ['autodocs'],
  // Responses go to the local endpoint (stories/public/story-endpoint.js), which accepts them.
  args: { src: FEED, endpoint: ENDPOINT.accept },
  render: (args) =>
    html`<cop-consultation-form
      src=${ifDefined(args['src'])}
      .feed=${args['feed']}
      consultation=${ifDefined(args['consultation'])}
      endpoint=${ifDefined(args['endpoint'])}
      lang=${ifDefined(args['lang'])}
    ></cop-consultation-form>`,
};
export default meta;

type Story = StoryObj;

/** The default feed: its open youth consultation, with every question type, sections and showIf. */
export const Default: Story = {};

/** In Arabic, right to left. */
export const Arabic: Story = { args: { lang: 'ar' } };

/** A consultation that has closed: the closed message, no form. */
export const Closed: Story = { args: { consultation: 'youth-cyberbullying-2016' } };

/** Before opening: "Opens in …", no form. */
export const NotYetOpen: Story = {
  args: {
    src: undefined,
    feed: feedWith([{ id: 'idea', type: 'long-text', label: 'Your idea' }], {
      opens: at(5 * DAY),
      closes: at(40 * DAY),
    }),
  },
};

/** A feed with a draft report and one consultation of members commenting on it. */
function membersFeed(overrides: Record<string, unknown> = {}) {
  return {
    version: 1,
    documents: [
      {
        id: 'draft',
        symbol: 'CWG-COP/DRAFT',
        title: 'Draft report of CWG-COP to Council',
        date: '2026-11-01',
        type: 'report',
        files: [
          { lang: 'en', url: 'https://www.itu.int/en/council/cwg-cop/Pages/default.aspx', format: 'html' },
        ],
      },
    ],
    consultations: [
      {
        id: 'members',
        title: 'Members’ comments on the draft report',
        audience: 'members',
        document: 'draft',
        closes: at(20 * DAY),
        endpoint: ENDPOINT.accept,
        questions: [
          {
            id: 'organization',
            type: 'text',
            label: 'Member State or organization',
            required: true,
            maxLength: 200,
          },
          { id: 'comment', type: 'long-text', label: 'Your comment', required: true, maxLength: 5000 },
        ],
        ...overrides,
      },
    ],
  };
}

/** Members commenting on a draft report, with a link to the document. */
export const MembersComments: Story = { args: { src: undefined, feed: membersFeed() } };

/** `single`: a radio group. */
export const SingleChoice: Story = {
  args: {
    src: undefined,
    feed: feedWith([
      {
        id: 'seen',
        type: 'single',
        label: 'Have you ever seen someone being bullied online?',
        required: true,
        options: options(['yes', 'Yes'], ['no', 'No'], ['not-sure', 'I’m not sure']),
      },
    ]),
  },
};

/** `multiple`: a checkbox group, with `maxChoices`. */
export const MultipleChoice: Story = {
  args: {
    src: undefined,
    feed: feedWith([
      {
        id: 'where',
        type: 'multiple',
        label: 'Where did it happen?',
        maxChoices: 2,
        options: options(
          ['social', 'Social media'],
          ['games', 'Online games'],
          ['messaging', 'Messaging apps'],
        ),
      },
    ]),
  },
};

/** `text`: one line, with `maxLength` and its counter. */
export const ShortText: Story = {
  args: {
    src: undefined,
    feed: feedWith([
      { id: 'topic', type: 'text', label: 'What should we ask about next time?', maxLength: 120 },
    ]),
  },
};

/** `long-text`: several lines, with help and a counter. */
export const LongText: Story = {
  args: {
    src: undefined,
    feed: feedWith([
      {
        id: 'idea',
        type: 'long-text',
        label: 'What would make more young people answer?',
        help: 'A few words are enough.',
        maxLength: 1000,
      },
    ]),
  },
};

/** `scale`: a 1–5 rating as a radio group, with labels at both ends. */
export const Scale: Story = {
  args: {
    src: undefined,
    feed: feedWith([
      {
        id: 'interest',
        type: 'scale',
        label: 'How much would you like to take part?',
        min: 1,
        max: 5,
        minLabel: 'Not at all',
        maxLabel: 'Very much',
      },
    ]),
  },
};

/** `age-band`: a native select of age ranges (never a birth date). */
export const AgeBand: Story = {
  args: {
    src: undefined,
    feed: feedWith([
      {
        id: 'age',
        type: 'age-band',
        label: 'How old are you?',
        required: true,
        options: options(['9-12', '9 to 12 years'], ['13-15', '13 to 15 years'], ['16-18', '16 to 18 years']),
      },
    ]),
  },
};

/** `consent`: one checkbox, never ticked in advance; "Not now" is as prominent as sending. */
export const Consent: Story = {
  args: {
    src: undefined,
    feed: feedWith([
      {
        id: 'consent',
        type: 'consent',
        label: 'I agree that my answers can be used anonymously.',
        required: true,
      },
    ]),
  },
};

/** `section`: a heading and its text between questions; and a question shown only for one answer (`showIf`). */
export const SectionsAndShowIf: Story = {
  args: {
    src: undefined,
    feed: feedWith([
      { id: 'about', type: 'section', label: 'About you', help: 'We only ask for your age group.' },
      {
        id: 'heard',
        type: 'single',
        label: 'How did you hear about this consultation?',
        options: options(['school', 'At school'], ['other', 'Somewhere else']),
      },
      {
        id: 'heard-other',
        type: 'text',
        label: 'Where did you hear about it?',
        showIf: { question: 'heard', equals: 'other' },
        maxLength: 100,
      },
      { id: 'ideas', type: 'section', label: 'Your ideas' },
      { id: 'idea', type: 'long-text', label: 'Your idea' },
    ]),
  },
};

/** While the feed loads: the status and placeholder lines (the local endpoint answers after 10 s). */
export const Loading: Story = { args: { src: SLOW_FEED }, play: playLoading };

/** A valid feed with no consultation (only a meeting): "There is no consultation to show." */
export const Empty: Story = { args: { src: ONLY_A_MEETING } };

/** A feed that cannot be loaded: the error and a retry button. */
export const FeedError: Story = { args: { src: './feeds/missing.json' } };

/**
 * Every feed error, each from a real response of the local endpoint or a broken fixture feed:
 * `network`, `http`, `timeout` (after 15 s), `too-large`, `invalid-json`, `invalid-feed`. Each
 * form is captioned with its code and the `code` its `cop-error` event carried.
 */
export const Errors: Story = {
  render: () => renderFeedErrors((src) => html`<cop-consultation-form src=${src}></cop-consultation-form>`),
  play: playFeedErrors,
};

/**
 * A partly bad feed: a youth question asking for an e-mail address is dropped, and the notice
 * for feed authors says so.
 */
export const PartlyBadFeed: Story = {
  args: {
    src: undefined,
    feed: feedWith([
      { id: 'email', type: 'text', label: 'Your e-mail address' },
      { id: 'idea', type: 'long-text', label: 'Your idea' },
    ]),
  },
};

/** The default feed's open youth consultation in the six UN languages side by side (Arabic right to left). */
export const SixLanguages: Story = {
  render: () =>
    renderSixLanguages(
      (lang) =>
        html`<cop-consultation-form
          lang=${lang}
          src=${FEED}
          endpoint=${ENDPOINT.accept}
        ></cop-consultation-form>`,
      '36rem',
    ),
};

/**
 * Themed: the dark palette, a partner's accent colour, square corners, denser spacing and its own
 * typeface, through custom properties.
 */
export const Themed: Story = {
  render: () =>
    renderThemed(
      html`<cop-consultation-form
        theme="dark"
        src=${FEED}
        endpoint=${ENDPOINT.accept}
        style=${PARTNER_THEME}
      ></cop-consultation-form>`,
    ),
};

// ── Sending: each story fills the form in its play function, as a person would, and presses
// "Send my answers". Each has its own consultation id; drafts and the outbox are cleared before
// and after every story (.storybook/preview.ts).

/** The questions of the sending stories: the age group (required), an idea, and consent (required). */
const ageIdeaConsent = () => [
  {
    id: 'age',
    type: 'age-band',
    label: 'How old are you?',
    required: true,
    options: options(['9-12', '9 to 12 years'], ['13-15', '13 to 15 years'], ['16-18', '16 to 18 years']),
  },
  { id: 'idea', type: 'long-text', label: 'What would make more young people answer?', maxLength: 120 },
  {
    id: 'consent',
    type: 'consent',
    label: 'I agree that my answers can be used anonymously.',
    required: true,
  },
];
const [AGE, IDEA, CONSENT] = [0, 1, 2];

/** Answers every question of {@link ageIdeaConsent}. */
async function answerAll(form: CopConsultationForm): Promise<void> {
  await choose(form, AGE, '13-15');
  await type(form, IDEA, 'Short videos made by young people, shown at school.');
  await tick(form, CONSENT);
}

/** The error shown at question `index`, if any. */
const $error = (form: CopConsultationForm, index: number) =>
  form.shadowRoot!.querySelector(`#q${index}-error`);

/**
 * Validation errors: "Send my answers" with a required question unanswered, an answer too long
 * and consent not given. The error summary at the top (focused) links to each question, and each
 * question shows its error. Nothing is sent.
 */
export const ValidationErrors: Story = {
  args: { src: undefined, feed: feedWith(ageIdeaConsent(), { id: 'story-validation' }) },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await type(
      form,
      IDEA,
      'Make short videos with young people from every region, show them at school and share them in the apps we use every day, with a link to the questions.',
    );
    await send(form);
    await waitFor(() => expect(part(form, 'error-summary')).toBeTruthy());
    const summary = part(form, 'error-summary')!;
    await expect(summary.querySelectorAll('li')).toHaveLength(3);
    await expect(form.shadowRoot!.querySelectorAll('[part~="field-error"]')).toHaveLength(3);
    await expect(form.shadowRoot!.activeElement).toBe(summary);
    await expect(waitingFor('story-validation')).toHaveLength(0);
  },
};

/**
 * An answer that seems to hold an e-mail address: before anything is sent, a warning asks the
 * young person to remove it (or to send anyway). Nothing is sent.
 */
export const PersonalDataWarning: Story = {
  args: {
    src: undefined,
    feed: feedWith([{ id: 'idea', type: 'long-text', label: 'Your idea', maxLength: 500 }], {
      id: 'story-personal-data',
    }),
  },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await type(form, 0, 'A club after school. Write to me at sam.k@example.org and I will tell you more.');
    await send(form);
    await waitFor(() => expect(part(form, 'personal-data-warning')).toBeTruthy());
    await expect(waitingFor('story-personal-data')).toHaveLength(0);
  },
};

/** "Not now": the young person chooses not to answer; nothing is sent, the answers can be cleared. */
export const NotNow: Story = {
  args: { src: undefined, feed: feedWith(ageIdeaConsent(), { id: 'story-not-now' }) },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    part<HTMLButtonElement>(form, 'not-now-button')!.click();
    await waitFor(() => expect(part(form, 'declined')).toBeTruthy());
    await expect(part(form, 'form')).toBeNull();
  },
};

/**
 * Sent: the endpoint (story-api/responses/accept) checks the request against the contract and
 * answers 201. The form shows the thanks and the receipt code (the first 8 characters of the
 * response's id, as in `cop-submit`), with the consultation's `contact` to send it to for
 * deletion (here an e-mail address: the link's subject quotes the code), and the draft is deleted
 * from this browser.
 */
export const Sent: Story = {
  args: {
    src: undefined,
    feed: feedWith(ageIdeaConsent(), { id: 'story-sent', contact: 'mailto:privacy@example.org' }),
  },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    let submitted: string | undefined;
    form.addEventListener('cop-submit', (event) => (submitted = event.detail.submissionId));
    await answerAll(form);
    await send(form);
    await waitFor(() => expect(part(form, 'receipt')).toBeTruthy(), { timeout: 10_000 });
    await expect(submitted).toMatch(/^[0-9a-f-]{36}$/);
    await expect(part(form, 'receipt-code')?.textContent?.trim()).toBe(submitted?.slice(0, 8));
    const contact = form.shadowRoot!.querySelector('[part~="receipt"] [part~="contact-link"]');
    await expect(contact?.getAttribute('href')).toContain(`receipt%20code%20${submitted?.slice(0, 8)}`);
    await expect(waitingFor('story-sent')).toHaveLength(0);
    await expect(localStorage.getItem('cop-widgets:draft:story-sent')).toBeNull();
  },
};

/**
 * Waiting to retry: the endpoint (story-api/responses/busy) answers 503 with `Retry-After: 120`.
 * The answers are locked and kept in the outbox; the form says they are saved on this device and
 * tries again in 2 minutes.
 */
export const Waiting: Story = {
  args: {
    src: undefined,
    endpoint: ENDPOINT.busy,
    feed: feedWith(ageIdeaConsent(), { id: 'story-waiting' }),
  },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await answerAll(form);
    await send(form);
    // Waiting, not sending: the answers stay locked, but "Clear my answers" is offered again.
    await waitFor(
      () => {
        expect(part(form, 'submit-button')?.getAttribute('aria-disabled')).toBe('true');
        expect(part<HTMLButtonElement>(form, 'clear-button')?.disabled).toBe(false);
      },
      { timeout: 10_000 },
    );
    await expect(control<HTMLSelectElement>(form, AGE).disabled).toBe(true);
    await expect(part(form, 'submit-status')?.textContent?.trim()).not.toBe('');
    await expect(part(form, 'try-again-button')).toBeNull();
    await expect(waitingFor('story-waiting')).toHaveLength(1);
  },
};

/**
 * Pending in the outbox: every attempt ends in a network error (story-api/responses/offline).
 * After the automatic attempts (two here, 0.5 s apart; five over about 2 minutes by default) the
 * response stays in the outbox (localStorage `cop-widgets:outbox`), to be sent on the next visit
 * or with "Try again"; the answers stay on show.
 */
export const PendingInOutbox: Story = {
  args: {
    src: undefined,
    endpoint: ENDPOINT.offline,
    feed: feedWith(ageIdeaConsent(), { id: 'story-outbox' }),
  },
  beforeEach: () => {
    const contract = CopConsultationForm.retryPolicy;
    CopConsultationForm.retryPolicy = { ...contract, attempts: 2, baseDelay: 500 };
    return () => {
      CopConsultationForm.retryPolicy = contract;
    };
  },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await answerAll(form);
    await send(form);
    await waitFor(() => expect(part(form, 'try-again-button')).toBeTruthy(), { timeout: 10_000 });
    const [waiting, ...more] = waitingFor('story-outbox');
    await expect(more).toHaveLength(0);
    await expect(waiting?.endpoint).toMatch(/\/story-api\/responses\/offline$/);
    await expect(control<HTMLSelectElement>(form, AGE).value).toBe('13-15');
  },
};

/**
 * Refused: the endpoint (story-api/responses/moderated) refuses answers holding a web address,
 * with 422 and an error per question. The form shows the endpoint's message, the error at the
 * comment, and keeps every answer to correct and send again.
 */
export const Refused: Story = {
  args: { src: undefined, endpoint: ENDPOINT.moderated, feed: membersFeed({ id: 'story-refused' }) },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await type(form, 0, 'Ministry of Communications');
    await type(
      form,
      1,
      'We support the draft. Our detailed position is at https://www.example.org/position.',
    );
    await send(form);
    await waitFor(() => expect($error(form, 1)).toBeTruthy(), { timeout: 10_000 });
    await expect($error(form, 0)).toBeNull();
    await expect(part(form, 'submit-status')?.querySelector('.server-message')).toBeTruthy();
    await expect(control<HTMLTextAreaElement>(form, 1).value).toContain('https://www.example.org/position');
    await expect(waitingFor('story-refused')).toHaveLength(0);
  },
};

/**
 * CannotReceive: the endpoint answers 404 (story-api/responses/missing), as when a feed with a
 * relative `endpoint` was copied to another site. That is the site's fault, not the person's:
 * the form says the consultation cannot receive answers from this page right now, keeps every
 * answer (and its draft), and tells the page's author in the console and in `cop-error` what the
 * endpoint answered. A page whose Content-Security-Policy blocks the endpoint (`connect-src`)
 * gets the same, with the directive to change.
 */
export const CannotReceive: Story = {
  args: { src: undefined, endpoint: ENDPOINT.missing, feed: membersFeed({ id: 'story-cannot-receive' }) },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await type(form, 0, 'Ministry of Communications');
    await type(form, 1, 'We support the draft.');
    await send(form);
    await waitFor(
      () =>
        expect(part(form, 'submit-status')?.textContent).toContain('cannot receive answers from this page'),
      { timeout: 10_000 },
    );
    await expect(part(form, 'submit-status')?.textContent).not.toContain('check them');
    await expect(control<HTMLTextAreaElement>(form, 1).value).toBe('We support the draft.');
    await expect(waitingFor('story-cannot-receive')).toHaveLength(0);
  },
};
