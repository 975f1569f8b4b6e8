// A feed read from a URL is fetched again (every 5 minutes; here every 200 ms through
// COP_RECEIVER_FEED_RELOAD_MS, src/feed.ts): the receiver then takes a question the feed added
// and refuses one it removed (422) or a consultation it removed (404); a reload that fails keeps
// the last feed that loaded, and says so in the log. The feed comes from a real local HTTP server.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { FEED, body, post, startReceiver } from './helpers/receiver.mjs';

const root = mkdtempSync(join(tmpdir(), 'cop-receiver-reload-'));
const original = JSON.parse(readFileSync(FEED, 'utf8'));
/** What the feed server answers now: [status, body]. */
let serving = [200, JSON.stringify(original)];
let requests = 0;
const feedServer = createServer((req, res) => {
  requests += 1;
  res.writeHead(serving[0], { 'Content-Type': 'application/json' }).end(serving[1]);
});

let receiver;
before(async () => {
  feedServer.listen(0, '127.0.0.1');
  await once(feedServer, 'listening');
  const feedUrl = `http://127.0.0.1:${feedServer.address().port}/feed.json`;
  receiver = await startReceiver(['--feed', feedUrl, '--data-dir', join(root, 'db')], {
    COP_RECEIVER_FEED_RELOAD_MS: '200',
  });
});
after(async () => {
  await receiver?.stop();
  feedServer.close();
  rmSync(root, { recursive: true, force: true });
});

/** The feed with `change` applied to a copy of the fixture's open consultation. */
function changed(change) {
  const feed = structuredClone(original);
  change(
    feed.consultations.find((c) => c.id === 'open-survey'),
    feed,
  );
  return JSON.stringify(feed);
}

/** Resolves once the receiver's log has `count` lines with `msg` (the reloads are logged). */
async function logged(msg, count) {
  const deadline = Date.now() + 10_000;
  const lines = () =>
    receiver
      .logs()
      .split('\n')
      .filter((line) => line.includes(`"msg":"${msg}"`));
  while (lines().length < count) {
    if (Date.now() > deadline) throw new Error(`no ${count} × "${msg}" in 10 s:\n${receiver.logs()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return lines();
}

/** Serves `text` from now on, and resolves after the receiver has reloaded it (a success). */
async function serveAndReload(text) {
  const before = (await logged('feed reloaded', 0)).length;
  serving = [200, text];
  // A reload that started before the change may still hold the old feed: wait for two.
  await logged('feed reloaded', before + 2);
}

const extra = { id: 'extra', type: 'text', label: 'Anything else?' };

it('takes a question the feed added, after the next reload (201; 422 before)', async () => {
  const answers = { age: '13-15', ok: true, extra: 'yes' };
  const early = await post(receiver.url, body(answers));
  assert.equal(early.status, 422);
  assert.ok(early.json.errors.extra);
  await serveAndReload(changed((c) => c.questions.push(extra)));
  assert.equal((await post(receiver.url, body(answers))).status, 201);
});

it('refuses a question the feed removed (422 naming it), and a consultation it removed (404)', async () => {
  const withStory = { age: '13-15', ok: true, story: 'a story' };
  assert.equal((await post(receiver.url, body(withStory))).status, 201);
  await serveAndReload(
    changed((c, feed) => {
      c.questions = c.questions.filter((q) => q.id !== 'story');
      feed.consultations = feed.consultations.filter((other) => other.id !== 'later-survey');
    }),
  );
  const refused = await post(receiver.url, body(withStory));
  assert.equal(refused.status, 422);
  assert.deepEqual(Object.keys(refused.json.errors), ['story']);
  const gone = await post(receiver.url, body({ q: 'x' }, { consultation: 'later-survey' }));
  assert.equal(gone.status, 404);
});

it('keeps the last feed that loaded when a reload fails (HTTP 500, then not a feed), and logs it', async () => {
  await serveAndReload(changed((c) => c.questions.push(extra)));
  const answers = { age: '16-18', ok: true, extra: 'still here' };
  for (const failure of [
    [500, '{"error":"down"}'],
    [200, '{"version":1,"consultations":'],
  ]) {
    const failed = (await logged('feed reload failed; keeping the previous one', 0)).length;
    const asked = requests;
    serving = failure;
    const lines = await logged('feed reload failed; keeping the previous one', failed + 2);
    assert.ok(requests >= asked + 2, 'the feed was fetched again');
    // The log says why, as a warning (level 40), and holds no answer.
    const line = JSON.parse(lines.at(-1));
    assert.equal(line.level, 40);
    assert.equal(typeof line.reason, 'string');
    assert.ok(line.reason.length > 0);
    // The question of the last good feed is still taken.
    assert.equal((await post(receiver.url, body(answers))).status, 201);
  }
});
