// The receiver with its embedded database (PGlite, the default without --database).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { receiverSuite } from './helpers/cases.mjs';
import { FEED, post, startReceiver } from './helpers/receiver.mjs';

const root = mkdtempSync(join(tmpdir(), 'cop-receiver-pglite-'));
after(() => rmSync(root, { recursive: true, force: true }));

const dir = (name) => join(root, name);

receiverSuite('PGlite', {
  database: async (name) => ['--data-dir', dir(name)],
  async rows(sql, name = 'main') {
    const db = await PGlite.create(dir(name));
    try {
      return (await db.query(sql)).rows;
    } finally {
      await db.close();
    }
  },
  extra: (current, expected) => {
    it('keeps its data across a restart: a response sent again is known (200)', async () => {
      const receiver = current();
      await receiver.stop();
      const again = await startReceiver(['--feed', FEED, '--data-dir', dir('main')]);
      try {
        const [first] = expected.values();
        assert.equal((await post(again.url, first)).status, 200);
      } finally {
        await again.stop();
      }
      // The suite's last test reads the database after stopping the receiver it started.
    });
  },
});
