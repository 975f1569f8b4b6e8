import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SentValue } from './answers.js';
import {
  type Delivery,
  type DeliveryOutcome,
  type DeliveryPhase,
  type RetryPolicy,
  claimAnnouncement,
  deliver,
  describeFailure,
  flushOutbox,
} from './delivery.js';
import { type OutboxEntry, addToOutbox, inOutbox, outboxEntryOf, removeFromOutbox } from './outbox.js';

/** The request body of CONTRACT §4. */
export interface ResponseBody {
  consultation: string;
  submissionId: string;
  locale: string;
  submittedAt: string;
  answers: Record<string, SentValue>;
}

/** Where the response of the consultation on show stands. */
export type SubmissionState =
  | { status: 'idle' }
  | { status: 'pending'; phase: DeliveryPhase; entry: OutboxEntry }
  | { status: 'failed'; entry: OutboxEntry }
  | { status: 'rejected'; httpStatus: number; message?: string; fieldErrors: Record<string, string> }
  /** The endpoint cannot take responses from this page (the site's fault, not the person's). */
  | { status: 'misconfigured' }
  | { status: 'accepted'; submissionId: string };

/** What the element provides and learns. */
export interface SubmissionHost extends ReactiveControllerHost, HTMLElement {
  /** The retry timing in force. */
  readonly retryPolicy: RetryPolicy;
  /** A response of the consultation on show was accepted (fire `cop-submit` when `announce`). */
  responseAccepted(entry: OutboxEntry, announce: boolean): void;
  /**
   * A response of the consultation on show was refused (4xx), could not reach its endpoint from
   * this page, or ran out of attempts.
   */
  responseFailed(entry: OutboxEntry, outcome: DeliveryOutcome): void;
  /**
   * A response of a consultation no connected form shows, sent from the outbox by this element,
   * was accepted (fire `cop-submit` when `announce`).
   */
  otherResponseAccepted(entry: OutboxEntry, announce: boolean): void;
}

/** The consultation each connected form shows. */
const shownBy = new Map<HTMLElement, string>();

/** A UUID v4: `crypto.randomUUID()`, or built from `getRandomValues` on pages that are not secure contexts. */
export function newSubmissionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Submits the form's response and follows it to the end (CONTRACT §4, §5): queues it in the
 * outbox, follows its delivery, and exposes a {@link SubmissionState} to render. While a response
 * is pending, submitting again does nothing (double clicks and Enter presses send one request).
 * On connecting, and whenever the browser comes back online, it sends whatever waits in the
 * outbox, for any consultation; a response of the consultation on show found there (after a
 * reload) is followed as if just submitted.
 */
export class SubmissionController implements ReactiveController {
  state: SubmissionState = { status: 'idle' };
  private consultation?: string;
  private following?: Delivery;
  private unsubscribe?: () => void;
  private readonly flush = () => {
    for (const delivery of flushOutbox(this.host.retryPolicy)) {
      if (delivery.entry.consultation === this.consultation) this.follow(delivery);
      else this.watchBackground(delivery);
    }
  };

  constructor(private readonly host: SubmissionHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.flush);
    if (this.consultation !== undefined) shownBy.set(this.host, this.consultation);
    this.flush();
    if (this.consultation !== undefined) this.resume();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.flush);
    shownBy.delete(this.host);
    this.stopFollowing();
  }

  /** Shows `consultation`: picks up a response of it still waiting in the outbox. */
  show(consultation: string): void {
    if (consultation === this.consultation) return;
    this.consultation = consultation;
    shownBy.set(this.host, consultation);
    this.stopFollowing();
    this.state = { status: 'idle' };
    this.resume();
  }

  /** Whether a response is on its way (submitting again must wait). */
  get busy(): boolean {
    return this.state.status === 'pending';
  }

  /**
   * Queues `body` for `endpoint` and sends it. Returns false (and does nothing) while another
   * response is pending.
   */
  submit(endpoint: string, body: ResponseBody): boolean {
    if (this.busy) return false;
    const entry: OutboxEntry = {
      submissionId: body.submissionId,
      consultation: body.consultation,
      endpoint,
      body: JSON.stringify(body),
      queuedAt: Date.now(),
    };
    addToOutbox(entry);
    this.follow(deliver(entry, this.host.retryPolicy));
    return true;
  }

  /** Sends again a response that ran out of attempts ("try again"). */
  retry(): void {
    if (this.state.status !== 'failed') return;
    const { entry } = this.state;
    if (!inOutbox(entry.submissionId)) addToOutbox(entry);
    this.follow(deliver(entry, this.host.retryPolicy));
  }

  /** Forgets a response not yet accepted: stops sending it and removes it from the outbox. */
  discard(): void {
    const { state } = this;
    if (state.status === 'pending' || state.status === 'failed') {
      const delivery = this.following;
      this.stopFollowing();
      if (delivery) delivery.cancel();
      else removeFromOutbox(state.entry.submissionId);
    }
    this.setState({ status: 'idle' });
  }

  /** Back to a fresh form after a refusal or an acceptance. */
  reset(): void {
    const { status } = this.state;
    if (status === 'rejected' || status === 'misconfigured' || status === 'accepted')
      this.setState({ status: 'idle' });
  }

  private resume(): void {
    const entry = this.consultation === undefined ? undefined : outboxEntryOf(this.consultation);
    if (entry) this.follow(deliver(entry, this.host.retryPolicy));
  }

  private stopFollowing(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.following = undefined;
  }

  private setState(state: SubmissionState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private follow(delivery: Delivery): void {
    this.stopFollowing();
    this.following = delivery;
    const { entry } = delivery;
    this.setState({ status: 'pending', phase: delivery.phase, entry });
    this.unsubscribe = delivery.onPhase((phase) => {
      if (this.following === delivery) this.setState({ status: 'pending', phase, entry });
    });
    void delivery.done.then((outcome) => {
      if (this.following !== delivery) return;
      this.stopFollowing();
      switch (outcome.kind) {
        case 'accepted':
          this.setState({ status: 'accepted', submissionId: entry.submissionId });
          this.host.responseAccepted(entry, claimAnnouncement(entry.submissionId));
          break;
        case 'rejected':
          this.setState({
            status: 'rejected',
            httpStatus: outcome.status,
            fieldErrors: outcome.fieldErrors,
            ...(outcome.message === undefined ? {} : { message: outcome.message }),
          });
          this.host.responseFailed(entry, outcome);
          break;
        case 'misconfigured':
          // The answers stay in the form and its draft; a copy waiting for a page this one
          // cannot stand in for would only keep personal data around.
          removeFromOutbox(entry.submissionId);
          this.setState({ status: 'misconfigured' });
          this.host.responseFailed(entry, outcome);
          break;
        case 'failed':
          this.setState({ status: 'failed', entry });
          this.host.responseFailed(entry, outcome);
          break;
        case 'cancelled':
          this.setState({ status: 'idle' });
      }
    });
  }

  /** A response this element started sending for another consultation (or one no form shows). */
  private watchBackground(delivery: Delivery): void {
    const { entry } = delivery;
    void delivery.done.then((outcome) => {
      if (outcome.kind === 'misconfigured')
        console.warn(`cop-consultation-form: ${describeFailure(outcome)}`);
      if (outcome.kind !== 'accepted') return;
      if ([...shownBy.values()].includes(entry.consultation)) return; // that form reports it
      this.host.otherResponseAccepted(entry, claimAnnouncement(entry.submissionId));
    });
  }
}
