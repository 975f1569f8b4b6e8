import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/consultation-form/define.js';

const FEED = './feeds/cwg-cop.json';
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
        endpoint: '/api/responses',
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
  args: { src: FEED },
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

/** Members commenting on a draft report, with a link to the document. */
export const MembersComments: Story = {
  args: {
    src: undefined,
    feed: {
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
          endpoint: '/api/responses',
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
        },
      ],
    },
  },
};

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

/** A feed that cannot be loaded: the error and a retry button. */
export const FeedError: Story = { args: { src: './feeds/missing.json' } };

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
