// The receiver on a real PostgreSQL 15 server (a throwaway cluster), and 503 while it is down.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import pg from 'pg';
import { receiverSuite } from './helpers/cases.mjs';
import { createDatabase, startPostgres } from './helpers/postgres.mjs';
import { body, post } from './helpers/receiver.mjs';

let server;
before(async () => {
  server = await startPostgres();
});
after(() => server?.stop());

/** A database per receiver of the suite, created on the cluster. */
async function database(name) {
  return ['--database', await createDatabase(server.url, `receiver_${name}`)];
}

receiverSuite('PostgreSQL 15', {
  database,
  async rows(sql, name = 'main') {
    const client = new pg.Client({
      connectionString: server.url.replace(/\/postgres$/, `/receiver_${name}`),
    });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  },
  extra: (current, expected) => {
    it('503 with Retry-After while PostgreSQL cannot be reached, /healthz 503; then back to 201', async () => {
      const receiver = current();
      server.pause();
      try {
        const result = await post(receiver.url, body());
        assert.equal(result.status, 503);
        assert.match(result.headers.get('retry-after'), /^\d+$/);
        assert.equal((await fetch(`${receiver.url}/healthz`)).status, 503);
      } finally {
        server.resume();
      }
      const value = body();
      const deadline = Date.now() + 15_000;
      let result;
      do {
        result = await post(receiver.url, value);
        if (result.status === 503) await new Promise((resolve) => setTimeout(resolve, 300));
      } while (result.status === 503 && Date.now() < deadline);
      assert.equal(result.status, 201);
      expected.set(value.submissionId, value);
    });
  },
});
