/**
 * The parts of the form around the questions: where the consultation stands in time, the
 * privacy notice, the document under review, the error summary, the personal-data warning, the
 * receipt, and the words of the status line.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Consultation } from '../../feed/model.js';
import { type Feed, MAILTO } from '../../feed/validate.js';
import { formatDateTime, formatRelativeTime } from '../../i18n/format.js';
import { baseOf } from '../../i18n/language.js';
import { msg, str } from '../../i18n/msg.js';
import type { Phase } from './schedule.js';
import type { SubmissionState } from './submission-controller.js';

/** Renders feed text in the reader's language. */
export type TextRenderer = (value: Consultation['title']) => TemplateResult | string;

/** "Opens in 3 days, on …", "Closes in 3 days, on …", or the closed message. */
export function renderTiming(
  consultation: Consultation,
  phase: Phase,
  now: number,
): TemplateResult | typeof nothing {
  const at = phase === 'upcoming' ? consultation.opens : consultation.closes;
  if (at === undefined) return nothing;
  const relative = formatRelativeTime(at, new Date(now));
  const absolute = formatDateTime(at);
  switch (phase) {
    case 'upcoming':
      return html`<p class="timing" part="timing">
        ${msg(str`Opens ${relative}, on ${absolute}.`, {
          id: 'form.timing.opens',
          desc: 'When a consultation is not open yet. First placeholder: e.g. "in 3 days"; second: date and time.',
        })}
      </p>`;
    case 'open':
      return html`<p class="timing" part="timing">
        ${msg(str`Closes ${relative}, on ${absolute}.`, {
          id: 'form.timing.closes',
          desc: 'When an open consultation closes. First placeholder: e.g. "in 3 days"; second: date and time.',
        })}
      </p>`;
    case 'closed':
      return html`<p class="timing" part="timing">
        ${msg(str`Closed ${relative}, on ${absolute}.`, {
          id: 'form.timing.closed',
          desc: 'When a consultation closed. First placeholder: e.g. "2 months ago"; second: date and time.',
        })}
      </p>`;
  }
}

/** What replaces the form before it opens or after it closes. */
export function renderUnavailable(phase: Exclude<Phase, 'open'>): TemplateResult {
  return html`<div class="unavailable" part="unavailable">
    <p>
      ${
        phase === 'upcoming'
          ? msg('This consultation is not open yet. Please come back when it opens.', {
              id: 'form.upcoming',
              desc: 'Shown instead of the questions before a consultation opens.',
            })
          : msg(
              'This consultation is closed: answers can no longer be sent. Thank you to everyone who took part.',
              {
                id: 'form.closed',
                desc: 'Shown instead of the questions after a consultation closed.',
              },
            )
      }
    </p>
  </div>`;
}

/** Read by screen readers after a link that opens a new tab. */
const newTab = () =>
  html`<span class="visually-hidden">
    ${msg('(opens in a new tab)', { id: 'form.new-tab', desc: 'Read by screen readers after a link that opens a new tab.' })}</span
  >`;

/** `text` without its percent-encoding, or as it is when that is broken. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `contact` (a `mailto:` address) asking for `subject`, instead of any subject it gives. */
function withSubject(contact: string, subject: string): string {
  const [address = contact, query] = contact.split(/\?(.*)/s);
  const fields = (query ?? '').split('&').filter((field) => field !== '' && !/^subject=/i.test(field));
  return `${address}?${[...fields, `subject=${encodeURIComponent(subject)}`].join('&')}`;
}

/**
 * The consultation's `contact` as a link: an e-mail address shown as itself (with `code`, the
 * e-mail's subject quotes that receipt code), or a page, shown as its address, in a new tab.
 */
function renderContactLink(contact: string, code?: string): TemplateResult {
  if (MAILTO.test(contact)) {
    const [, address = contact] = /^mailto:([^?]+)/i.exec(contact) ?? [];
    const href =
      code === undefined
        ? contact
        : withSubject(
            contact,
            msg(str`Please delete my answers: receipt code ${code}`, {
              id: 'form.contact.subject',
              desc: 'Subject of the e-mail a person writes to ask for their answers to be deleted. The placeholder is the receipt code.',
            }),
          );
    return html`<a part="contact-link" href=${href} dir="ltr" translate="no">${decoded(address)}</a>`;
  }
  const shownAs = contact.replace(/^https:\/\//, '').replace(/^([^/]+)\/$/, '$1');
  return html`<a part="contact-link" href=${contact} target="_blank" rel="noopener noreferrer"
    ><span dir="ltr" translate="no">${shownAs}</span>${newTab()}</a
  >`;
}

/** The privacy notice, above the first question; for young people, in plain words. */
export function renderPrivacy(
  consultation: Consultation,
  text: TextRenderer,
): TemplateResult | typeof nothing {
  const { privacy, contact } = consultation;
  if (!privacy && !contact) return nothing;
  return html`<section class="privacy" part="privacy" aria-labelledby="privacy-heading">
    <h3 id="privacy-heading">
      ${msg('Your privacy', { id: 'form.privacy.heading', desc: 'Heading of the privacy notice above the questions.' })}
    </h3>
    ${privacy ? html`<p>${text(privacy)}</p>` : nothing}
    <p>
      ${msg(
        'Nothing is sent until you press “Send my answers”. Until then, your answers are kept only in this browser, for at most 7 days, and “Clear my answers” deletes them at once.',
        {
          id: 'form.privacy.device',
          desc: 'Part of the privacy notice, in plain words for children. The quoted names are the buttons "Send my answers" and "Clear my answers".',
        },
      )}
    </p>
    ${
      contact
        ? html`<p part="contact">
            ${msg('To have your answers deleted, or to ask about them, contact:', {
              id: 'form.contact.privacy',
              desc: 'End of the privacy notice, in plain words for children; followed by an e-mail address or a web address.',
            })}
            ${renderContactLink(contact)}
          </p>`
        : nothing
    }
  </section>`;
}

/** For members commenting on a draft: a link to that document, in the reader's language if it exists. */
export function renderDocumentLink(
  consultation: Consultation,
  feed: Feed,
  language: string,
  text: TextRenderer,
): TemplateResult | typeof nothing {
  if (consultation.audience !== 'members' || consultation.document === undefined) return nothing;
  const document = feed.documents.find((d) => d.id === consultation.document);
  if (!document) return nothing;
  const file =
    document.files.find((f) => baseOf(f.lang) === language) ??
    document.files.find((f) => baseOf(f.lang) === baseOf(feed.defaultLanguage)) ??
    document.files[0];
  if (!file) return nothing;
  return html`<p class="document" part="document">
    ${msg('The document you are commenting on:', {
      id: 'form.document',
      desc: 'Before the link to the draft document members are asked to comment on.',
    })}
    <a part="document-link" href=${file.url} hreflang=${file.lang} target="_blank" rel="noopener noreferrer"
      >${document.symbol ? html`<span dir="ltr">${document.symbol}</span> – ` : nothing}${text(document.title)}${newTab()}</a
    >
  </p>`;
}

/** What the status line says when no response is on its way: a draft was saved, or cleared. */
export type StatusNote = 'draft' | 'cleared' | '';

/** The words of the status line (a polite live region) for a submission state, else for `note`. */
export function statusText(state: SubmissionState, note: StatusNote = ''): string | undefined {
  switch (state.status) {
    case 'pending':
      switch (state.phase) {
        case 'sending':
          return msg('Sending…', {
            id: 'form.status.sending',
            desc: 'Status while the answers are being sent.',
          });
        case 'offline':
          return msg('Saved on this device — will send when you’re back online.', {
            id: 'form.status.offline',
            desc: 'Status when the device is offline: the answers are kept and sent later automatically.',
          });
        case 'waiting':
          return msg('Not sent yet — your answers are saved on this device. Trying again soon…', {
            id: 'form.status.retrying',
            desc: 'Status between automatic retries after a network or server error.',
          });
      }
      break;
    case 'failed':
      return msg(
        'Your answers could not be sent yet. They are saved on this device and will be sent when you open this page again, or try again now.',
        {
          id: 'form.status.failed',
          desc: 'Status after all automatic attempts failed. Next to a "Try again" button.',
        },
      );
    case 'rejected':
      return msg(
        'Your answers were not accepted. They are still here: please check them and send them again.',
        {
          id: 'form.status.rejected',
          desc: 'Status when the endpoint refused the answers themselves (HTTP 400, or 422 naming questions).',
        },
      );
    case 'misconfigured':
      return msg(
        'This consultation cannot receive answers from this page right now. Your answers are still here and saved on this device: please try again later.',
        {
          id: 'form.status.unreceivable',
          desc: 'Status when the site is set up wrongly (its consultation address is missing or blocked): not the person’s fault, nothing for them to fix.',
        },
      );
    case 'accepted':
      return msg('Sent. Thank you!', {
        id: 'form.status.sent',
        desc: 'Status once the answers were accepted.',
      });
    default:
      break;
  }
  if (note === 'draft')
    return msg('Draft saved', {
      id: 'form.status.draft',
      desc: 'Status shortly after typing: the answers were saved in this browser.',
    });
  if (note === 'cleared')
    return msg('Your answers were cleared from this device.', {
      id: 'form.status.cleared',
      desc: 'Status after the person pressed "Clear my answers".',
    });
  return undefined;
}

/**
 * After acceptance: thanks, and the receipt code to quote when asking for deletion — to the
 * consultation's `contact` when it has one.
 */
export function renderReceipt(
  submissionId: string,
  anotherResponse: (() => void) | undefined,
  contact?: string,
): TemplateResult {
  const code = submissionId.slice(0, 8);
  return html`<div class="receipt" part="receipt" tabindex="-1">
    <h3>
      ${msg('Thank you! Your answers were sent.', { id: 'form.receipt.heading', desc: 'Heading shown once the answers were accepted.' })}
    </h3>
    <p>
      ${msg('Your receipt code:', { id: 'form.receipt.code', desc: 'Before the short code identifying the response sent.' })}
      <strong class="code" part="receipt-code" dir="ltr" translate="no">${code}</strong>
    </p>
    ${
      contact
        ? html`<p part="contact">
              ${msg('To have your answers deleted, send this code to:', {
                id: 'form.contact.receipt',
                desc: 'Below the receipt code; followed by an e-mail address or a web address.',
              })}
              ${renderContactLink(contact, code)}
            </p>
            <p>
              ${msg('Write it down now: it is not kept anywhere on this device.', {
                id: 'form.contact.write-down',
                desc: 'After where to send the receipt code: the code is shown only now.',
              })}
            </p>`
        : html`<p>
            ${msg(
              'If you later want your answers deleted, ask the organizers of this consultation and give them this code. Write it down now: it is not kept anywhere on this device.',
              {
                id: 'form.receipt.deletion',
                desc: 'Below the receipt code: how to ask for the answers to be deleted.',
              },
            )}
          </p>`
    }
    ${
      anotherResponse
        ? html`<button type="button" part="another-button" @click=${anotherResponse}>
            ${msg('Send another response', { id: 'form.another', desc: 'Button after sending: start a new, empty response.' })}
          </button>`
        : nothing
    }
  </div>`;
}
