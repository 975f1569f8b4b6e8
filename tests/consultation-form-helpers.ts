// Shared by the tests of <cop-consultation-form>: inline feeds, mounting, the scripted endpoint,
// and interactions through the controls a person uses.
import { fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/elements/consultation-form/define.js';
import { until as waitFor } from './helpers/until.js';
import { CopConsultationForm } from '../src/elements/consultation-form/define.js';

export { CopConsultationForm };

const DAY = 24 * 60 * 60 * 1000;
export const iso = (offsetMs: number): string => new Date(Date.now() + offsetMs).toISOString();
export { DAY };

/** The questions of a test consultation: every type, a section, a showIf, limits. */
export const allTypes = () => [
  {
    id: 'intro',
    type: 'section',
    label: { en: 'About you', fr: 'À propos de toi', ar: 'عنك' },
    help: { en: 'We only ask for your age group.', fr: 'Nous demandons seulement ta tranche d’âge.' },
  },
  {
    id: 'age',
    type: 'age-band',
    label: { en: 'How old are you?', fr: 'Quel âge as-tu ?', ar: 'كم عمرك؟' },
    required: true,
    options: [
      { value: '9-12', label: { en: '9 to 12', fr: '9 à 12 ans' } },
      { value: '13-15', label: { en: '13 to 15', fr: '13 à 15 ans' } },
    ],
  },
  {
    id: 'heard',
    type: 'single',
    label: { en: 'How did you hear about it?', fr: 'Comment en as-tu entendu parler ?' },
    options: [
      { value: 'school', label: { en: 'At school', fr: 'À l’école' } },
      { value: 'other', label: { en: 'Somewhere else', fr: 'Ailleurs' } },
    ],
  },
  {
    id: 'heard-other',
    type: 'text',
    label: { en: 'Where?', fr: 'Où ?' },
    maxLength: 20,
    showIf: { question: 'heard', equals: 'other' },
  },
  {
    id: 'channels',
    type: 'multiple',
    label: { en: 'Where should we tell others?', fr: 'Où prévenir les autres ?' },
    maxChoices: 2,
    options: [
      { value: 'school', label: { en: 'School', fr: 'École' } },
      { value: 'video', label: { en: 'Videos', fr: 'Vidéos' } },
      { value: 'games', label: { en: 'Games', fr: 'Jeux' } },
    ],
  },
  {
    id: 'interest',
    type: 'scale',
    label: { en: 'How much would you like to take part?', fr: 'Aimerais-tu participer ?' },
    min: 1,
    max: 5,
    minLabel: { en: 'Not at all', fr: 'Pas du tout' },
    maxLabel: { en: 'A lot', fr: 'Beaucoup' },
  },
  {
    id: 'idea',
    type: 'long-text',
    label: { en: 'Your idea', fr: 'Ton idée' },
    help: { en: 'A few words are enough.', fr: 'Quelques mots suffisent.' },
    maxLength: 50,
  },
  {
    id: 'consent',
    type: 'consent',
    label: {
      en: 'I agree that my answers are used anonymously.',
      fr: 'J’accepte que mes réponses soient utilisées anonymement.',
    },
    required: true,
  },
];

/** Index of each question of {@link allTypes} (its controls are `#q<index>-control`, …). */
export const Q = { intro: 0, age: 1, heard: 2, heardOther: 3, channels: 4, interest: 5, idea: 6, consent: 7 };

export function consultation(overrides: Record<string, unknown> = {}) {
  return {
    id: 'test-youth',
    title: {
      en: 'Youth consultation',
      fr: 'Consultation des jeunes',
      ar: 'مشاورة الشباب',
      es: 'Consulta',
      ru: 'Консультация',
      zh: '青年磋商',
    },
    description: { en: 'Tell us what you think.', fr: 'Dis-nous ce que tu penses.' },
    audience: 'youth',
    opens: iso(-10 * DAY),
    closes: iso(3 * DAY + 60_000),
    endpoint: '/api/responses',
    privacy: {
      en: 'We never ask for your name.',
      fr: 'Nous ne demandons jamais ton nom.',
      ar: 'لا نطلب اسمك أبداً.',
    },
    questions: allTypes(),
    ...overrides,
  };
}

export function feedOf(...consultations: object[]) {
  return { version: 1, defaultLanguage: 'en', consultations, documents: [] as object[] };
}

/** A unique key for the scripted endpoint. */
export const newKey = (): string => `k${Math.random().toString(36).slice(2)}`;

/** The scripted endpoint's record of what it received for `key`. */
export interface Stored {
  requests: number;
  stored: number;
  keys: string[];
  bodies: Record<string, unknown>[];
  times: number[];
  headers: {
    method: string;
    contentType: string | null;
    idempotencyKey: string | null;
    cookie: string | null;
  }[];
}

export async function stored(key: string): Promise<Stored> {
  return (await fetch(`/test-consultation/stored/${key}`)).json() as Promise<Stored>;
}

/** Mounts a form (optionally with attributes) showing `feed`, and waits for `cop-load`. */
export async function mount(
  feed: unknown,
  attributes: Record<string, string> = {},
  parent?: HTMLElement,
): Promise<CopConsultationForm> {
  const element = document.createElement('cop-consultation-form');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (typeof feed === 'string') element.src = feed;
  else element.feed = feed;
  const loaded = oneEvent(element, 'cop-load');
  const container = parent ?? (await fixture<HTMLDivElement>(html`<div></div>`));
  container.append(element);
  await loaded;
  await element.updateComplete;
  return element;
}

export const $ = <T extends Element = HTMLElement>(
  element: CopConsultationForm,
  selector: string,
): T | null => element.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(element: CopConsultationForm, selector: string): T[] => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];

/** The control of question `index` (its first radio or checkbox for groups), or option `n`. */
export function control<T extends HTMLElement = HTMLInputElement>(
  element: CopConsultationForm,
  index: number,
  n = 0,
): T {
  const found = $<T>(element, n === 0 ? `#q${index}-control` : `#q${index}-${n}`);
  if (!found) throw new Error(`no control for question ${index}, option ${n}`);
  return found;
}

/** Types `text` into a text field or textarea, as input events. */
export async function typeInto(
  element: CopConsultationForm,
  field: HTMLInputElement | HTMLTextAreaElement,
  text: string,
) {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

export async function choose(element: CopConsultationForm, select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

export async function tick(element: CopConsultationForm, input: HTMLInputElement) {
  input.click();
  await element.updateComplete;
}

/** Answers every question of {@link allTypes}: the required ones and one of each type. */
export async function fillAll(element: CopConsultationForm) {
  await choose(element, control<HTMLSelectElement>(element, Q.age), '13-15');
  await tick(element, control(element, Q.heard, 1)); // "Somewhere else" shows heard-other
  await typeInto(element, control(element, Q.heardOther), '  A poster ');
  await tick(element, control(element, Q.channels, 0));
  await tick(element, control(element, Q.channels, 2));
  await tick(element, control(element, Q.interest, 3)); // 4
  await typeInto(element, control<HTMLTextAreaElement>(element, Q.idea), 'More games');
  await tick(element, control(element, Q.consent));
}

/** Answers only the required questions of {@link allTypes}. */
export async function fillRequired(element: CopConsultationForm) {
  await choose(element, control<HTMLSelectElement>(element, Q.age), '9-12');
  await tick(element, control(element, Q.consent));
}

export const submitButton = (element: CopConsultationForm) =>
  $<HTMLButtonElement>(element, '[part~="submit-button"]')!;
export const statusLine = (element: CopConsultationForm) =>
  $(element, '[part~="submit-status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const shown = (element: CopConsultationForm) =>
  element.shadowRoot!.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Polls `check` until it returns a truthy value (or throws after `timeout` ms). */
export const until = <T>(check: () => T | Promise<T>, timeout = 5000, what = 'condition') =>
  waitFor(check, what, timeout);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fast retries for the tests (the contract's timing stays the default). */
export function useFastRetries(overrides: Partial<typeof CopConsultationForm.retryPolicy> = {}) {
  const original = CopConsultationForm.retryPolicy;
  CopConsultationForm.retryPolicy = {
    attempts: 5,
    baseDelay: 40,
    attemptTimeout: 2000,
    maxRetryAfter: 120_000,
    ...overrides,
  };
  return () => {
    CopConsultationForm.retryPolicy = original;
  };
}

export async function setOffline(offline: boolean) {
  await executeServerCommand('set-offline', { offline });
}

export const outbox = (): { submissionId: string; consultation: string; body: string }[] =>
  JSON.parse(localStorage.getItem('cop-widgets:outbox') ?? '[]') as never;
export const draftOf = (id: string): { savedAt: number; answers: Record<string, unknown> } | null =>
  JSON.parse(localStorage.getItem(`cop-widgets:draft:${id}`) ?? 'null') as never;

/** Records what is written with `console[method]` (and keeps it off the output) until `restore()`. */
export function captureConsole(method: 'error' | 'warn'): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  };
  return { lines, restore: () => (console[method] = original) };
}
