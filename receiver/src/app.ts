/**
 * The Fastify app: plugins (CORS, rate limit) and routes, no logic of its own. The statuses of
 * errors raised before a route runs (415, 413, 400 unparsable, 429) and the 503 of a database
 * that cannot be reached are given their bodies here.
 */
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyError, type FastifyInstance, LogController } from 'fastify';
import type { Feeds } from './feed.js';
import { healthRoutes } from './routes/health.js';
import { responsesRoutes } from './routes/responses.js';
import { resultsRoutes } from './routes/results.js';
import { type Database, isUnavailable } from './store/db.js';

/** The largest body accepted (CONTRACT §7): 64 KiB. */
export const BODY_LIMIT = 64 * 1024;
/** Seconds a client is asked to wait when the database cannot be reached. */
export const RETRY_AFTER_UNAVAILABLE = 5;

export interface AppOptions {
  feeds: Feeds;
  db: Database;
  /** Origins that may post (CORS); empty: any origin. */
  allowOrigins: string[];
  /** Requests per minute per client on the response endpoints. */
  rate: number;
  /** Log level of the one-line JSON logs (`silent` for none). */
  logLevel: string;
  /**
   * The proxies whose `X-Forwarded-For` names the client (Fastify's `trustProxy`: addresses or
   * CIDR ranges, comma-separated), so that the rate applies per client behind HTTPS.
   */
  trustProxy?: string;
  /**
   * A demo receiver: responses with a `Cop-Sample` header are stored as samples, and results count
   * them. Never on a receiver the public posts to.
   */
  acceptSamples?: boolean;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
    logController: new LogController({ disableRequestLogging: true }),
    // One JSON line per request (below), with no IP address, user agent, header or body in it.
    logger: {
      level: options.logLevel,
      serializers: {
        req: (req) => ({ method: req.method, url: req.url }),
        res: (res) => ({ status: res.statusCode }),
      },
    },
  });
  // Only JSON is a response: a text/plain body is 415, not a string to read.
  app.removeContentTypeParser(['text/plain']);
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        path: request.url.split('?')[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
  // While draining, each answer closes its connection, so that a client's idle keep-alive
  // connection does not hold the exit back.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('Connection', 'close');
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isUnavailable(error)) {
      request.log.warn({ reason: error.message }, 'database unavailable');
      return reply
        .code(503)
        .header('Retry-After', String(RETRY_AFTER_UNAVAILABLE))
        .send({ error: 'The responses cannot be stored right now; try again shortly.' });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ reason: error.message }, 'failed');
      return reply.code(500).send({ error: 'The receiver failed.' });
    }
    const messages: Record<number, string> = {
      413: `The body is larger than ${BODY_LIMIT} bytes.`,
      415: 'The body must be JSON (Content-Type: application/json).',
      429: 'Too many requests from this client; try again later.',
    };
    return reply.code(status).send({ error: messages[status] ?? `Malformed request: ${error.message}` });
  });
  await app.register(cors, {
    origin: options.allowOrigins.length > 0 ? options.allowOrigins : '*',
    credentials: false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key'],
    // So that the form can read how long to wait after a 429 or a 503.
    exposedHeaders: ['Retry-After'],
    maxAge: 86_400,
  });
  await app.register(rateLimit, { global: false });
  await app.register(healthRoutes, { db: options.db });
  const { feeds, db, rate, acceptSamples = false } = options;
  await app.register(resultsRoutes, { feeds, db, rate, includeSamples: acceptSamples });
  await app.register(responsesRoutes, { feeds, db, rate, acceptSamples });
  return app;
}
