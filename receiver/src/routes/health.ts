/** `GET /healthz`: 200 when the database answers, 503 when it does not. */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../store/db.js';

export async function healthRoutes(app: FastifyInstance, { db }: { db: Database }): Promise<void> {
  app.get('/healthz', async (_request, reply) => {
    await db.query('SELECT 1');
    return reply.send({ ok: true });
  });
}
