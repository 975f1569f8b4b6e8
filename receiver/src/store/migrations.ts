/**
 * Versioned SQL migrations (receiver/migrations/NNN-name.sql), applied at start in order, each
 * once, in one transaction under an advisory lock so that receivers starting together on one
 * PostgreSQL do not race.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './db.js';

/** Any number, as long as it is the same for every receiver (here: "cop-" in ASCII). */
const LOCK = 0x636f702d;

/** The migrations directory next to the built bundle (receiver/dist → receiver/migrations). */
export const MIGRATIONS = new URL('../migrations/', import.meta.url);

/** Applies the migrations not yet applied; returns the names of those it applied. */
export async function migrate(db: Database, dir: URL = MIGRATIONS): Promise<string[]> {
  const files = (await readdir(dir)).filter((name) => /^\d{3}-[\w-]+\.sql$/.test(name)).sort();
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name),
    );
    const applied: string[] = [];
    for (const name of files) {
      if (done.has(name)) continue;
      await tx.exec(await readFile(new URL(name, dir), 'utf8'));
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      applied.push(name);
    }
    return applied;
  });
}
