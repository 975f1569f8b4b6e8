/**
 * Sending a queued response to its endpoint, reliably (CONTRACT §4, §5): `POST` with
 * `Content-Type: application/json`, `Idempotency-Key: <submissionId>` and no credentials; each
 * attempt times out; network errors, timeouts, 408, 429 and 5xx are retried with exponential
 * backoff and jitter, honouring `Retry-After`; while the browser is offline nothing is tried
 * and no attempt is used up. 2xx and 409 (already stored) are accepted. A 400, or a 422 naming
 * the questions it refuses, is the answers' fault: rejected. Any other 4xx (404, 405, 410, 403…)
 * and a request the page's Content-Security-Policy blocks (`connect-src`) are the site's fault:
 * misconfigured, not retried, since no retry can succeed. Accepted, rejected and refused (HTTP)
 * responses leave the outbox; one blocked by this page's policy stays in it for a page of the
 * site that may send it (the form showing it decides); a response that ran out of attempts stays
 * in it, to be sent when the browser comes back online, on the next page visit, or on "try again".
 *
 * One page sends each response once at a time: asking again for a response already in flight
 * gives the same {@link Delivery}.
 */
import { removeFromOutbox, readOutbox, type OutboxEntry } from './outbox.js';

/** Retry timing. The defaults are the contract's; tests and embedders may shorten them. */
export interface RetryPolicy {
  /** Automatic attempts before giving up for now: 5. */
  attempts: number;
  /**
   * Wait after the first failed attempt, in ms, doubled after each further one, each with
   * ±25 % jitter: 8000, so 5 attempts spread over about 2 minutes.
   */
  baseDelay: number;
  /** An attempt is abandoned after this many ms: 20 000. */
  attemptTimeout: number;
  /** The longest `Retry-After` honoured, in ms: 120 000. */
  maxRetryAfter: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  attempts: 5,
  baseDelay: 8000,
  attemptTimeout: 20_000,
  maxRetryAfter: 120_000,
});

/** What a delivery is doing: an attempt in flight, waiting to retry, or waiting for the network. */
export type DeliveryPhase = 'sending' | 'waiting' | 'offline';

/** How a delivery ended. */
export type DeliveryOutcome =
  | { kind: 'accepted'; status: number }
  | { kind: 'rejected'; status: number; message?: string; fieldErrors: Record<string, string> }
  | Misconfigured
  | { kind: 'failed'; reason: string }
  | { kind: 'cancelled' };

/**
 * The endpoint cannot take responses from this page: it answered a 4xx that is not about the
 * answers (`status`, with the `message` of its body if any), or this page's Content-Security-Policy
 * blocked the request (`directive`, e.g. `connect-src`).
 */
export type Misconfigured = { kind: 'misconfigured'; endpoint: string } & (
  { status: number; message?: string } | { directive: string }
);

type AttemptResult =
  | Extract<DeliveryOutcome, { kind: 'accepted' | 'rejected' | 'misconfigured' }>
  | { kind: 'retry'; reason: string; retryAfter?: number; network: boolean };

const RETRYABLE = new Set([408, 429]);
const MAX_ERROR_BODY = 64 * 1024;

/**
 * The wait a `Retry-After` header asks for, in ms: delay-seconds or an HTTP date; `undefined`
 * when absent or unreadable. A date in the past is 0.
 */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait after failed attempt `attempt` (1-based): exponential, with ±25 % jitter. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random = Math.random()): number {
  return policy.baseDelay * 2 ** (attempt - 1) * (0.75 + 0.5 * random);
}

/** `{ errors: { questionId: message }, message? }` (or `{ error }`) from a 400/422 body. */
function readRejection(text: string): { message?: string; fieldErrors: Record<string, string> } {
  const fieldErrors: Record<string, string> = {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { fieldErrors };
  }
  if (typeof parsed !== 'object' || parsed === null) return { fieldErrors };
  const body = parsed as Record<string, unknown>;
  const errors = body['errors'];
  if (typeof errors === 'object' && errors !== null && !Array.isArray(errors)) {
    for (const [id, message] of Object.entries(errors)) {
      if (typeof message === 'string' && message.trim() !== '') fieldErrors[id] = message.slice(0, 500);
    }
  }
  const message = [body['message'], body['error']].find(
    (m): m is string => typeof m === 'string' && m !== '',
  );
  return message === undefined ? { fieldErrors } : { message: message.slice(0, 500), fieldErrors };
}

/**
 * `connect-src` violations this page reported (`securitypolicyviolation`), by the blocked
 * origin, with when they happened. A fetch the policy blocks fails like a network error, and the
 * violation event comes a task later; see {@link blockedByPolicy}.
 */
const violations = new Map<string, { directive: string; at: number }>();
const violationWaiters = new Set<() => void>();
let listening = false;

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function listenForViolations(): void {
  if (listening) return;
  listening = true;
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      if (event.disposition !== 'enforce' || event.effectiveDirective !== 'connect-src') return;
      // Chromium gives the whole URL; a browser may give only the origin (after a redirect).
      const origin = originOf(event.blockedURI);
      if (origin === undefined) return;
      violations.set(origin, { directive: event.effectiveDirective, at: performance.now() });
      for (const wake of violationWaiters) wake();
    },
    true,
  );
}

/** How long a network error waits for the violation event that would explain it. */
export const VIOLATION_GRACE = 1000;

/**
 * The directive of this page's policy that blocked a request to `endpoint` made at `since`
 * (`performance.now()`), waiting up to {@link VIOLATION_GRACE} ms for its event; `undefined`
 * for a real network error.
 */
function blockedByPolicy(endpoint: string, since: number, cancel: AbortSignal): Promise<string | undefined> {
  const origin = originOf(endpoint);
  const found = () => {
    const violation = origin === undefined ? undefined : violations.get(origin);
    return violation && violation.at >= since ? violation.directive : undefined;
  };
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      violationWaiters.delete(check);
      cancel.removeEventListener('abort', finish);
      resolve(found());
    };
    const check = () => {
      if (found() !== undefined) finish();
    };
    const timer = setTimeout(finish, found() === undefined ? VIOLATION_GRACE : 0);
    violationWaiters.add(check);
    cancel.addEventListener('abort', finish);
  });
}

/** A 400, or a 422 naming questions: the answers' fault (the person can fix them). */
const aboutTheAnswers = (status: number, fieldErrors: Record<string, string>) =>
  status === 400 || (status === 422 && Object.keys(fieldErrors).length > 0);

async function attempt(entry: OutboxEntry, timeout: number, cancel: AbortSignal): Promise<AttemptResult> {
  listenForViolations();
  const started = performance.now();
  const controller = new AbortController();
  const abort = () => controller.abort();
  cancel.addEventListener('abort', abort);
  const timer = setTimeout(abort, timeout);
  try {
    const response = await fetch(entry.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': entry.submissionId },
      body: entry.body,
      credentials: 'omit',
      mode: 'cors',
      cache: 'no-store',
      signal: controller.signal,
    });
    const { status } = response;
    if ((status >= 200 && status < 300) || status === 409) {
      void response.body?.cancel().catch(() => undefined);
      return { kind: 'accepted', status };
    }
    if (RETRYABLE.has(status) || status >= 500) {
      void response.body?.cancel().catch(() => undefined);
      const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
      return {
        kind: 'retry',
        reason: `HTTP ${status}`,
        network: false,
        ...(retryAfter === undefined ? {} : { retryAfter }),
      };
    }
    const text = await response.text().catch(() => '');
    const rejection = readRejection(text.slice(0, MAX_ERROR_BODY));
    if (aboutTheAnswers(status, rejection.fieldErrors)) return { kind: 'rejected', status, ...rejection };
    const { message } = rejection;
    return {
      kind: 'misconfigured',
      endpoint: entry.endpoint,
      status,
      ...(message === undefined ? {} : { message }),
    };
  } catch {
    if (controller.signal.aborted && !cancel.aborted)
      return { kind: 'retry', reason: 'timeout', network: false };
    const directive = cancel.aborted ? undefined : await blockedByPolicy(entry.endpoint, started, cancel);
    if (directive !== undefined) return { kind: 'misconfigured', endpoint: entry.endpoint, directive };
    return { kind: 'retry', reason: 'network error', network: true };
  } finally {
    clearTimeout(timer);
    cancel.removeEventListener('abort', abort);
  }
}

/** Resolves after `ms`, or earlier when `signal` aborts or (if `wakeOnline`) the browser comes online. */
function pause(ms: number, signal: AbortSignal, wakeOnline: boolean): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      window.removeEventListener('online', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
    if (wakeOnline) window.addEventListener('online', done);
  });
}

const offline = () => navigator.onLine === false;

/** Deliveries in flight on this page, by submission id. */
const inFlight = new Map<string, Delivery>();

/** One response being sent, with its progress; see the module comment. */
export class Delivery {
  /** What it is doing now. */
  phase: DeliveryPhase = 'sending';
  /** Settles with the outcome; never rejects. */
  readonly done: Promise<DeliveryOutcome>;
  private readonly listeners = new Set<(phase: DeliveryPhase) => void>();
  private readonly abort = new AbortController();

  constructor(
    readonly entry: OutboxEntry,
    private readonly policy: RetryPolicy,
  ) {
    this.done = this.run()
      .catch((error: unknown): DeliveryOutcome => ({ kind: 'failed', reason: String(error) }))
      .then((outcome) => {
        inFlight.delete(entry.submissionId);
        return outcome;
      });
  }

  /** Calls `listener` on each change of phase, until the returned function is called. */
  onPhase(listener: (phase: DeliveryPhase) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops sending and removes the response from the outbox (the person cleared their answers). */
  cancel(): void {
    this.abort.abort();
    removeFromOutbox(this.entry.submissionId);
  }

  private enter(phase: DeliveryPhase): void {
    if (this.phase === phase) return;
    this.phase = phase;
    for (const listener of this.listeners) listener(phase);
  }

  private async run(): Promise<DeliveryOutcome> {
    const { entry, policy } = this;
    const { signal } = this.abort;
    let used = 0;
    for (;;) {
      while (offline()) {
        this.enter('offline');
        await new Promise<void>((resolve) => {
          const done = () => {
            window.removeEventListener('online', done);
            signal.removeEventListener('abort', done);
            resolve();
          };
          window.addEventListener('online', done);
          signal.addEventListener('abort', done);
        });
        if (signal.aborted) return { kind: 'cancelled' };
      }
      this.enter('sending');
      const result = await attempt(entry, policy.attemptTimeout, signal);
      if (signal.aborted) return { kind: 'cancelled' };
      if (result.kind !== 'retry') {
        // A response this page's policy blocks may still be sent by another page of the site.
        if (!(result.kind === 'misconfigured' && 'directive' in result)) removeFromOutbox(entry.submissionId);
        return result;
      }
      // A request that failed because the browser went offline does not use up an attempt.
      if (result.network && offline()) continue;
      used += 1;
      if (used >= policy.attempts) return { kind: 'failed', reason: result.reason };
      const wait =
        result.retryAfter === undefined
          ? backoffDelay(used, policy)
          : Math.min(result.retryAfter, policy.maxRetryAfter);
      this.enter('waiting');
      // After a network error, coming back online is a reason to try at once.
      await pause(wait, signal, result.network && result.retryAfter === undefined);
      if (signal.aborted) return { kind: 'cancelled' };
    }
  }
}

/** The delivery of `entry`: the one in flight on this page, or a new one. */
export function deliver(entry: OutboxEntry, policy: RetryPolicy): Delivery {
  let delivery = inFlight.get(entry.submissionId);
  if (!delivery) {
    delivery = new Delivery(entry, policy);
    inFlight.set(entry.submissionId, delivery);
  }
  return delivery;
}

/** Starts sending everything in the outbox that is not in flight yet; returns the new deliveries. */
export function flushOutbox(policy: RetryPolicy): Delivery[] {
  return readOutbox()
    .filter((entry) => !inFlight.has(entry.submissionId))
    .map((entry) => deliver(entry, policy));
}

/** How a refused or failed delivery went, in English, for the `message` of `cop-error`. */
export function describeFailure(outcome: DeliveryOutcome): string {
  switch (outcome.kind) {
    case 'rejected':
      return `The endpoint refused the response (HTTP ${outcome.status})${outcome.message ? `: ${outcome.message}` : '.'}`;
    case 'misconfigured':
      if ('directive' in outcome) {
        const origin = originOf(outcome.endpoint) ?? outcome.endpoint;
        return `This page's Content-Security-Policy blocks sending responses to ${outcome.endpoint} (${outcome.directive}): add ${origin} to the ${outcome.directive} directive of the page's policy. The answers stay in the form.`;
      }
      return `The consultation endpoint ${outcome.endpoint} answered HTTP ${outcome.status}${outcome.message ? ` (${outcome.message})` : ''}: it cannot receive responses from this page. Check the consultation's "endpoint" in the feed (a relative one resolves against the feed's URL) or the form's endpoint attribute. The answers stay in the form.`;
    case 'failed':
      return `The response could not be sent (${outcome.reason}); it stays in the outbox.`;
    default:
      return `The response was ${outcome.kind}.`;
  }
}

/** Submission ids whose acceptance has been announced with `cop-submit` on this page. */
const announced = new Set<string>();

/** Whether the caller is the first to announce the acceptance of `submissionId` (then it must). */
export function claimAnnouncement(submissionId: string): boolean {
  if (announced.has(submissionId)) return false;
  announced.add(submissionId);
  return true;
}
