/**
 * `cop-widgets-receiver serve`: argument parsing, start and stop, nothing else.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from './app.js';
import { loadMessages } from './answers.js';
import { watchFeed } from './feed.js';
import { type Database, embedded, postgres } from './store/db.js';
import { migrate } from './store/migrations.js';
import { deleteByReceipt } from './store/responses.js';

const USAGE = `Usage:
  cop-widgets-receiver delete --receipt <code> [--consultation <id>]
      [--database <postgres URL>] [--data-dir <dir>]

  cop-widgets-receiver serve --feed <path|URL> [--port 8787] [--host 127.0.0.1]
      [--database <postgres URL>] [--data-dir <dir>] [--allow-origin <origin>]...
      [--rate <requests per minute per client>] [--trust-proxy <addresses>]
      [--log-level info]

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
  const feeds = await watchFeed(values.feed, (level, message, fields) => log(level, message, fields));
  const app = await buildApp({
    feeds,
    db,
    allowOrigins: values['allow-origin'],
    rate,
    logLevel: values['log-level'],
    trustProxy: values['trust-proxy'],
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
    options: { ...DATABASE_OPTIONS, receipt: { type: 'string' }, consultation: { type: 'string' } },
  });
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

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'serve') return serve(rest);
  if (command === 'delete') return remove(rest);
  if (command === '--help' || command === '-h' || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  fail(`Unknown command "${command}".`);
}
