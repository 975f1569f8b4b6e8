/**
 * The notices inside the form: the error summary (focused after a submit with problems; each
 * entry links to its question), the warning about an e-mail address or phone number in an
 * answer, and what "Not now" shows. Choices offered side by side carry equal weight: no nudging.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '../../feed/model.js';
import { msg } from '../../i18n/msg.js';

/** "Clear my answers", the button's words wherever it appears. */
export function clearLabel(): string {
  return msg('Clear my answers', {
    id: 'form.clear',
    desc: 'Button: delete the answers from this browser at once.',
  });
}

type Text = (value: LocalizedText) => TemplateResult | string;

/** One entry of the error summary. */
export interface SummaryEntry {
  id: string;
  /** The id of the control to focus. */
  target: string;
  label: LocalizedText;
  message: string;
}

/** "There is a problem", with a link to each question to fix; nothing when there is none. */
export function renderErrorSummary(
  entries: readonly SummaryEntry[],
  text: Text,
  focus: (id: string) => void,
): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  // A group, so that its name (the heading) is exposed: a plain div may not be named.
  return html`<div
    class="error-summary"
    part="error-summary"
    role="group"
    tabindex="-1"
    aria-labelledby="error-summary-heading"
  >
    <h3 id="error-summary-heading">
      ${msg('Please check these answers', { id: 'form.summary.heading', desc: 'Heading of the list of problems shown at the top of the form after pressing Send.' })}
    </h3>
    <ul>
      ${entries.map(
        (entry) =>
          html`<li>
            <a
              href="#${entry.target}"
              @click=${(event: Event) => {
                event.preventDefault();
                focus(entry.id);
              }}
              >${text(entry.label)} — ${entry.message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/** The warning before sending answers that seem to hold an e-mail address or a phone number. */
export function renderPersonalDataWarning(
  labels: readonly LocalizedText[],
  text: Text,
  edit: () => void,
  sendAnyway: () => void,
): TemplateResult {
  return html`<div
    class="personal-data-warning"
    part="personal-data-warning"
    role="group"
    tabindex="-1"
    aria-labelledby="personal-data-heading"
    aria-describedby="personal-data-text"
  >
    <h3 id="personal-data-heading">
      ${msg('Did you write an e-mail address or a phone number?', { id: 'form.pii.heading', desc: 'Heading of the warning shown before sending answers that seem to contain an e-mail address or phone number.' })}
    </h3>
    <p id="personal-data-text">
      ${msg(
        'It looks like one of your answers has an e-mail address or a phone number in it. To keep you safe, we suggest you remove it: we do not need it. You can also send your answers as they are.',
        {
          id: 'form.pii.text',
          desc: 'Warning for young people, in plain words. Followed by the questions concerned and two equal buttons.',
        },
      )}
    </p>
    <ul>
      ${labels.map((label) => html`<li>${text(label)}</li>`)}
    </ul>
    <div class="actions">
      <button type="button" @click=${edit}>
        ${msg('Change my answer', { id: 'form.pii.edit', desc: 'Button: go back to the answer with the e-mail address or phone number, to remove it.' })}
      </button>
      <button type="button" @click=${sendAnyway}>
        ${msg('Send anyway', { id: 'form.pii.send', desc: 'Button: send the answers as they are, e-mail address or phone number included.' })}
      </button>
    </div>
  </div>`;
}

/** After "Not now": nothing was sent; come back later, or clear the answers now. */
export function renderDeclined(back: () => void, clear: () => void): TemplateResult {
  return html`<div class="declined" part="declined" tabindex="-1">
    <p>
      ${msg(
        'That’s fine. Nothing has been sent. If you want to come back later, your answers stay in this browser only, for at most 7 days. You can also clear them now.',
        { id: 'form.declined', desc: 'Shown after a young person pressed "Not now". Neutral, no pressure.' },
      )}
    </p>
    <div class="actions">
      <button type="button" @click=${back}>
        ${msg('Back to the questions', { id: 'form.declined.back', desc: 'Button after "Not now": show the questions again.' })}
      </button>
      <button type="button" part="clear-button" @click=${clear}>${clearLabel()}</button>
    </div>
  </div>`;
}
