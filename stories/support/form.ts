/**
 * For the play functions of the consultation form's stories: its shadow DOM, filled the way a
 * person does (choosing, typing, ticking, pressing "Send my answers"), and the outbox it keeps in
 * localStorage. Question `i` of a consultation has its control at `#q<i>-control`, and option `n`
 * of a group at `#q<i>-<n>`.
 */
import { expect, waitFor } from 'storybook/test';
import type { CopConsultationForm } from '../../src/elements/consultation-form/define.js';

/** The story's form, once its questions are shown. */
export async function formIn(canvasElement: HTMLElement): Promise<CopConsultationForm> {
  const form = canvasElement.querySelector('cop-consultation-form');
  await expect(form).toBeTruthy();
  await waitFor(() => expect(form!.shadowRoot?.querySelector('[part~="form"]')).toBeTruthy(), {
    timeout: 5000,
  });
  return form!;
}

/** The first element of the form's shadow DOM matching `selector`. */
export function $<T extends Element = HTMLElement>(form: CopConsultationForm, selector: string): T | null {
  return form.shadowRoot!.querySelector<T>(selector);
}

/** The part named `name`, e.g. `receipt`. */
export const part = <T extends Element = HTMLElement>(form: CopConsultationForm, name: string) =>
  $<T>(form, `[part~="${name}"]`);

/** The control of question `index`, or its option `n` (radio groups, checkbox groups, scales). */
export function control<T extends HTMLElement = HTMLInputElement>(
  form: CopConsultationForm,
  index: number,
  n = 0,
): T {
  const found = $<T>(form, n === 0 ? `#q${index}-control` : `#q${index}-${n}`);
  if (!found) throw new Error(`The form has no control for question ${index}, option ${n}.`);
  return found;
}

/** Chooses `value` in a drop-down. */
export async function choose(form: CopConsultationForm, index: number, value: string): Promise<void> {
  const select = control<HTMLSelectElement>(form, index);
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await form.updateComplete;
}

/** Types `text` into a text field or text area. */
export async function type(form: CopConsultationForm, index: number, text: string): Promise<void> {
  const field = control<HTMLInputElement | HTMLTextAreaElement>(form, index);
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await form.updateComplete;
}

/** Ticks a checkbox or radio button (option `n` of question `index`). */
export async function tick(form: CopConsultationForm, index: number, n = 0): Promise<void> {
  control(form, index, n).click();
  await form.updateComplete;
}

/** Presses "Send my answers". */
export async function send(form: CopConsultationForm): Promise<void> {
  part<HTMLButtonElement>(form, 'submit-button')!.click();
  await form.updateComplete;
}

/** The responses waiting in the outbox (localStorage `cop-widgets:outbox`) for `consultation`. */
export function waitingFor(consultation: string): { consultation: string; endpoint: string; body: string }[] {
  const outbox = JSON.parse(localStorage.getItem('cop-widgets:outbox') ?? '[]') as {
    consultation: string;
    endpoint: string;
    body: string;
  }[];
  return outbox.filter((entry) => entry.consultation === consultation);
}
