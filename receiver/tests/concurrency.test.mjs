// Exactly once under concurrency: 200 concurrent POSTs of 50 responses (4 copies each, some with
// another body) spread over two receiver processes sharing one PostgreSQL → 50 rows, each the
// body of the one request answered 201; every other copy 200 (same body) or 409 (another).
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { startPostgres } from './helpers/postgres.mjs';
import { FEED, body, post, startReceiver } from './helpers/receiver.mjs';

let server;
const receivers = [];
before(async () => {
  server = await startPostgres();
  const args = ['--feed', FEED, '--database', server.url, '--rate', '100000'];
  // Started together: both apply the migrations, under the advisory lock.
  receivers.push(...(await Promise.all([startReceiver(args), startReceiver(args)])));
});
after(async () => {
  await Promise.all(receivers.map((receiver) => receiver.stop()));
  server?.stop();
});

it('200 concurrent POSTs of 50 responses over two receivers on one PostgreSQL store 50 rows', async () => {
  const requests = [];
  for (let i = 0; i < 50; i += 1) {
    const original = body({ age: '13-15', ok: true, story: `response ${i}` });
    for (let copy = 0; copy < 4; copy += 1) {
      // Every fifth response has one copy with another body (a client that reused an id).
      const value =
        i % 5 === 0 && copy === 3 ? { ...original, answers: { age: '16-18', ok: true } } : original;
      requests.push({ value, receiver: receivers[(i + copy) % 2] });
    }
  }
  const results = await Promise.all(
    requests.map(async ({ value, receiver }) => ({ value, ...(await post(receiver.url, value)) })),
  );
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  const { rows } = await client.query('SELECT submission_id, body FROM responses');
  await client.end();
  assert.equal(rows.length, 50);
  const stored = new Map(rows.map((row) => [row.submission_id, row.body]));
  const counts = { 201: 0, 200: 0, 409: 0 };
  for (const { value, status, json } of results) {
    assert.ok(status in counts, `status ${status} ${JSON.stringify(json)}`);
    counts[status] += 1;
    assert.deepEqual(json, { receipt: value.submissionId.slice(0, 8) });
    const same = isDeepStrictEqual(stored.get(value.submissionId), value);
    if (status === 409) assert.ok(!same, '409 for the stored body');
    else assert.ok(same, `${status} for a body that is not the stored one`);
  }
  assert.equal(counts[201], 50, JSON.stringify(counts));
  assert.equal(counts[200] + counts[409], 150);
  assert.ok(counts[409] >= 10, JSON.stringify(counts));
  console.log(
    `# sent 200, acknowledged ${counts[201]}×201 ${counts[200]}×200 ${counts[409]}×409, stored ${rows.length}`,
  );
});
