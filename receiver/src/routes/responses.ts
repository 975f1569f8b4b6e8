/**
 * `POST <endpoint path>` (CONTRACT §4, §7): the one place a response's status is decided.
 *
 * 415 not JSON, 413 over 64 KiB, 400 malformed or `Idempotency-Key` ≠ `submissionId` (Fastify's
 * parser and the error handler in app.ts give the first three); 404 unknown consultation (or
 * not one posted to this path); 200/409 for a `submissionId` already stored; 403 not open; 422
 * answers the consultation does not allow; 201 stored. 503 when the database cannot be reached.
 */
import type { FastifyInstance } from 'fastify';
import { phaseOf } from '../../../src/elements/consultation-form/schedule.js';
import { toLanguage } from '../../../src/i18n/language.js';
import { checkAnswers } from '../answers.js';
import { type Feeds, endpointPath } from '../feed.js';
import type { Database } from '../store/db.js';
import { compare, store } from '../store/responses.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** RFC 3339 date-time with an offset (what `new Date().toISOString()` gives). */
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/i;
const LOCALE = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i;

export interface ResponseBody {
  consultation: string;
  submissionId: string;
  locale: string;
  submittedAt: string;
  answers: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with the body's shape (§4), or `undefined` when it is a §4 body. */
export function malformed(body: unknown): string | undefined {
  if (!isRecord(body)) return 'the body is not a JSON object';
  const { consultation, submissionId, locale, submittedAt, answers } = body;
  if (typeof consultation !== 'string' || consultation === '') return '"consultation" is not an id';
  if (typeof submissionId !== 'string' || !UUID.test(submissionId)) return '"submissionId" is not a UUID';
  if (typeof locale !== 'string' || !LOCALE.test(locale)) return '"locale" is not a language tag';
  if (
    typeof submittedAt !== 'string' ||
    !DATE_TIME.test(submittedAt) ||
    Number.isNaN(Date.parse(submittedAt))
  )
    return '"submittedAt" is not an ISO date-time';
  if (!isRecord(answers)) return '"answers" is not an object';
  const extra = Object.keys(body).find(
    (key) => !['consultation', 'submissionId', 'locale', 'submittedAt', 'answers'].includes(key),
  );
  return extra === undefined ? undefined : `unexpected field "${extra}"`;
}

export interface ResponsesOptions {
  feeds: Feeds;
  db: Database;
  /** Requests per minute per client before 429. */
  rate: number;
  /**
   * Take sample answers (the demo): a response with a `Cop-Sample` header is stored as a sample,
   * received at the header's date-time when it gives one, and not counted by the rate. Without
   * it (a production receiver), the header is ignored.
   */
  acceptSamples?: boolean;
  now?: () => number;
}

/** The header that marks a sample answer (honoured only with `acceptSamples`). */
export const SAMPLE_HEADER = 'cop-sample';

/** Whether `request` is a sample answer a receiver taking samples stores as one. */
function sampleOf(headers: Record<string, unknown>, accept: boolean): { receivedAt?: Date } | undefined {
  const value = headers[SAMPLE_HEADER];
  if (!accept || typeof value !== 'string') return undefined;
  const at = DATE_TIME.test(value.trim()) ? new Date(value.trim()) : undefined;
  return at && !Number.isNaN(at.getTime()) ? { receivedAt: at } : {};
}

export async function responsesRoutes(app: FastifyInstance, options: ResponsesOptions): Promise<void> {
  const { feeds, db, rate, acceptSamples = false, now = Date.now } = options;
  const allowList = (request: { headers: Record<string, unknown> }) =>
    sampleOf(request.headers, acceptSamples) !== undefined;
  const rateLimit = { max: rate, timeWindow: 60_000, allowList };
  app.post('/*', { config: { rateLimit } }, async (request, reply) => {
    const { body } = request;
    const problem = malformed(body);
    if (problem) return reply.code(400).send({ error: `Malformed response: ${problem}.` });
    const response = body as ResponseBody;
    if (request.headers['idempotency-key'] !== response.submissionId)
      return reply.code(400).send({ error: 'The Idempotency-Key header must equal submissionId.' });
    const path = new URL(request.url, 'http://receiver.invalid/').pathname;
    const consultation = feeds.consultation(response.consultation);
    if (consultation === undefined || endpointPath(consultation.endpoint) !== path)
      return reply
        .code(404)
        .send({ error: `No consultation "${response.consultation}" takes responses here.` });
    const receipt = { receipt: response.submissionId.slice(0, 8) };
    // A response already stored is answered whatever the consultation's state now: a retry
    // after `closes` of a response sent before it is still the same response.
    const known = await compare(db, response.submissionId, JSON.stringify(body));
    if (known !== undefined) return reply.code(known === 'same' ? 200 : 409).send(receipt);
    if (phaseOf(consultation, now()) !== 'open')
      return reply.code(403).send({ error: `The consultation "${consultation.id}" is not open.` });
    const { errors, personalData } = checkAnswers(
      consultation.questions,
      response.answers,
      toLanguage(response.locale),
    );
    if (Object.keys(errors).length > 0) return reply.code(422).send({ errors });
    const sample = sampleOf(request.headers, acceptSamples);
    const stored = await store(db, {
      consultation: consultation.id,
      submissionId: response.submissionId,
      body,
      locale: response.locale,
      personalData,
      ...(sample ? { sample: true, ...sample } : {}),
    });
    return reply.code(stored === 'created' ? 201 : stored === 'same' ? 200 : 409).send(receipt);
  });
}
