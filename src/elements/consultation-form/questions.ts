/**
 * One template per question type (CONTRACT §3, §5): native controls with visible labels; radio
 * and checkbox groups (and the rating scale) in a `<fieldset>` named by its `<legend>`; help,
 * the counters (characters, ticked boxes) and the error in the same shadow root, tied to the control with
 * `aria-describedby`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { LocalizedText, Question } from '../../feed/model.js';
import { formatNumber } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import type { AnswerValue } from './answers.js';
import { charactersLeft, charactersOver } from './messages.js';
import { textLength } from './validation.js';

/** What a question's template needs. */
export interface QuestionContext<Q extends Question = Question> {
  question: Q;
  /** Prefix of the ids of its elements, unique in the shadow root (`q3`). */
  domId: string;
  value: AnswerValue | undefined;
  /** The error to show now, if any. */
  error?: string;
  disabled: boolean;
  /** Feed text in the reader's language. */
  text(value: LocalizedText): TemplateResult | string;
  /** The person changed the answer (`undefined`: no answer). */
  change(value: AnswerValue | undefined): void;
  /** The person left the control or committed a choice: errors may show from now on. */
  touch(): void;
}

type Of<T extends Question['type']> = QuestionContext<Extract<Question, { type: T }>>;

/** The id of the control (or first control) of a question, for labels and error-summary links. */
export const controlId = (domId: string): string => `${domId}-control`;

const required = (question: Question) =>
  question.required
    ? html` <span class="required"
        >${msg('(required)', { id: 'form.required', desc: 'After the label of a question that must be answered.' })}</span
      >`
    : nothing;

/** The ids that describe the control: help, counter, error (only those present). */
function describedBy(ctx: QuestionContext, extra: string[] = []): string | undefined {
  const ids = [ctx.question.help ? `${ctx.domId}-help` : '', ...extra, ctx.error ? `${ctx.domId}-error` : ''];
  const joined = ids.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

const invalid = (ctx: QuestionContext) => (ctx.error ? 'true' : undefined);

function help(ctx: QuestionContext): TemplateResult | typeof nothing {
  const { help: text } = ctx.question;
  return text ? html`<p id="${ctx.domId}-help" class="help" part="help">${ctx.text(text)}</p>` : nothing;
}

function error(ctx: QuestionContext): TemplateResult | typeof nothing {
  return ctx.error
    ? html`<p id="${ctx.domId}-error" class="field-error" part="field-error">
        <span class="visually-hidden"
          >${msg('Error:', { id: 'form.error.prefix', desc: 'Read by screen readers before an error message under a question.' })}</span
        >
        ${ctx.error}
      </p>`
    : nothing;
}

/** The id of the control of option `i` of a question: the first one is the question's control. */
const optionId = (domId: string, i: number): string => (i === 0 ? controlId(domId) : `${domId}-${i}`);

/**
 * A radio or checkbox group: its `<fieldset>` (disabled, with every control in it, while the form
 * is locked), legend, help and error, then its choices, each its control then its label, side by
 * side in the grid of choices (one template instance and two elements a choice; one listener on
 * the grid for them all), then `after`.
 */
function choices(
  ctx: Of<'single' | 'multiple'>,
  checked: (value: string) => boolean,
  changed: (value: string, on: boolean) => void,
  after: unknown = nothing,
  extra?: string[],
): TemplateResult {
  const { question, domId } = ctx;
  return html`<fieldset
    class="question"
    part="question"
    ?disabled=${ctx.disabled}
    aria-describedby=${ifDefined(describedBy(ctx, extra))}
  >
    <legend>${ctx.text(question.label)}${required(question)}</legend>
    ${help(ctx)} ${error(ctx)}
    <div
      class="choices"
      @change=${(event: Event) => {
        const { value, checked: on } = event.target as HTMLInputElement;
        changed(value, on);
      }}
    >
      ${question.options.map((option, i) => {
        const id = optionId(domId, i);
        return html`<input
            type=${question.type === 'single' ? 'radio' : 'checkbox'}
            id=${id}
            name=${domId}
            .value=${option.value}
            .checked=${live(checked(option.value))}
            aria-invalid=${ifDefined(invalid(ctx))}
          />
          <label for=${id}>${ctx.text(option.label)}</label>`;
      })}
    </div>
    ${after}
  </fieldset>`;
}

function single(ctx: Of<'single'>): TemplateResult {
  return choices(
    ctx,
    (value) => ctx.value === value,
    (value) => (ctx.change(value), ctx.touch()),
  );
}

function multiple(ctx: Of<'multiple'>): TemplateResult {
  const { question, domId } = ctx;
  const chosen = Array.isArray(ctx.value) ? ctx.value : [];
  const toggle = (value: string, on: boolean) => {
    const next = question.options.map((o) => o.value).filter((v) => (v === value ? on : chosen.includes(v)));
    ctx.change(next.length > 0 ? next : undefined);
    ctx.touch();
  };
  const { maxChoices } = question;
  if (maxChoices === undefined) return choices(ctx, (value) => chosen.includes(value), toggle);
  return choices(
    ctx,
    (value) => chosen.includes(value),
    toggle,
    html`<p id="${domId}-count" class="counter ${chosen.length > maxChoices ? 'over' : ''}" part="counter">
      ${msg(str`Chosen: ${formatNumber(chosen.length)} of ${formatNumber(maxChoices)}`, {
        id: 'form.choices.count',
        desc: 'Counter under a checkbox group with a maximum: how many boxes are ticked, of the most allowed.',
      })}
    </p>`,
    [`${domId}-count`],
  );
}

function counter(ctx: Of<'text' | 'long-text'>): TemplateResult | typeof nothing {
  const { maxLength } = ctx.question;
  if (maxLength === undefined) return nothing;
  const length = typeof ctx.value === 'string' ? textLength(ctx.value.trim()) : 0;
  const over = length > maxLength;
  return html`<p id="${ctx.domId}-count" class="counter ${over ? 'over' : ''}" part="counter">
    ${over ? charactersOver(length - maxLength) : charactersLeft(maxLength - length)}
  </p>`;
}

function text(ctx: Of<'text' | 'long-text'>): TemplateResult {
  const { question, domId } = ctx;
  const count = question.maxLength === undefined ? [] : [`${domId}-count`];
  const value = typeof ctx.value === 'string' ? ctx.value : '';
  const onInput = (event: Event) => {
    const typed = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    ctx.change(typed === '' ? undefined : typed);
  };
  const control =
    question.type === 'text'
      ? html`<input
          type="text"
          id=${controlId(domId)}
          .value=${live(value)}
          ?disabled=${ctx.disabled}
          ?required=${question.required === true}
          autocomplete="off"
          aria-describedby=${ifDefined(describedBy(ctx, count))}
          aria-invalid=${ifDefined(invalid(ctx))}
          @input=${onInput}
          @change=${ctx.touch}
        />`
      : html`<textarea
          id=${controlId(domId)}
          rows="5"
          .value=${live(value)}
          ?disabled=${ctx.disabled}
          ?required=${question.required === true}
          autocomplete="off"
          aria-describedby=${ifDefined(describedBy(ctx, count))}
          aria-invalid=${ifDefined(invalid(ctx))}
          @input=${onInput}
          @change=${ctx.touch}
        ></textarea>`;
  return html`<div class="question" part="question">
    <label for=${controlId(domId)}>${ctx.text(question.label)}${required(question)}</label>
    ${help(ctx)} ${error(ctx)} ${control} ${counter(ctx)}
  </div>`;
}

function scale(ctx: Of<'scale'>): TemplateResult {
  const { question, domId } = ctx;
  const { minLabel, maxLabel } = question;
  const steps = Array.from({ length: question.max - question.min + 1 }, (_, i) => question.min + i);
  // The end labels belong to the first and last choices' names (read with them); the row under
  // the scale only shows them.
  const named = (label: LocalizedText | undefined) =>
    label ? html`<span class="visually-hidden">${ctx.text(label)}</span>` : nothing;
  return html`<fieldset
    class="question"
    part="question"
    ?disabled=${ctx.disabled}
    aria-describedby=${ifDefined(describedBy(ctx))}
  >
    <legend>${ctx.text(question.label)}${required(question)}</legend>
    ${help(ctx)} ${error(ctx)}
    <div class="scale" part="scale">
      <div
        class="scale-steps"
        @change=${(event: Event) => (ctx.change(Number((event.target as HTMLInputElement).value)), ctx.touch())}
      >
        ${steps.map((step, i) => {
          // The label holds its radio (and so names it): a step is two elements. Only the ends
          // carry a name.
          return html`<label class="scale-step">
            <input
              type="radio"
              id=${optionId(domId, i)}
              name=${domId}
              .value=${String(step)}
              .checked=${live(ctx.value === step)}
              aria-invalid=${ifDefined(invalid(ctx))}
            />
            ${formatNumber(step)}
            ${named(step === question.min ? minLabel : step === question.max ? maxLabel : undefined)}
          </label>`;
        })}
      </div>
      ${
        minLabel || maxLabel
          ? html`<div class="scale-ends" aria-hidden="true">
              <span>${minLabel ? ctx.text(minLabel) : nothing}</span>
              <span>${maxLabel ? ctx.text(maxLabel) : nothing}</span>
            </div>`
          : nothing
      }
    </div>
  </fieldset>`;
}

function ageBand(ctx: Of<'age-band'>): TemplateResult {
  const { question, domId } = ctx;
  return html`<div class="question" part="question">
    <label for=${controlId(domId)}>${ctx.text(question.label)}${required(question)}</label>
    ${help(ctx)} ${error(ctx)}
    <select
      id=${controlId(domId)}
      ?disabled=${ctx.disabled}
      ?required=${question.required === true}
      aria-describedby=${ifDefined(describedBy(ctx))}
      aria-invalid=${ifDefined(invalid(ctx))}
      @change=${(event: Event) => {
        const { value } = event.target as HTMLSelectElement;
        ctx.change(value === '' ? undefined : value);
        ctx.touch();
      }}
    >
      <option value="" ?selected=${ctx.value === undefined}>
        ${msg('Choose…', { id: 'form.select.placeholder', desc: 'First, empty entry of a drop-down (e.g. the age group) before anything is chosen.' })}
      </option>
      ${question.options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${ctx.value === option.value}>
            ${ctx.text(option.label)}
          </option>`,
      )}
    </select>
  </div>`;
}

function consent(ctx: Of<'consent'>): TemplateResult {
  const { question, domId } = ctx;
  return html`<div class="question consent" part="question">
    ${error(ctx)}
    <div class="choices">
      <input
        type="checkbox"
        id=${controlId(domId)}
        .checked=${live(ctx.value === true)}
        ?disabled=${ctx.disabled}
        ?required=${question.required === true}
        aria-describedby=${ifDefined(describedBy(ctx))}
        aria-invalid=${ifDefined(invalid(ctx))}
        @change=${(event: Event) => {
          ctx.change((event.target as HTMLInputElement).checked ? true : undefined);
          ctx.touch();
        }}
      />
      <label for=${controlId(domId)}>${ctx.text(question.label)}${required(question)}</label>
    </div>
    ${help(ctx)}
  </div>`;
}

function section(ctx: Of<'section'>): TemplateResult {
  return html`<div class="section" part="section">
    <h3>${ctx.text(ctx.question.label)}</h3>
    ${ctx.question.help ? html`<p class="help">${ctx.text(ctx.question.help)}</p>` : nothing}
  </div>`;
}

/** The template of one question, by its type. */
export function renderQuestion(ctx: QuestionContext): TemplateResult {
  const { question } = ctx;
  switch (question.type) {
    case 'single':
      return single(ctx as Of<'single'>);
    case 'multiple':
      return multiple(ctx as Of<'multiple'>);
    case 'text':
    case 'long-text':
      return text(ctx as Of<'text' | 'long-text'>);
    case 'scale':
      return scale(ctx as Of<'scale'>);
    case 'age-band':
      return ageBand(ctx as Of<'age-band'>);
    case 'consent':
      return consent(ctx as Of<'consent'>);
    case 'section':
      return section(ctx as Of<'section'>);
  }
}
