// Faults, on a real PostgreSQL 15: a receiver killed (-9) during a load, and PostgreSQL stopped
// for 10 s during a load. Every response acknowledged is stored; a client that retries as the
// form does (same submissionId and body) ends with every response stored exactly once.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import pg from 'pg';
import { createDatabase, startPostgres } from './helpers/postgres.mjs';
import { FEED, body, post, startReceiver } from './helpers/receiver.mjs';

let server;
before(async () => {
  server = await startPostgres();
});
after(() => server?.stop());

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const database = (name) => createDatabase(server.url, name);

async function storedIds(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query('SELECT submission_id FROM responses');
  await client.end();
  return rows.map((row) => row.submission_id);
}

/** Sends `values` with `concurrency` requests at a time; resolves to each one's status (0: no answer). */
async function load(url, values, concurrency, onAnswer = () => {}) {
  const statuses = new Map();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < values.length) {
        const value = values[next++];
        const status = await post(url, value).then(
          (result) => result.status,
          () => 0,
        );
        statuses.set(value.submissionId, status);
        onAnswer(status);
      }
    }),
  );
  return statuses;
}

it('kill -9 of a receiver during a load: every acknowledged response is stored; resent, all are stored once', async () => {
  const url = await database('kill');
  const args = ['--feed', FEED, '--database', url, '--rate', '100000'];
  const receiver = await startReceiver(args);
  const values = Array.from({ length: 400 }, (_, i) => body({ age: '13-15', ok: true, story: `kill ${i}` }));
  let answered = 0;
  const statuses = await load(receiver.url, values, 16, () => {
    answered += 1;
    if (answered === 100) receiver.child.kill('SIGKILL');
  });
  await receiver.exited;
  const acknowledged = values.filter((v) => [200, 201, 409].includes(statuses.get(v.submissionId)));
  const stored = new Set(await storedIds(url));
  assert.ok(
    acknowledged.length >= 100 && acknowledged.length < values.length,
    `${acknowledged.length} acknowledged`,
  );
  for (const value of acknowledged)
    assert.ok(stored.has(value.submissionId), 'an acknowledged response was lost');
  const storedBeforeRetry = stored.size;

  // The form retries what got no answer, with the same id and body, once the receiver is back.
  const restarted = await startReceiver(args);
  try {
    const retried = [...(await load(restarted.url, values, 16)).values()];
    // Those already stored are known (200, same body); the others are stored now (201).
    assert.equal(retried.filter((s) => s === 200).length, storedBeforeRetry);
    assert.equal(retried.filter((s) => s === 201).length, values.length - storedBeforeRetry);
  } finally {
    await restarted.stop();
  }
  const final = await storedIds(url);
  assert.equal(final.length, values.length);
  assert.equal(new Set(final).size, values.length);
  console.log(
    `# kill -9: sent ${values.length}, acknowledged ${acknowledged.length} before the kill, stored ${storedBeforeRetry}; after resending: stored ${final.length}`,
  );
});

it('PostgreSQL stopped for 10 s during a load: 503 with Retry-After, then every response stored once', async () => {
  const url = await database('outage');
  const receiver = await startReceiver(['--feed', FEED, '--database', url, '--rate', '100000']);
  const values = Array.from({ length: 300 }, (_, i) =>
    body({ age: '16-18', ok: true, story: `outage ${i}` }),
  );
  const seen = { 503: 0, retryAfter: true, other: [] };
  let outage;
  try {
    let sent = 0;
    // A client that retries as the form does: on a 503, wait Retry-After (capped at 1 s here).
    const send = async (value) => {
      for (;;) {
        const result = await post(receiver.url, value);
        if (result.status !== 503) return result.status;
        seen[503] += 1;
        if (!/^\d+$/.test(result.headers.get('retry-after') ?? '')) seen.retryAfter = false;
        await sleep(Math.min(1000, Number(result.headers.get('retry-after')) * 1000));
      }
    };
    const statuses = [];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (sent < values.length) {
          const value = values[sent++];
          if (sent === 60)
            outage = (async () => {
              server.pause();
              await sleep(10_000);
              server.resume();
            })();
          statuses.push(await send(value));
          await sleep(20);
        }
      }),
    );
    await outage;
    seen.other = [...new Set(statuses)];
  } finally {
    await receiver.stop();
  }
  assert.ok(seen[503] > 0, 'no 503 during the outage');
  assert.ok(seen.retryAfter, 'a 503 without Retry-After');
  assert.deepEqual(seen.other, [201]);
  const final = await storedIds(url);
  assert.equal(final.length, values.length);
  assert.equal(new Set(final).size, values.length);
  console.log(
    `# outage: sent ${values.length}, ${seen[503]} answers 503 during 10 s, stored ${final.length}`,
  );
});
