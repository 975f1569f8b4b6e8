// A throwaway PostgreSQL 15 cluster for the tests: initdb and pg_ctl from Debian's `postgresql`
// package, in a temporary directory, on a free 127.0.0.1 port, run as the `postgres` user when
// the tests run as root (PostgreSQL refuses to run as root). Removed by stop().
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './receiver.mjs';

export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

const asRoot = process.getuid?.() === 0;

function pgRun(tool, args) {
  const command = join(PG_BIN, tool);
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  return execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
}

/** Starts a cluster; resolves to { url, stop(), pause(), resume() }. */
export async function startPostgres() {
  if (!existsSync(join(PG_BIN, 'initdb')))
    throw new Error(
      `PostgreSQL 15 is needed for the receiver's tests: ${join(PG_BIN, 'initdb')} is missing. ` +
        'Install Debian\'s "postgresql" package (apt-get install postgresql), or set PG_BIN to the directory of initdb and pg_ctl.',
    );
  const dir = mkdtempSync(join(tmpdir(), 'cop-receiver-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  pgRun('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const options = `-p ${port} -h 127.0.0.1 -k ${dir} -c max_connections=200`;
  const start = () => pgRun('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  const halt = () => pgRun('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    /** Stops the server, keeping its data (the database "cannot be reached"). */
    pause: halt,
    /** Starts it again on the same port. */
    resume: start,
    /** Stops the server and removes its directory. */
    stop() {
      try {
        halt();
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates the database `name` on the cluster at `serverUrl`; resolves to its URL. */
export async function createDatabase(serverUrl, name) {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return serverUrl.replace(/\/postgres$/, `/${name}`);
}
