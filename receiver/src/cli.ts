/**
 * `cop-widgets-receiver serve`: argument parsing, start and stop, nothing else.
 */
import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from './app.js';
import { loadMessages } from './answers.js';
import { toCsv } from './export/csv.js';
import { toJson } from './export/json.js';
import { tableOf } from './export/table.js';
import { toXlsx } from './export/xlsx.js';
import { loadFeed, watchFeed } from './feed.js';
import { directionOf } from '../../src/i18n/language.js';
import { type Database, embedded, postgres } from './store/db.js';
import { migrate } from './store/migrations.js';
import { saveConsultations, savedConsultation } from './store/consultations.js';
import { deleteByReceipt, deleteSamples, responsesOf } from './store/responses.js';
import { resultsOf } from './results/compute.js';
import { writeInto } from './results/into.js';
import { type Consultation, MINIMUM_COUNT } from '../../src/feed/model.js';

const USAGE = `Usage:
  cop-widgets-receiver export --consultation <id> --format csv|xlsx|json [--lang fr]
      [--since <ISO date-time>] [--out <file>] [--include-samples] [--feed <path|URL>]
      [--database <URL>] [--data-dir <dir>]
  cop-widgets-receiver delete --receipt <code> [--consultation <id>]
      [--database <postgres URL>] [--data-dir <dir>]
  cop-widgets-receiver delete --samples [--consultation <id>] [--database <URL>] [--data-dir <dir>]
  cop-widgets-receiver results --consultation <id> [--minimum-count 5] [--into <feed.json>]
      [--include-samples] [--feed <path|URL>] [--database <URL>] [--data-dir <dir>]

  cop-widgets-receiver serve --feed <path|URL> [--port 8787] [--host 127.0.0.1]
      [--database <postgres URL>] [--data-dir <dir>] [--allow-origin <origin>]...
      [--rate <requests per minute per client>] [--trust-proxy <addresses>]
      [--log-level info] [--accept-samples]

Without --database (or DATABASE_URL), responses are kept in an embedded PostgreSQL in
--data-dir (default .cop-receiver/); stop the receiver before running another command on it.`;

/** The options every command takes to find the database. */
const DATABASE_OPTIONS = {
  database: { type: 'string' },
  'data-dir': { type: 'string', default: '.cop-receiver' },
} as const;

/** The database of `--database` / `DATABASE_URL`, else the embedded one in `--data-dir`. */
async function openDatabase(database: string | undefined, dataDir: string): Promise<Database> {
  if (database) return postgres(database);
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  return embedded(dir);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

async function serve(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      feed: { type: 'string' },
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      ...DATABASE_OPTIONS,
      'allow-origin': { type: 'string', multiple: true, default: [] },
      rate: { type: 'string', default: '60' },
      'log-level': { type: 'string', default: 'info' },
      'trust-proxy': { type: 'string' },
      'accept-samples': { type: 'boolean', default: false },
    },
  });
  if (!values.feed) fail('serve needs --feed.');
  const port = Number(values.port);
  const rate = Number(values.rate);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port ${values.port} is not a port.`);
  if (!Number.isInteger(rate) || rate < 1) fail(`--rate ${values.rate} is not a positive whole number.`);

  const db = await openDatabase(values.database ?? process.env['DATABASE_URL'], values['data-dir']);
  await migrate(db);
  await loadMessages();
  let log: (level: 'info' | 'warn', message: string, fields?: object) => void = () => {};
  const feeds = await watchFeed(
    values.feed,
    ({ feed }) => saveConsultations(db, feed.consultations, feed.defaultLanguage),
    (level, message, fields) => log(level, message, fields),
  );
  const app = await buildApp({
    feeds,
    db,
    allowOrigins: values['allow-origin'],
    rate,
    logLevel: values['log-level'],
    trustProxy: values['trust-proxy'],
    acceptSamples: values['accept-samples'],
  });
  log = (level, message, fields) => app.log[level](fields ?? {}, message);
  const address = await app.listen({ port, host: values.host });
  app.log.info({ address, database: db.description }, 'listening');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'draining');
    feeds.stop();
    // Stops accepting connections, lets the requests in flight finish, then closes the database.
    await app.close();
    await db.close();
    app.log.info({}, 'stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

/** One JSON log line, as the server writes them. */
function logLine(level: 'info' | 'warn', msg: string, fields: object = {}): void {
  process.stdout.write(
    `${JSON.stringify({ level: level === 'info' ? 30 : 40, time: Date.now(), ...fields, msg })}\n`,
  );
}

/**
 * `delete --receipt <code>`: deletes the response a person asked to have deleted. Logs that a
 * deletion happened, never what was deleted. Exit 0 when deleted, 1 when nothing or several
 * responses match (then nothing is deleted: narrow it with --consultation).
 */
async function remove(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      ...DATABASE_OPTIONS,
      receipt: { type: 'string' },
      consultation: { type: 'string' },
      samples: { type: 'boolean', default: false },
    },
  });
  if (values.samples) {
    if (values.receipt !== undefined) fail('delete takes --receipt or --samples, not both.');
    const db = await openDatabase(values.database ?? process.env['DATABASE_URL'], values['data-dir']);
    try {
      await migrate(db);
      logLine('info', 'deleted the sample answers', {
        deleted: await deleteSamples(db, values.consultation),
      });
    } finally {
      await db.close();
    }
    return;
  }
  const receipt = values.receipt?.trim().toLowerCase() ?? '';
  if (!/^[0-9a-f]{8}[0-9a-f-]{0,28}$/.test(receipt)) fail('delete needs --receipt <the 8-character code>.');
  const db = await openDatabase(values.database ?? process.env['DATABASE_URL'], values['data-dir']);
  try {
    await migrate(db);
    const result = await deleteByReceipt(db, receipt, values.consultation);
    if (result.deleted) logLine('info', 'deleted a response on request');
    else if (result.matches === 0) {
      logLine('warn', 'no response has this receipt');
      process.exitCode = 1;
    } else {
      logLine('warn', 'several responses have this receipt; none deleted: add --consultation', {
        matches: result.matches,
        consultations: result.consultations,
      });
      process.exitCode = 1;
    }
  } finally {
    await db.close();
  }
}

const FORMATS = ['csv', 'xlsx', 'json'] as const;

/**
 * `export`: the responses to one consultation as a table (export/table.ts) in CSV, `.xlsx` or
 * JSON, labels in `--lang`, only those received after `--since` when given, sample answers only
 * with `--include-samples` (then in a `sample` column). The questions and
 * their labels: those of `--feed`, else the consultation as the receiver last loaded it. Writes
 * to `--out` or standard output; a summary line to stderr.
 */
async function exportResponses(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      ...DATABASE_OPTIONS,
      feed: { type: 'string' },
      consultation: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      since: { type: 'string' },
      out: { type: 'string' },
      'include-samples': { type: 'boolean', default: false },
    },
  });
  const format = FORMATS.find((f) => f === values.format);
  if (!values.consultation || !format) fail('export needs --consultation and --format csv, xlsx or json.');
  const since = values.since === undefined ? undefined : new Date(values.since);
  if (since !== undefined && Number.isNaN(since.getTime()))
    fail(`--since ${values.since} is not a date-time.`);
  const db = await openDatabase(values.database ?? process.env['DATABASE_URL'], values['data-dir']);
  let found;
  let responses;
  try {
    await migrate(db);
    // The questions from --feed when given, else as the receiver last loaded them.
    if (values.feed) {
      const { feed } = await loadFeed(values.feed);
      const consultation = feed.consultations.find((c) => c.id === values.consultation);
      found = consultation && { consultation, defaultLanguage: feed.defaultLanguage };
    } else found = await savedConsultation(db, values.consultation);
    if (found) responses = await responsesOf(db, found.consultation.id, since, values['include-samples']);
  } finally {
    await db.close();
  }
  if (!found || !responses)
    fail(`No consultation "${values.consultation}" is known${values.feed ? ' in that feed' : ''}.`);
  const { consultation, defaultLanguage } = found;
  const language = values.lang ?? defaultLanguage;
  const table = tableOf(consultation, responses, language, defaultLanguage, {
    samples: values['include-samples'],
  });
  const output =
    format === 'csv'
      ? toCsv(table)
      : format === 'json'
        ? toJson(table)
        : await toXlsx(table, consultation.id, directionOf(language) === 'rtl');
  if (values.out) await writeFile(values.out, output);
  else process.stdout.write(output);
  process.stderr.write(
    `${JSON.stringify({ level: 30, time: Date.now(), consultation: consultation.id, format, rows: table.rows.length, msg: 'exported' })}\n`,
  );
}

/** Whether `text` is JSON of an object (what a feed file is). */
function isFeedObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * The consultation `id` with the questions of `--feed` when given, else of the `--into` feed
 * file when it has it, else as the receiver last loaded it; `undefined` when none has it.
 */
async function consultationFor(
  db: Database,
  id: string,
  feed: string | undefined,
  into: string | undefined,
): Promise<Consultation | undefined> {
  for (const source of [feed, into]) {
    if (source === undefined) continue;
    const found = (await loadFeed(source)).feed.consultations.find((c) => c.id === id);
    if (found || source === feed) return found;
  }
  return (await savedConsultation(db, id))?.consultation;
}

/**
 * `results --consultation <id>`: the consultation's §6 entry from the stored responses (samples
 * only with --include-samples), printed as JSON, or with `--into` written into that feed file's
 * `results`, after which the feed is validated: exit 0 without issues, 1 with, 2 when the command
 * cannot run (as `cop-widgets validate`).
 */
async function results(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      ...DATABASE_OPTIONS,
      consultation: { type: 'string' },
      'minimum-count': { type: 'string' },
      minimum: { type: 'string' },
      into: { type: 'string' },
      feed: { type: 'string' },
      'include-samples': { type: 'boolean', default: false },
    },
  });
  if (!values.consultation) fail('results needs --consultation <id>.');
  const given = values['minimum-count'] ?? values.minimum ?? String(MINIMUM_COUNT);
  const minimumCount = Number(given);
  if (!/^\d+$/.test(given) || minimumCount < MINIMUM_COUNT)
    fail(
      `--minimum-count ${given}: a whole number of at least ${MINIMUM_COUNT} (fewer could point at one person).`,
    );
  if (values.into !== undefined) {
    // A feed file to write into must be one before anything is computed: exit 2 otherwise.
    const into = values.into;
    const problem = await readFile(into, 'utf8').then(
      (text) => (isFeedObject(text) ? undefined : 'not a JSON object'),
      (error: Error) => error.message,
    );
    if (problem) {
      process.stderr.write(`${into}: cannot be read as a feed: ${problem}\n`);
      process.exit(2);
    }
  }
  const db = await openDatabase(values.database ?? process.env['DATABASE_URL'], values['data-dir']);
  let entry;
  try {
    await migrate(db);
    const consultation = await consultationFor(db, values.consultation, values.feed, values.into);
    if (consultation)
      entry = await resultsOf(db, consultation, { minimumCount, includeSamples: values['include-samples'] });
  } finally {
    await db.close();
  }
  if (!entry) fail(`No consultation "${values.consultation}" is known.`);
  if (!values.into) {
    process.stdout.write(`${JSON.stringify(entry, null, 2)}\n`);
    return;
  }
  let report;
  try {
    report = await writeInto(values.into, entry);
  } catch (error) {
    process.stderr.write(`${values.into}: cannot be written: ${(error as Error).message}\n`);
    process.exit(2);
  }
  for (const line of report.lines) process.stdout.write(`${line}\n`);
  process.exitCode = report.exitCode;
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'serve') return serve(rest);
  if (command === 'delete') return remove(rest);
  if (command === 'export') return exportResponses(rest);
  if (command === 'results') return results(rest);
  if (command === '--help' || command === '-h' || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  fail(`Unknown command "${command}".`);
}
