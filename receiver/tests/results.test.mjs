// Results (CONTRACT §6) from the receiver: on PGlite and on a throwaway PostgreSQL 15 cluster.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { createDatabase, startPostgres } from './helpers/postgres.mjs';
import { resultsCases } from './helpers/results-case.mjs';

const root = mkdtempSync(join(tmpdir(), 'cop-receiver-results-'));
after(() => rmSync(root, { recursive: true, force: true }));

describe('on PGlite', () => {
  const temp = mkdtempSync(join(root, 'pglite-'));
  resultsCases(async (name) => ['--data-dir', join(temp, `db-${name}`)], temp);
});

describe('on PostgreSQL 15', () => {
  let server;
  before(async () => {
    server = await startPostgres();
  });
  after(() => server?.stop());
  const temp = mkdtempSync(join(root, 'pg-'));
  resultsCases(async (name) => ['--database', await createDatabase(server.url, `results_${name}`)], temp);
});
