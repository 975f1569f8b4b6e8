// `npm run bench:receiver` (issue 18, "Speed"): how many consultation responses a receiver stores
// per second. Starts `cop-widgets-receiver serve` on 127.0.0.1, first on its embedded database
// (PGlite, in a temporary folder), then on a throwaway PostgreSQL 15 cluster (the receiver tests'
// own helpers), and loads each with autocannon for 30 s: every request a valid, distinct §4
// response (a new submissionId and the matching Idempotency-Key, answers the fixture
// consultation allows). Then counts the rows stored against the 2xx answers (they must match),
// writes its section of RESULTS.md (bench/results-md.mjs: between markers that `npm run bench`
// keeps) and removes the cluster and the temporary folders.
//
//   node bench/receiver.mjs [--duration 30] [--connections 10] [--results bench/RESULTS.md]
import { execFileSync } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { FEED, startReceiver } from '../receiver/tests/helpers/receiver.mjs';
import { PG_BIN, startPostgres } from '../receiver/tests/helpers/postgres.mjs';
import { RESULTS, writeSection } from './results-md.mjs';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '10' },
    // Another file with a RESULTS.md's shape, to try the script without touching the figures.
    results: { type: 'string', default: RESULTS },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
/** No run sends more than this many requests, whatever the speed. */
const MAX_REQUESTS = 300_000;
/** Seconds of load before the measured run, so that the JIT and the connection pools are warm. */
const WARM_UP = 3;
const TARGET = { perSecond: 1000, p99: 50 };
// The rate limit is per client, and autocannon is one client: above what it can send.
const RECEIVER_ARGS = ['--feed', FEED, '--rate', '100000000'];

const pick = (list) => list[randomInt(list.length)];
const STORIES = [
  'Someone I do not know keeps sending me messages.',
  'أريد أن أعرف كيف أبلغ عن حساب مزيف.',
  '我不知道如何保护我的照片。',
  'Les jeux en ligne demandent mon adresse.',
  '',
];

/** A §4 body for the fixture's open consultation, with answers it accepts, drawn at random. */
function response() {
  const answers = { age: pick(['13-15', '16-18']), ok: true };
  const worries = ['bullying', 'scams', 'privacy'].filter(() => randomInt(3) === 0).slice(0, 2);
  if (worries.length > 0) answers.worries = worries;
  if (worries.includes('privacy') && randomInt(2) === 0)
    answers.other = pick(['photos', 'location', 'مكاني']);
  const story = pick(STORIES);
  if (story) answers.story = story;
  if (randomInt(2) === 0) answers.safety = 1 + randomInt(5);
  if (randomInt(2) === 0) answers.school = pick(['yes', 'no']);
  return {
    consultation: 'open-survey',
    submissionId: randomUUID(),
    locale: pick(['en', 'ar', 'es', 'fr', 'ru', 'zh']),
    submittedAt: new Date().toISOString(),
    answers,
  };
}

/**
 * Loads `url` over CONNECTIONS connections for `seconds`, then lets each connection wait for the
 * answer to the request it has in flight and send no more, so that no request is left unanswered
 * yet perhaps stored (autocannon's own `duration` drops them). Never more than MAX_REQUESTS, never
 * longer than `seconds` + 15. Resolves to autocannon's result and `seconds`, from the first request
 * to the last answer.
 */
async function load(url, seconds) {
  let instance;
  const started = performance.now();
  let last = started;
  const result = new Promise((resolve, reject) => {
    instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        amount: MAX_REQUESTS,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            path: '/responses',
            setupRequest(request) {
              const body = response();
              return {
                ...request,
                headers: { 'content-type': 'application/json', 'idempotency-key': body.submissionId },
                body: JSON.stringify(body),
              };
            },
          },
        ],
      },
      (error, value) => (error ? reject(error) : resolve(value)),
    );
  });
  const clients = new Set();
  instance.on('response', (client) => {
    clients.add(client);
    last = performance.now();
  });
  // autocannon 9.0.0's connection (lib/httpClient.js) sends its next request only while `reqsMade`
  // is under `responseMax`, and closes once it is not: capping it ends the run with every answer in.
  const end = setTimeout(() => {
    for (const client of clients) client.responseMax = client.reqsMade;
  }, seconds * 1000);
  const backstop = setTimeout(
    () => {
      console.error(
        `Stopped after ${seconds + 15} s: requests in flight may be stored, their answers not counted.`,
      );
      instance.stop();
    },
    (seconds + 15) * 1000,
  );
  try {
    return { ...(await result), seconds: (last - started) / 1000 };
  } finally {
    clearTimeout(end);
    clearTimeout(backstop);
  }
}

/** autocannon's { code: { count } } of several runs, added up. */
function sumStatuses(...stats) {
  const sum = {};
  for (const stat of stats)
    for (const [code, { count }] of Object.entries(stat))
      sum[code] = { count: (sum[code]?.count ?? 0) + count };
  return sum;
}

/** The rows in `responses`, counted by `query(sql)` (pg or PGlite). */
async function countRows(query) {
  const { rows } = await query(
    "SELECT count(*)::int AS n, count(DISTINCT submission_id)::int AS distinct FROM responses WHERE consultation = 'open-survey'",
  );
  return { rows: rows[0].n, distinct: rows[0].distinct };
}

/** Warm-up, then the measured run, against a receiver started with `args`; then `count()` the rows. */
async function measure(name, args, count) {
  const load1 = loadavg()[0];
  console.log(`${name}: starting the receiver`);
  const receiver = await startReceiver([...RECEIVER_ARGS, ...args]);
  let warm, run;
  try {
    console.log(`${name}: ${WARM_UP} s warm-up, then ${DURATION} s with ${CONNECTIONS} connections`);
    warm = await load(receiver.url, WARM_UP);
    run = await load(receiver.url, DURATION);
  } finally {
    const code = await receiver.stop();
    if (code !== 0)
      console.error(`${name}: the receiver exited with ${code}\n${receiver.logs().slice(-2000)}`);
  }
  const stored = await count();
  const ok = warm['2xx'] + run['2xx'];
  const created = (run.statusCodeStats['201']?.count ?? 0) + (warm.statusCodeStats['201']?.count ?? 0);
  const figures = {
    name,
    load1,
    perSecond: run['2xx'] / run.seconds,
    seconds: run.seconds,
    requests: run['2xx'] + run.non2xx,
    p50: run.latency.p50,
    p99: run.latency.p99,
    max: run.latency.max,
    answered2xx: run['2xx'],
    non2xx: run.non2xx,
    errors: run.errors,
    timeouts: run.timeouts,
    statuses: sumStatuses(warm.statusCodeStats, run.statusCodeStats),
    warm2xx: warm['2xx'],
    created,
    ok,
    stored,
    match:
      stored.rows === ok &&
      stored.distinct === ok &&
      created === ok &&
      run.non2xx + warm.non2xx + run.errors + warm.errors === 0,
  };
  console.log(
    `${name}: ${figures.perSecond.toFixed(0)} responses/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms; ` +
      `2xx ${ok} (warm-up included), rows ${stored.rows} (${stored.distinct} distinct): ${figures.match ? 'match' : 'MISMATCH'}`,
  );
  return figures;
}

async function pglite() {
  const dir = mkdtempSync(join(tmpdir(), 'cop-receiver-bench-'));
  try {
    return await measure('PGlite', ['--data-dir', dir], async () => {
      const { PGlite } = await import('@electric-sql/pglite');
      const db = new PGlite(dir);
      try {
        return await countRows((sql) => db.query(sql));
      } finally {
        await db.close();
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresql() {
  const cluster = await startPostgres();
  try {
    return await measure('PostgreSQL 15', ['--database', cluster.url], async () => {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: cluster.url });
      await client.connect();
      try {
        return await countRows((sql) => client.query(sql));
      } finally {
        await client.end();
      }
    });
  } finally {
    cluster.stop();
  }
}

const version = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')).version;

function machine() {
  const cpu = cpus();
  return {
    cpu: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown'}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `Linux ${release()}`,
    node: process.version,
    postgres: execFileSync(join(PG_BIN, 'postgres'), ['--version'], { encoding: 'utf8' }).trim(),
    pglite: version('../node_modules/@electric-sql/pglite/package.json'),
    autocannon: version('node_modules/autocannon/package.json'),
  };
}

async function report(facts, runs) {
  const pgRun = runs.find((run) => run.name.startsWith('PostgreSQL'));
  const met = pgRun.perSecond >= TARGET.perSecond && pgRun.p99 <= TARGET.p99 && pgRun.match;
  const n = (value) => Math.round(value).toLocaleString('en');
  const statuses = (run) =>
    Object.entries(run.statuses)
      .map(([code, { count }]) => `${code}: ${n(count)}`)
      .join(', ');
  const text = `## Receiver throughput (issue 18)

Written by \`npm run bench:receiver\` (\`bench/receiver.mjs\`) on ${new Date().toISOString().slice(0, 16)}Z. Do not edit by hand.

**Target** (PostgreSQL, this 2-core machine): ≥ ${n(TARGET.perSecond)} responses/s at p99 ≤ ${TARGET.p99} ms, every 2xx stored once.
**${met ? 'Met' : 'Missed'}**: ${n(pgRun.perSecond)} responses/s at p99 ${pgRun.p99} ms${pgRun.match ? ', rows stored = 2xx answered' : ', and the rows stored do NOT match the 2xx answered'}.

| database | responses/s | p50 | p99 | max | 2xx (measured) | non-2xx, errors, timeouts | 2xx incl. warm-up | rows stored (distinct) | match |
| -------- | ----------- | --- | --- | --- | -------------- | ------------------------- | ----------------- | ---------------------- | ----- |
${runs
  .map(
    (run) =>
      `| ${run.name} | ${n(run.perSecond)} | ${run.p50} ms | ${run.p99} ms | ${run.max} ms | ${n(run.answered2xx)} | ${run.non2xx}, ${run.errors}, ${run.timeouts} | ${n(run.ok)} | ${n(run.stored.rows)} (${n(run.stored.distinct)}) | ${run.match ? 'yes' : '**no**'} |`,
  )
  .join('\n')}

Status codes: ${runs.map((run) => `${run.name} ${statuses(run)}`).join('; ')}.

### How

- One receiver process (\`cop-widgets-receiver serve --feed receiver/tests/fixtures/feed.json --rate 100000000\`, default
  \`--log-level info\`: one JSON line per request) on 127.0.0.1, first with its embedded PGlite in a temporary folder,
  then with a throwaway PostgreSQL 15 cluster started as the receiver's tests start it (default settings, \`fsync\`
  on, \`max_connections=200\`), both removed afterwards. \`--rate\` is raised because
  autocannon is one client, and the limit (still counted on every request) applies per client.
- autocannon ${facts.autocannon}, ${CONNECTIONS} connections, no pipelining: ${WARM_UP} s of warm-up (not in the
  figures, but in the row count), then ${DURATION} s measured (at most ${n(MAX_REQUESTS)} requests), after which each
  connection waits for the answer to its last request and sends no more, so that none is left in flight, stored but
  uncounted (${runs.map((run) => `${run.name}: ${n(run.requests)} requests, ${run.seconds.toFixed(2)} s from the first request to the last answer`).join('; ')}). Each request is
  \`POST /responses\` with a new \`submissionId\` (UUID) and the same \`Idempotency-Key\`, a locale of the six, and
  random answers the fixture's \`open-survey\` consultation accepts (age band, up to two worries, a follow-up shown by
  one of them, a short story in English, Arabic, Chinese or French, a scale, a consent, a single choice).
- responses/s = 2xx answers ÷ measured seconds; p50/p99/max = autocannon's latency percentiles (ms) over all requests
  of the measured run. Rows: \`count(*)\` and \`count(DISTINCT submission_id)\` in \`responses\` after the receiver
  stopped; they must equal the 2xx (all \`201\`) of warm-up and run together.
- autocannon, the receiver and PostgreSQL share the same ${facts.cpu.split(' ')[0]} cores, and other work ran on the
  machine at the time: 1-minute load average ${runs.map((run) => `${run.load1.toFixed(2)} before ${run.name}`).join(', ')}.

### Machine

| what       | fact                |
| ---------- | ------------------- |
| CPU        | ${facts.cpu}        |
| memory     | ${facts.memory}     |
| system     | ${facts.os}         |
| Node       | ${facts.node}       |
| PostgreSQL | ${facts.postgres}   |
| PGlite     | ${facts.pglite}     |
| autocannon | ${facts.autocannon} |
`;
  await writeSection('receiver', 'npm run bench:receiver', text, values.results);
  console.log(`Wrote its section of ${values.results}: target ${met ? 'met' : 'missed'}`);
}

const facts = machine();
const runs = [await pglite(), await postgresql()];
await report(facts, runs);
if (!runs.every((run) => run.match)) process.exitCode = 1;
