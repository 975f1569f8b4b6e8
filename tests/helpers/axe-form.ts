// What the axe matrices of <cop-consultation-form> share: the real six-language consultations of
// feeds/cwg-cop.json under fresh ids and dates, and answering them as a person does.
import type { CopConsultationForm } from '../../src/elements/consultation-form/define.js';
import type { Language } from '../../src/i18n/language.js';
import { choose, control, tick, typeInto } from '../consultation-form-helpers.js';
import { type MatrixHooks, type Setup, cwgCopFeed, mount, part } from './axe.js';

export const FORM = 'cop-consultation-form';

/** The real youth consultation: every question type, `showIf`, limits, a privacy notice. */
export const YOUTH = 'youth-reach-more-young-people';
/** The real members' consultation: comments on a draft report, which it links to. */
export const MEMBERS = 'members-comments-report-2018';

export interface Question extends Record<string, unknown> {
  id: string;
  type: string;
  options?: { value: string }[];
}

export interface Consultation extends Record<string, unknown> {
  id: string;
  questions: Question[];
}

const DAY = 24 * 60 * 60 * 1000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

/**
 * The real feed holding one consultation: the real one with id `source`, open now (from ten days
 * ago to a month ahead), under a new id, since drafts and the outbox are kept per consultation;
 * `change` adjusts it further.
 */
export async function consultationFeed(
  source = YOUTH,
  change: (consultation: Consultation) => void = () => undefined,
): Promise<{ feed: Record<string, unknown>; consultation: Consultation }> {
  const feed = await cwgCopFeed();
  const all = feed['consultations'] as Consultation[];
  const consultation = all.find((c) => c.id === source)!;
  consultation.id = `axe-${crypto.randomUUID()}`;
  consultation['opens'] = iso(-10 * DAY);
  consultation['closes'] = iso(30 * DAY);
  change(consultation);
  feed['consultations'] = [consultation];
  return { feed, consultation };
}

/** Dates `consultation` a month long, closed `days` ago (`days` < 0) or opening in `days`. */
export function shift(consultation: Consultation, days: number): void {
  const start = days < 0 ? days - 30 : days;
  consultation['opens'] = iso(start * DAY);
  consultation['closes'] = iso((start + 30) * DAY);
}

/** A form showing `consultation` of `feed` in `lang`, loaded. */
export function showForm(
  lang: Language,
  feed: unknown,
  attrs: Setup['attrs'] = {},
): Promise<CopConsultationForm> {
  return mount(FORM, lang, { feed, attrs });
}

/** What a person might type, in their language (in English in a language added since: see {@link typed}). */
const TYPED: Partial<Record<Language, string>> = {
  ar: 'أسئلة أقصر من فضلكم',
  en: 'Shorter questions, please',
  es: 'Preguntas más cortas, por favor',
  fr: 'Des questions plus courtes, s’il vous plaît',
  ru: 'Пожалуйста, вопросы покороче',
  zh: '请把问题写得短一些',
};

/** What a person writing in `lang` types. */
export const typed = (lang: Language): string => TYPED[lang] ?? TYPED.en!;

/**
 * Answers question `index` of `consultation` as a person would: the second age band, the last
 * choice of a radio group (it reveals "other" follow-ups), the first box, a sentence typed.
 */
async function answer(form: CopConsultationForm, consultation: Consultation, index: number, lang: Language) {
  const question = consultation.questions[index]!;
  switch (question.type) {
    case 'age-band':
      return choose(form, control<HTMLSelectElement>(form, index), question.options![1]!.value);
    case 'single':
      return tick(form, control(form, index, question.options!.length - 1));
    case 'multiple':
    case 'scale':
    case 'consent':
      return tick(form, control(form, index));
    case 'text':
    case 'long-text':
      return typeInto(form, control(form, index), typed(lang));
  }
}

/** Answers every question shown (those a `showIf` reveals included), or only the required ones. */
export async function answerAll(
  form: CopConsultationForm,
  consultation: Consultation,
  lang: Language,
  only: 'required' | 'all' = 'all',
): Promise<void> {
  for (const [index, question] of consultation.questions.entries()) {
    const shown = form.shadowRoot!.querySelector(`#q${index}-control`);
    if (shown && (only === 'all' || question['required'] === true))
      await answer(form, consultation, index, lang);
  }
}

/** The index of question `id` (its controls are `#q<index>-control`, …). */
export const indexOf = (consultation: Consultation, id: string): number =>
  consultation.questions.findIndex((q) => q.id === id);

/** Presses "Send my answers". */
export async function send(form: CopConsultationForm): Promise<void> {
  part<HTMLButtonElement>(form, '[part~="submit-button"]').click();
  await form.updateComplete;
}

/**
 * Around each case: nothing left in storage from the one before (drafts, the outbox), and the
 * changes a case made to the page (retry timing, the network) undone.
 */
const undo: (() => unknown)[] = [];
export const afterCase = (action: () => unknown): void => void undo.push(action);
export const formHooks: MatrixHooks = {
  beforeEach: () => localStorage.clear(),
  afterEach: async () => {
    for (const action of undo.splice(0)) await action();
    localStorage.clear();
  },
};
