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

const USAGE = `Usage:
  cop-widgets-receiver serve --feed <path|URL> [--port 8787] [--host 127.0.0.1]
      [--database <postgres URL>] [--data-dir <dir>] [--allow-origin <origin>]...
      [--rate <requests per minute per client>] [--trust-proxy <addresses>]
      [--log-level info]

Without --database (or DATABASE_URL), responses are kept in an embedded PostgreSQL in
--data-dir (default .cop-receiver/).`;

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
      database: { type: 'string' },
      'data-dir': { type: 'string', default: '.cop-receiver' },
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

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'serve') return serve(rest);
  if (command === '--help' || command === '-h' || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  fail(`Unknown command "${command}".`);
}
