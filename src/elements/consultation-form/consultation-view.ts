/**
 * The consultation as a whole: its heading, where it stands in time and the language switch; the
 * privacy notice, its description and the document under review; then the form — or why it is
 * unavailable — and the status line. Or, instead, why there is no consultation to show.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Feed } from '../../feed/validate.js';
import { autonym } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import { msg } from '../../i18n/msg.js';
import { type FormView, renderForm, renderStatus } from './form-view.js';
import { type Phase, languagesOf } from './schedule.js';
import {
  type StatusNote,
  renderDocumentLink,
  renderPrivacy,
  renderTiming,
  renderUnavailable,
} from './views.js';

/** What the consultation's template needs from the element: what the form's needs, and more. */
export interface ConsultationView extends FormView {
  feed: Feed;
  phase: Phase;
  /** The reader's language. */
  language: Language;
  /** What the status line says when no response is on its way. */
  note: StatusNote;
  /** The person chose another language in the language switch. */
  switchLanguage(language: string): void;
  /** The person asked to send the response again after the automatic attempts failed. */
  retry(): void;
}

/** Why no consultation is shown: the one the page asks for (`requested`) is not in the feed, or there is none. */
export function renderMissing(requested: boolean): TemplateResult {
  return html`<p class="status" part="unavailable">
    ${
      requested
        ? msg('This consultation cannot be found.', {
            id: 'form.missing',
            desc: 'The consultation the page asks for is not in the feed.',
          })
        : msg('There is no consultation to show.', {
            id: 'form.none',
            desc: 'The feed has no consultations.',
          })
    }
  </p>`;
}

/** The drop-down switching the form's language; nothing when the consultation has only one. */
function renderLanguageSwitch(view: ConsultationView): TemplateResult | typeof nothing {
  const languages = languagesOf(view.consultation, view.feed.defaultLanguage, view.language);
  if (languages.length < 2) return nothing;
  return html`<div class="language" part="language">
    <label for="language">
      ${msg('Language', { id: 'form.language', desc: 'Label of the drop-down that switches the language of the form.' })}
    </label>
    <select id="language" @change=${(e: Event) => view.switchLanguage((e.target as HTMLSelectElement).value)}>
      ${languages.map(
        (language) =>
          html`<option value=${language} lang=${language} ?selected=${language === view.language}>
            ${autonym(language)}
          </option>`,
      )}
    </select>
  </div>`;
}

/** The whole consultation; see the module comment. */
export function renderConsultation(view: ConsultationView): TemplateResult {
  const { consultation, feed, phase, text } = view;
  return html`<article class="consultation" part="consultation" aria-labelledby="title">
    <header>
      <h2 id="title" part="title">${text(consultation.title)}</h2>
      ${renderTiming(consultation, phase, Date.now())} ${renderLanguageSwitch(view)}
    </header>
    ${renderPrivacy(consultation, text)}
    ${
      consultation.description
        ? html`<p class="description" part="description">${text(consultation.description)}</p>`
        : nothing
    }
    ${renderDocumentLink(consultation, feed, view.language, text)}
    ${phase === 'open' ? renderForm(view) : renderUnavailable(phase)}
    ${renderStatus(view.submission, view.note, view.retry)}
  </article>`;
}
