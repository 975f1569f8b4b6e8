// Bad input: fast-check's random bodies and headers never get a 5xx, and every row they leave in
// the database passes the consultation's rules (each stored body, sent to a receiver with an
// empty database, is accepted: 201).
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import fc from 'fast-check';
import pg from 'pg';
import { createDatabase, startPostgres } from './helpers/postgres.mjs';
import { FEED, post, startReceiver } from './helpers/receiver.mjs';

let server;
const receivers = [];
before(async () => {
  server = await startPostgres();
});
after(async () => {
  await Promise.all(receivers.map((receiver) => receiver.stop()));
  server?.stop();
});

const database = (name) => createDatabase(server.url, name);

/** Values near the fixture's rules and far from them. */
const anyValue = fc.oneof(
  fc.constantFrom('13-15', '16-18', 'scams', 'privacy', 'yes', 'no', '', ' ', 'x'.repeat(30)),
  fc.array(fc.constantFrom('bullying', 'scams', 'privacy', 'other', 'scams'), { maxLength: 4 }),
  fc.integer({ min: -2, max: 8 }),
  fc.double(),
  fc.boolean(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.jsonValue({ maxDepth: 2 }),
);
const questionId = fc.constantFrom(
  'age',
  'worries',
  'other',
  'story',
  'safety',
  'ok',
  'school',
  'intro',
  'nope',
);
const answers = fc.dictionary(questionId, anyValue, { maxKeys: 8 });
const validish = fc.record({ age: fc.constantFrom('13-15', '16-18'), ok: fc.constant(true) });
/** Mostly `likely`, sometimes `other`: enough requests get through to the answer checks. */
const mostly = (likely, other) => fc.oneof({ weight: 6, arbitrary: likely }, { weight: 1, arbitrary: other });
const bodies = fc.record({
  consultation: mostly(
    fc.constant('open-survey'),
    fc.oneof(fc.constantFrom('closed-survey', 'elsewhere'), fc.string()),
  ),
  submissionId: mostly(fc.uuid({ version: 4 }), fc.string()),
  locale: mostly(fc.constantFrom('ar', 'en', 'es', 'fr', 'ru', 'zh', 'fr-CA'), fc.string()),
  submittedAt: mostly(fc.constant(new Date().toISOString()), fc.string()),
  answers: fc.oneof(
    { weight: 4, arbitrary: fc.tuple(validish, answers).map(([a, b]) => ({ ...a, ...b })) },
    { weight: 2, arbitrary: validish },
    { weight: 1, arbitrary: answers },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  ),
});
const requests = fc.record({
  body: fc.oneof(
    { weight: 6, arbitrary: bodies.map((b) => JSON.stringify(b)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null') },
  ),
  type: mostly(
    fc.constantFrom('application/json', 'application/json; charset=utf-8'),
    fc.constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=latin1',
      'foo',
    ),
  ),
  key: mostly(fc.constant('same'), fc.oneof(fc.constant(null), fc.string({ maxLength: 40 }))),
  path: mostly(fc.constant('/responses'), fc.constantFrom('/other/path', '/', '/responses?x=1', '/nope')),
});

it('random bodies and headers: never a 5xx; every stored row passes the consultation’s rules', async () => {
  const fuzzed = await database('fuzz');
  const target = await startReceiver(['--feed', FEED, '--database', fuzzed, '--rate', '100000']);
  receivers.push(target);
  const statuses = new Map();
  await fc.assert(
    fc.asyncProperty(requests, async ({ body, type, key, path }) => {
      let id;
      try {
        id = JSON.parse(body)?.submissionId;
      } catch {
        id = undefined;
      }
      const result = await post(target.url, body, {
        path,
        key: key === 'same' ? (typeof id === 'string' ? id : null) : key,
        headers: { 'Content-Type': type },
      });
      statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
      assert.ok(result.status < 500, `${result.status} for ${type} ${path} ${body.slice(0, 200)}`);
      assert.ok([200, 201, 400, 403, 404, 409, 413, 415, 422].includes(result.status), String(result.status));
    }),
    { numRuns: 400 },
  );
  const client = new pg.Client({ connectionString: fuzzed });
  await client.connect();
  const { rows } = await client.query('SELECT body FROM responses');
  await client.end();
  assert.ok((statuses.get(201) ?? 0) > 0, `nothing was stored: ${JSON.stringify([...statuses])}`);
  const verifier = await startReceiver([
    '--feed',
    FEED,
    '--database',
    await database('verify'),
    '--rate',
    '100000',
  ]);
  receivers.push(verifier);
  for (const { body } of rows) {
    const result = await post(verifier.url, body);
    assert.equal(result.status, 201, `${JSON.stringify(body)} → ${JSON.stringify(result.json)}`);
  }
  console.log(
    `# fuzz: 400 requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${rows.length} stored, all valid`,
  );
});
