/**
 * The database the receiver talks to: a PostgreSQL server through `pg` (any number of
 * receivers may share it), or an embedded PostgreSQL (PGlite) in a directory. Both answer the
 * same SQL; only this module knows which one it is.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { lockDataDir } from './lock.js';

export interface Queryable {
  query<R extends object = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
}

export interface Database extends Queryable {
  /** Runs `fn` in one transaction (committed when it resolves, rolled back when it throws). */
  transaction<T>(fn: (tx: Queryable & { exec(sql: string): Promise<void> }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** What to say in logs: "postgresql" or "pglite <dir>" (never a password). */
  readonly description: string;
}

/** A PostgreSQL server at `url`. */
export function postgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 3000 });
  // An idle client whose server went away: the next query reconnects (or fails with a 503).
  pool.on('error', () => {});
  return {
    description: 'postgresql',
    async query(sql, params) {
      return (await pool.query(sql, params)).rows;
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: async (sql, params) => (await client.query(sql, params)).rows,
          exec: async (sql) => void (await client.query(sql)),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * An embedded PostgreSQL keeping its files in `dir`, one process at a time: throws at once,
 * saying which process, when another holds the folder (./lock.ts).
 */
export async function embedded(dir: string): Promise<Database> {
  const unlock = lockDataDir(dir);
  let db: PGlite;
  try {
    db = await PGlite.create(dir);
  } catch (error) {
    unlock();
    throw error;
  }
  return {
    description: `pglite ${dir}`,
    async query(sql, params) {
      return (await db.query(sql, params)).rows as never;
    },
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          query: async (sql, params) => (await tx.query(sql, params)).rows as never,
          exec: async (sql) => void (await tx.exec(sql)),
        }),
      ),
    async close() {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}

/**
 * Whether `error` says the database cannot be reached (the answer is then 503), rather than
 * that a query was wrong: a refused or dropped connection, a timeout, a server shutting down.
 */
export function isUnavailable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'].includes(code))
      return true;
    // Class 08: connection exception; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now.
    if (code.startsWith('08') || /^57P0[1-3]$/.test(code)) return true;
  }
  return (
    typeof message === 'string' &&
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
      message,
    )
  );
}
