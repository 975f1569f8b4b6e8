// The embedded database (PGlite) serves one process at a time (src/store/lock.ts): while a
// receiver serves a folder, `export`, `delete` and a second `serve` on it stop at once with a
// message naming the receiver's pid, and change nothing; once it stops (or is killed, leaving a
// stale lock), they run.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { FEED, body, post, runCli, startReceiver } from './helpers/receiver.mjs';

const root = mkdtempSync(join(tmpdir(), 'cop-receiver-lock-'));
after(() => rmSync(root, { recursive: true, force: true }));

const LOCK = 'cop-receiver.lock';
const exportArgs = (dir) => [
  'export',
  '--consultation',
  'open-survey',
  '--format',
  'json',
  '--data-dir',
  dir,
];
const receipts = (stdout) => JSON.parse(stdout).map((row) => row.receipt);

it('while a receiver serves its folder: export, delete and another serve stop at once, naming its pid; nothing is deleted', async () => {
  const dir = join(root, 'serving');
  const receiver = await startReceiver(['--feed', FEED, '--data-dir', dir]);
  const value = body();
  const receipt = value.submissionId.slice(0, 8);
  try {
    assert.equal((await post(receiver.url, value)).status, 201);
    const lock = JSON.parse(readFileSync(join(dir, LOCK), 'utf8'));
    assert.equal(lock.pid, receiver.child.pid);
    assert.equal(lock.command, 'serve');

    const message = `The embedded database in ${dir} is in use by a running cop-widgets-receiver (pid ${receiver.child.pid}, "serve" since`;
    for (const args of [exportArgs(dir), ['delete', '--receipt', receipt, '--data-dir', dir]]) {
      const result = await runCli(args);
      assert.equal(result.code, 1, args[0]);
      assert.ok(result.stderr.includes(message), result.stderr);
      assert.match(result.stderr, /stop that one .* or run the receiver on PostgreSQL \(--database\)/);
      assert.equal(result.stdout, '');
    }
    await assert.rejects(startReceiver(['--feed', FEED, '--data-dir', dir]), (error) =>
      error.message.includes(message),
    );
    // The receiver still serves, and still holds the response the refused delete named.
    assert.equal((await post(receiver.url, value)).status, 200);
  } finally {
    assert.equal(await receiver.stop(), 0);
  }
  assert.equal(existsSync(join(dir, LOCK)), false, 'the lock goes with the receiver');
  const exported = await runCli(exportArgs(dir));
  assert.equal(exported.code, 0, exported.stderr);
  assert.deepEqual(receipts(exported.stdout), [receipt]);
  assert.equal(existsSync(join(dir, LOCK)), false, 'and with the export');
});

it('a lock left by a killed receiver (its pid gone) is stale: the next command takes the folder', async () => {
  const dir = join(root, 'killed');
  const receiver = await startReceiver(['--feed', FEED, '--data-dir', dir]);
  const value = body();
  assert.equal((await post(receiver.url, value)).status, 201);
  receiver.child.kill('SIGKILL');
  await receiver.exited;
  assert.equal(JSON.parse(readFileSync(join(dir, LOCK), 'utf8')).pid, receiver.child.pid);
  const exported = await runCli(exportArgs(dir));
  assert.equal(exported.code, 0, exported.stderr);
  assert.deepEqual(receipts(exported.stdout), [value.submissionId.slice(0, 8)]);
  assert.equal(existsSync(join(dir, LOCK)), false);
});

it('a lock held by a live process that is not a receiver still counts (its pid is running)', async () => {
  const dir = join(root, 'held');
  mkdirSync(dir);
  // This test process holds it, as a receiver on this machine would.
  const since = new Date().toISOString();
  writeFileSync(
    join(dir, LOCK),
    JSON.stringify({ pid: process.pid, host: hostname(), command: 'serve', since }),
  );
  const refused = await runCli(['delete', '--receipt', '0123abcd', '--data-dir', dir]);
  assert.equal(refused.code, 1);
  assert.ok(refused.stderr.includes(`(pid ${process.pid}, "serve" since ${since})`), refused.stderr);
  // Not taken over: the lock is still this process's.
  assert.equal(JSON.parse(readFileSync(join(dir, LOCK), 'utf8')).pid, process.pid);
});

it('an empty lock (a crash between creating and writing it) holds for 10 s, then is stale', async () => {
  const dir = join(root, 'empty');
  mkdirSync(dir);
  writeFileSync(join(dir, LOCK), '');
  const refused = await runCli([...exportArgs(dir), '--feed', FEED]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /in use by another cop-widgets-receiver process starting right now/);
  const minuteAgo = new Date(Date.now() - 60_000);
  utimesSync(join(dir, LOCK), minuteAgo, minuteAgo);
  const exported = await runCli([...exportArgs(dir), '--feed', FEED]);
  assert.equal(exported.code, 0, exported.stderr);
  assert.deepEqual(receipts(exported.stdout), []);
  assert.equal(existsSync(join(dir, LOCK)), false);
});
