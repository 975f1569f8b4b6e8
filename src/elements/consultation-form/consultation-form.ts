import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Consultation, LocalizedText } from '../../feed/model.js';
import { type Feed, safeUrl } from '../../feed/validate.js';
import { renderText } from '../../i18n/localized-text.js';
import type { CopErrorDetail } from '../../internal/feed-controller.js';
import { FeedElement } from '../../internal/feed-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { type AnswerValue, checkedAnswers, collectAnswers } from './answers.js';
import { formStyles } from './consultation-form.styles.js';
import { renderConsultation, renderMissing } from './consultation-view.js';
import { DEFAULT_RETRY_POLICY, type DeliveryOutcome, type RetryPolicy, describeFailure } from './delivery.js';
import { DraftController } from './draft-controller.js';
import { FormState } from './form-state.js';
import { questionDomId } from './form-view.js';
import { type OutboxEntry, outboxEntryOf } from './outbox.js';
import { questionsWithPersonalDetails } from './pii.js';
import { controlId } from './questions.js';
import { type Phase, phaseOf, pickConsultation, untilNextPhase } from './schedule.js';
import { type ResponseBody, SubmissionController, newSubmissionId } from './submission-controller.js';
import type { StatusNote } from './views.js';

/** `detail` of `cop-submit`. */
export interface CopSubmitDetail {
  /** The consultation's id. */
  consultation: string;
  /** The response's UUID; its first 8 characters are the receipt code shown to the person. */
  submissionId: string;
}

/** Longest wait between two re-renders of "closes in …" (and of the open/closed state). */
const REFRESH = 60 * 60 * 1000;

/**
 * One consultation of the feed as a form: a youth consultation or members' comments on a draft
 * (CONTRACT §2–§5). Every question type, `showIf`, sections, help, character counters; the
 * privacy notice first; a language switch that keeps the answers; answers autosaved in this
 * browser only (7 days at most, "clear my answers" at any time); submission with one
 * `submissionId` per response, retries, and an outbox that survives reloads and offline spells.
 * `cop-load`'s `count` is the number of entries in the consultation's `questions` (sections
 * included). Storage: the page origin's `localStorage` only (`cop-widgets:draft:<id>`,
 * `cop-widgets:outbox`), never cookies. An endpoint answering 400 or 422 with
 * `{ "errors": { "<questionId>": "message" }, "message": "…" }` has its messages shown at those
 * questions. The consultation's `contact` (an `https:` page or a `mailto:` address) is shown
 * with the privacy notice and beside the receipt code, as where to ask for the answers' deletion;
 * without one, the receipt says to ask "the organizers of this consultation". Feed authors: questions asking young people for personal data are refused by the
 * feed validator (src/feed/youth-privacy.ts).
 *
 * @summary A consultation form: validated, autosaved, submitted reliably and privately.
 * @tagname cop-consultation-form
 *
 * @fires cop-submit - A response was accepted by the endpoint (2xx, or 409 for one it already
 *   held). `detail: { consultation, submissionId }`. Fires once per response.
 * @fires cop-error - Besides the feed errors: `code: "submit-failed"` when the endpoint refused
 *   the response (a 4xx other than 408, 409 and 429: the answers stay in the form), cannot take
 *   responses from this page (a 4xx other than 400 and a 422 naming questions, such as 404, 405
 *   or 410, or a request blocked by the page's Content-Security-Policy `connect-src`: the person
 *   is told the consultation cannot receive answers from this page right now, the answers stay
 *   in the form and the console says what to fix), or the last automatic attempt failed (the
 *   response stays in the outbox; "Try again" is offered). `detail.endpoint` is the address
 *   posted to and `detail.status` the HTTP status it answered, when it answered.
 *
 * @csspart consultation - The whole consultation: heading, notices and form.
 * @csspart title - The consultation's heading.
 * @csspart timing - "Opens in…", "Closes in…" or "Closed…".
 * @csspart language - The language switch (label and select).
 * @csspart privacy - The privacy notice above the questions.
 * @csspart contact - The line giving the consultation's `contact`: at the end of the privacy
 *   notice ("To have your answers deleted, or to ask about them, contact: …") and under the receipt
 *   code ("To have your answers deleted, send this code to: …").
 * @csspart contact-link - The link to that contact: its e-mail address (on the receipt, a
 *   `mailto:` link whose subject quotes the receipt code), or its page's address (opens in a new
 *   tab).
 * @csspart description - The consultation's description.
 * @csspart document - The line linking to the document under review (members' comments).
 * @csspart document-link - The link to that document.
 * @csspart unavailable - The message shown instead of the questions before opening or after closing.
 * @csspart restored - The note that answers saved earlier on this device were restored.
 * @csspart form - The `<form>` with the questions.
 * @csspart error-summary - The list of problems at the top of the form after a submit.
 * @csspart personal-data-warning - The warning about an e-mail address or phone number in an answer.
 * @csspart section - A section heading and its text.
 * @csspart question - One question: label or legend, help, error and control.
 * @csspart help - A question's help text.
 * @csspart field-error - A question's error message.
 * @csspart counter - The character counter of a text answer with a maximum length.
 * @csspart scale - The row of choices of a rating scale.
 * @csspart actions - The row of buttons under the questions.
 * @csspart submit-button - "Send my answers".
 * @csspart not-now-button - "Not now" (youth consultations): as prominent as sending.
 * @csspart clear-button - "Clear my answers".
 * @csspart declined - What "Not now" shows.
 * @csspart submit-status - The status line: draft saved, sending, saved offline, sent (a polite live region).
 * @csspart try-again-button - Sends a response again after the automatic attempts failed.
 * @csspart receipt - The thanks and receipt code after acceptance.
 * @csspart receipt-code - The receipt code.
 * @csspart another-button - "Send another response" (not for youth consultations).
 *
 * @cssprop --cop-consultation-form-gap - Space between questions (default `1.5rem`).
 * @cssprop --cop-consultation-form-notice-background - Background of the privacy notice and the receipt.
 */
export class CopConsultationForm extends FeedElement {
  static override styles = [sharedStyles, formStyles];

  /**
   * Retry timing of every form on the page: `{ attempts: 5, baseDelay: 8000, attemptTimeout:
   * 20000, maxRetryAfter: 120000 }` (ms; CONTRACT §5). For tests and embedders that need other
   * timing; assign a new object before the form submits.
   */
  static retryPolicy: RetryPolicy = { ...DEFAULT_RETRY_POLICY };

  /**
   * Id of the consultation to show. Without it: the open consultation that closes soonest; when
   * none is open, the most recent one, in its not-yet-open or closed state.
   */
  @property() consultation?: string;

  /**
   * Address responses are posted to, instead of the consultation's `endpoint` in the feed;
   * resolved against the page's base URL. Must be `https:` or `http:` (else the feed's is used).
   */
  @property() endpoint?: string;

  @state() private personalData?: { ids: string[]; fingerprint: string };
  @state() private declined = false;
  @state() private restored = false;
  @state() private note: StatusNote = '';

  private personalDataAccepted?: string;
  private shown?: { feed: Feed; consultation: Consultation | undefined };
  private phase: Phase = 'open';
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private readonly form = new FormState(this);
  private readonly drafts = new DraftController(this);
  private readonly submission = new SubmissionController(this);

  /** @internal The retry timing in force (the class's). */
  get retryPolicy(): RetryPolicy {
    return (this.constructor as typeof CopConsultationForm).retryPolicy;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.refreshTimer);
  }

  /** Every entry of the shown consultation's `questions`, sections included; 0 when none is shown. */
  protected override countItems(feed: Feed): number {
    return (
      pickConsultation(feed.consultations, this.consultation || undefined, Date.now())?.questions.length ?? 0
    );
  }

  // Derived here rather than in willUpdate(): the feed may settle in the controllers' hostUpdate,
  // which runs between willUpdate() and update().
  protected override update(changed: PropertyValues): void {
    const { state: feedState } = this.feedController;
    if (feedState.status === 'complete') this.derive(feedState.feed);
    super.update(changed);
  }

  private derive(feed: Feed): void {
    const now = Date.now();
    const consultation = pickConsultation(feed.consultations, this.consultation || undefined, now);
    if (this.shown?.feed !== feed || this.shown.consultation?.id !== consultation?.id) {
      const changed = this.shown?.consultation?.id !== consultation?.id;
      this.shown = { feed, consultation };
      if (changed && consultation) this.load(consultation);
    }
    clearTimeout(this.refreshTimer);
    if (!consultation) return;
    this.phase = phaseOf(consultation, now);
    this.form.derive(consultation.questions);
    const wait = Math.min(untilNextPhase(consultation, now) ?? REFRESH, REFRESH);
    this.refreshTimer = setTimeout(() => this.requestUpdate(), wait + 50);
  }

  /** Starts on `consultation`: its draft (or the response waiting in the outbox) and its submission. */
  private load(consultation: Consultation): void {
    const draft = this.drafts.restore(consultation.id);
    let saved: unknown = draft?.answers;
    const queued = draft ? undefined : outboxEntryOf(consultation.id);
    if (queued) {
      try {
        saved = (JSON.parse(queued.body) as Partial<ResponseBody>).answers;
      } catch {
        saved = undefined;
      }
    }
    const answers = checkedAnswers(consultation.questions, saved);
    this.form.reset(answers);
    this.restored = draft !== undefined && Object.keys(answers).length > 0;
    this.resetNotices();
    this.submission.show(consultation.id);
  }

  private resetNotices(): void {
    this.personalData = undefined;
    this.declined = false;
    this.note = '';
  }

  private text = (value: LocalizedText) =>
    renderText(value, this.language, this.shown?.feed.defaultLanguage ?? 'en');

  private get current(): Consultation | undefined {
    return this.shown?.consultation;
  }

  // ── what the person does ──────────────────────────────────────────────────────────────────

  private setAnswer(id: string, value: AnswerValue | undefined): void {
    const consultation = this.current;
    if (!consultation) return;
    const answers = this.form.set(id, value);
    this.personalData = undefined;
    this.note = '';
    this.drafts.save(consultation.id, answers);
  }

  /** Validates, warns of personal data, then submits; true when the response went on its way. */
  private async send(): Promise<boolean> {
    const consultation = this.current;
    if (!consultation || this.submission.busy || this.phase !== 'open') return false;
    const { form } = this;
    form.markSubmitted();
    form.derive(consultation.questions);
    if (form.problems.size > 0) {
      this.personalData = undefined;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return false;
    }
    const flagged = questionsWithPersonalDetails(consultation.questions, form.answers, form.visible);
    const fingerprint = JSON.stringify(flagged.map((q) => [q.id, form.answers[q.id]]));
    if (flagged.length > 0 && fingerprint !== this.personalDataAccepted) {
      this.personalData = { ids: flagged.map((q) => q.id), fingerprint };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.personal-data-warning')?.focus();
      return false;
    }
    this.personalData = undefined;
    const body: ResponseBody = {
      consultation: consultation.id,
      submissionId: newSubmissionId(),
      locale: this.language,
      submittedAt: new Date().toISOString(),
      answers: collectAnswers(consultation.questions, form.answers),
    };
    this.drafts.flush();
    return this.submission.submit(this.endpointOf(consultation), body);
  }

  /**
   * "Send anyway" on the personal-data warning: the warning (and the button pressed) goes, so
   * focus moves to the status line saying what happens next, or to the receipt once accepted.
   */
  private async sendAnyway(): Promise<void> {
    this.personalDataAccepted = this.personalData?.fingerprint;
    if (!(await this.send())) return;
    await this.updateComplete;
    if (this.renderRoot.querySelector('.receipt')) return; // responseAccepted() focuses it
    this.renderRoot.querySelector<HTMLElement>('.submit-status')?.focus();
  }

  private focusQuestion(id: string): void {
    const index = this.current?.questions.findIndex((q) => q.id === id) ?? -1;
    this.renderRoot.querySelector<HTMLElement>(`#${controlId(questionDomId(index))}`)?.focus();
  }

  private endpointOf(consultation: Consultation): string {
    if (this.endpoint) {
      const url = safeUrl(this.endpoint, document.baseURI);
      if (url) return url;
      console.warn(
        `cop-consultation-form: endpoint="${this.endpoint}" is not an http(s) address; using the feed's.`,
      );
    }
    return consultation.endpoint;
  }

  private clearAnswers(): void {
    const consultation = this.current;
    if (!consultation) return;
    this.drafts.clear(consultation.id);
    this.submission.discard();
    this.form.reset();
    this.restored = false;
    this.resetNotices();
    this.note = 'cleared';
  }

  private async decline(declined: boolean): Promise<void> {
    this.declined = declined;
    await this.updateComplete;
    const target = declined ? '.declined' : `[part~="not-now-button"]`;
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  // ── what the controllers report ───────────────────────────────────────────────────────────

  /** @internal */
  draftSaved(consultation: string): void {
    if (consultation === this.current?.id && this.submission.state.status === 'idle') this.note = 'draft';
  }

  /** @internal */
  async responseAccepted(entry: OutboxEntry, announce: boolean): Promise<void> {
    this.drafts.clear(entry.consultation);
    this.form.reset();
    this.restored = false;
    this.resetNotices();
    if (announce) this.announceSubmit(entry);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.receipt')?.focus();
  }

  /** @internal */
  otherResponseAccepted(entry: OutboxEntry, announce: boolean): void {
    this.drafts.clear(entry.consultation);
    if (announce) this.announceSubmit(entry);
  }

  /** @internal */
  responseFailed(entry: OutboxEntry, outcome: DeliveryOutcome): void {
    if (outcome.kind === 'rejected') {
      const known = new Set(this.current?.questions.map((q) => q.id));
      this.form.markSubmitted(
        Object.fromEntries(Object.entries(outcome.fieldErrors).filter(([id]) => known.has(id))),
      );
    }
    if (outcome.kind === 'rejected' || outcome.kind === 'misconfigured') {
      // The response left the outbox: the answers on show must outlive a reload.
      this.drafts.save(entry.consultation, this.form.answers);
      this.drafts.flush();
    }
    const message = describeFailure(outcome);
    // The page's author must hear of a misconfigured endpoint; the person is told only that
    // the answers cannot be received from this page now.
    if (outcome.kind === 'misconfigured') console.error(`cop-consultation-form: ${message}`);
    const detail: CopErrorDetail = { code: 'submit-failed', message, endpoint: entry.endpoint };
    if ('status' in outcome) detail.status = outcome.status;
    this.dispatchEvent(new CustomEvent('cop-error', { bubbles: true, composed: true, detail }));
  }

  private announceSubmit(entry: OutboxEntry): void {
    const detail: CopSubmitDetail = { consultation: entry.consultation, submissionId: entry.submissionId };
    this.dispatchEvent(new CustomEvent('cop-submit', { bubbles: true, composed: true, detail }));
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  protected override renderFeed(feed: Feed): TemplateResult {
    const consultation = this.current;
    if (!consultation) return renderMissing(Boolean(this.consultation));
    return renderConsultation({
      consultation,
      feed,
      phase: this.phase,
      language: this.language,
      form: this.form,
      submission: this.submission.state,
      note: this.note,
      restored: this.restored,
      personalData: this.personalData?.ids,
      declined: this.declined,
      text: this.text,
      switchLanguage: (language) => (this.lang = language),
      setAnswer: (id, value) => this.setAnswer(id, value),
      submit: (event) => {
        event.preventDefault();
        void this.send();
      },
      focusQuestion: (id) => this.focusQuestion(id),
      sendAnyway: () => void this.sendAnyway(),
      decline: (declined) => void this.decline(declined),
      clear: () => this.clearAnswers(),
      anotherResponse: () => {
        this.submission.reset();
        this.form.reset();
        this.resetNotices();
      },
      retry: () => this.submission.retry(),
    });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cop-submit': CustomEvent<CopSubmitDetail>;
  }
}
