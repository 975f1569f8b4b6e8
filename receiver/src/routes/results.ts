/**
 * `GET /results/<consultationId>` (CONTRACT §6, §7): that consultation's results entry, computed
 * from the stored responses with suppression. 404 for a consultation the feed does not have.
 * Cacheable for 60 s: a published count may be a minute old.
 */
import type { FastifyInstance } from 'fastify';
import type { Feeds } from '../feed.js';
import { resultsOf } from '../results/compute.js';
import type { Database } from '../store/db.js';

/** Seconds a results entry may be cached (by browsers and shared caches). */
export const RESULTS_MAX_AGE = 60;

export interface ResultsRouteOptions {
  feeds: Feeds;
  db: Database;
  /** Requests per minute per client. */
  rate: number;
  /** Count the sample answers (a demo receiver, started with --accept-samples). */
  includeSamples?: boolean;
}

export async function resultsRoutes(app: FastifyInstance, options: ResultsRouteOptions): Promise<void> {
  const { feeds, db, rate, includeSamples = false } = options;
  app.get<{ Params: { id: string } }>(
    '/results/:id',
    { config: { rateLimit: { max: rate, timeWindow: 60_000 } } },
    async (request, reply) => {
      const consultation = feeds.consultation(request.params.id);
      if (consultation === undefined)
        return reply.code(404).send({ error: `No consultation "${request.params.id}" is known here.` });
      const results = await resultsOf(db, consultation, { includeSamples });
      return reply
        .header('Cache-Control', `public, max-age=${RESULTS_MAX_AGE}`)
        .type('application/json; charset=utf-8')
        .send(results);
    },
  );
}
