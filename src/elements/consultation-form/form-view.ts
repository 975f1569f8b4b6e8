/**
 * The open consultation's body: the restored-draft note, the `<form>` with its notices,
 * questions and buttons — or, instead, the receipt after acceptance or the "Not now" note — and
 * the status line under it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Consultation, LocalizedText } from '../../feed/model.js';
import { msg } from '../../i18n/msg.js';
import type { AnswerValue } from './answers.js';
import type { FormState } from './form-state.js';
import { clearLabel, renderDeclined, renderErrorSummary, renderPersonalDataWarning } from './notices.js';
import { controlId, renderQuestion } from './questions.js';
import type { SubmissionState } from './submission-controller.js';
import { type StatusNote, renderReceipt, statusText } from './views.js';

/** What the form's template needs from the element. */
export interface FormView {
  consultation: Consultation;
  form: FormState;
  submission: SubmissionState;
  /** Whether a restored draft is shown. */
  restored: boolean;
  /** Questions whose answers seem to hold an e-mail address or phone number (warning shown). */
  personalData: readonly string[] | undefined;
  /** Whether "Not now" was chosen. */
  declined: boolean;
  text(value: LocalizedText): TemplateResult | string;
  setAnswer(id: string, value: AnswerValue | undefined): void;
  submit(event: Event): void;
  focusQuestion(id: string): void;
  sendAnyway(): void;
  decline(declined: boolean): void;
  clear(): void;
  anotherResponse(): void;
}

/** The id prefix of the elements of question `index`. */
export const questionDomId = (index: number): string => `q${index}`;

function renderQuestions(view: FormView, locked: boolean): unknown[] {
  const { consultation, form } = view;
  return consultation.questions.map((question, index) => {
    if (!form.visible.has(question.id)) return nothing;
    const error = form.errorOf(question);
    return renderQuestion({
      question,
      domId: questionDomId(index),
      value: form.answers[question.id],
      ...(error === undefined ? {} : { error }),
      disabled: locked,
      text: view.text,
      change: (value) => view.setAnswer(question.id, value),
      touch: () => form.touch(question.id),
    });
  });
}

/** The body of an open consultation; see the module comment. */
export function renderForm(view: FormView): TemplateResult {
  const { consultation, form, submission } = view;
  if (submission.status === 'accepted')
    return renderReceipt(
      submission.submissionId,
      consultation.audience === 'youth' ? undefined : view.anotherResponse,
      consultation.contact,
    );
  if (view.declined)
    return renderDeclined(
      () => view.decline(false),
      () => view.clear(),
    );
  const locked = submission.status === 'pending' || submission.status === 'failed';
  const sending = submission.status === 'pending' && submission.phase === 'sending';
  const errors = form.submitted
    ? consultation.questions.flatMap((q, index) => {
        const message = form.visible.has(q.id) ? form.errorOf(q) : undefined;
        return message
          ? [{ id: q.id, target: controlId(questionDomId(index)), label: q.label, message }]
          : [];
      })
    : [];
  const flagged = view.personalData;
  return html`${
      view.restored
        ? html`<p class="restored" part="restored">
            ${msg('We restored the answers you saved earlier on this device.', {
              id: 'form.restored',
              desc: 'Note above the questions when a draft was restored.',
            })}
          </p>`
        : nothing
    }
    <form part="form" novalidate @submit=${view.submit} aria-labelledby="title">
      ${renderErrorSummary(errors, view.text, view.focusQuestion)}
      ${
        flagged
          ? renderPersonalDataWarning(
              consultation.questions.filter((q) => flagged.includes(q.id)).map((q) => q.label),
              view.text,
              () => view.focusQuestion(flagged[0] ?? ''),
              view.sendAnyway,
            )
          : nothing
      }
      ${renderQuestions(view, locked)}
      <div class="actions" part="actions">
        <button type="submit" part="submit-button" aria-disabled=${locked ? 'true' : 'false'}>
          ${msg('Send my answers', { id: 'form.submit', desc: 'The submit button of the form.' })}
        </button>
        ${
          consultation.audience === 'youth'
            ? html`<button
                type="button"
                part="not-now-button"
                ?disabled=${locked}
                @click=${() => view.decline(true)}
              >
                ${msg('Not now', {
                  id: 'form.not-now',
                  desc: 'Button as prominent as sending: the young person chooses not to send now.',
                })}
              </button>`
            : nothing
        }
        <button type="button" part="clear-button" ?disabled=${sending} @click=${view.clear}>
          ${clearLabel()}
        </button>
      </div>
    </form>`;
}

/** The status line (spoken by the live region), and "Try again" once the automatic attempts are over. */
export function renderStatus(
  submission: SubmissionState,
  note: StatusNote,
  retry: () => void,
): TemplateResult {
  const text = statusText(submission, note);
  // Focusable (by script only) while it says something: "Send anyway" moves focus here.
  return html`<div
      class="submit-status"
      part="submit-status"
      tabindex=${ifDefined(text ? -1 : undefined)}
      data-announce
    >
      ${text ? html`<p>${text}</p>` : nothing}
      ${
        submission.status === 'rejected' && submission.message
          ? html`<p class="server-message">${submission.message}</p>`
          : nothing
      }
    </div>
    ${
      submission.status === 'failed'
        ? html`<button type="button" part="try-again-button" @click=${retry}>
            ${msg('Try again', {
              id: 'form.try-again',
              desc: 'Button: send the answers again after the automatic attempts failed.',
            })}
          </button>`
        : nothing
    }`;
}
