// Server commands for tests/consultation-form-receiver-restart.test.ts: a real receiver
// (`cop-widgets-receiver serve`, embedded PGlite in a temporary folder, on a fixed 127.0.0.1 port)
// that is killed (SIGKILL) and started again while the calling page's form sends to it.
//   receiver-open                      reserves a port and a folder; { id, endpoint } (the URL
//                                      of the receiver's /responses, for the feed's `endpoint`)
//   receiver-start { id, feed }        writes `feed` into the folder and starts the receiver on
//                                      it in the background (PGlite takes seconds, longer than a
//                                      command may); true
//   receiver-ready { id }              { ready } once it listens (false after 10 s: ask again)
//   receiver-kill-on { id, stage }     the next POST of the page to the endpoint is held by the
//                                      browser (Chrome DevTools Fetch domain) at `stage`:
//                                      "request" (before it leaves the browser) or "response"
//                                      (the receiver has answered, so stored, and the form has not
//                                      seen the answer). There the receiver is killed with
//                                      SIGKILL; the request then goes on to the dead receiver
//                                      ("request") or fails as a reset connection ("response"),
//                                      and the receiver is started again on the same port and
//                                      folder. Every later POST goes through untouched.
//   receiver-attempts { id }           what the page's POSTs to the endpoint met, in order:
//                                      { status } (the answer the form saw), { failed } (a
//                                      network error), and { held, answered } for the one held
//   receiver-export { id, consultation } stops the receiver (SIGTERM), then its stored responses
//                                      to `consultation` (`cop-widgets-receiver export --format
//                                      json`, tests/server/demo.mjs), and deletes its folder
// When the run ends, every receiver still running is stopped and its folder deleted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, startReceiver } from '../../../receiver/tests/helpers/receiver.mjs';
import { exportFrom } from '../demo.mjs';

/** Holds the page's next POST to `run.endpoint` at `stage`, kills the receiver there, restarts it. */
async function killOn(run, page, stage) {
  const cdp = await page.createCDPSession();
  const attempts = run.attempts;
  const byRequest = new Map();
  // What the form met on each attempt, seen from the browser's network stack.
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    if (request.method !== 'POST' || request.url !== run.endpoint) return;
    const attempt = {};
    attempts.push(attempt);
    byRequest.set(requestId, attempt);
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const attempt = byRequest.get(requestId);
    if (attempt) attempt.status = response.status;
  });
  cdp.on('Network.loadingFailed', ({ requestId, errorText }) => {
    const attempt = byRequest.get(requestId);
    // (The form cancels the body of an answer it accepted: that is no network error.)
    if (attempt && attempt.status === undefined) attempt.failed = errorText;
  });
  let held = false;
  cdp.on('Fetch.requestPaused', async ({ requestId, request, responseStatusCode }) => {
    if (request.method !== 'POST' || held) {
      await cdp.send('Fetch.continueRequest', { requestId }).catch(() => {});
      return;
    }
    held = true;
    const receiver = await run.receiver;
    receiver.child.kill('SIGKILL');
    await receiver.exited;
    run.held = { stage, ...(responseStatusCode === undefined ? {} : { answered: responseStatusCode }) };
    if (stage === 'response')
      await cdp.send('Fetch.failRequest', { requestId, errorReason: 'ConnectionReset' });
    else await cdp.send('Fetch.continueRequest', { requestId });
    await cdp.send('Fetch.disable');
    run.start();
  });
  await cdp.send('Network.enable');
  await cdp.send('Fetch.enable', {
    patterns: [{ urlPattern: run.endpoint, requestStage: stage === 'response' ? 'Response' : 'Request' }],
  });
  run.cdp = cdp;
}

export default function receiverRestartPlugin() {
  const runs = new Map();
  let next = 0;

  async function stop(run) {
    const receiver = await run.receiver?.catch(() => undefined);
    await receiver?.stop();
    await run.cdp?.detach().catch(() => {});
  }

  return {
    name: 'cop-widgets-receiver-restart',
    async executeCommand({ command, payload, session }) {
      if (command === 'receiver-open') {
        const id = String((next += 1));
        const port = await freePort();
        const dataDir = mkdtempSync(join(tmpdir(), 'cop-receiver-restart-'));
        const feedPath = join(dataDir, 'feed.json');
        const database = join(dataDir, 'db');
        const endpoint = `http://127.0.0.1:${port}/responses`;
        const run = { port, dataDir, database, feedPath, endpoint, attempts: [], held: undefined };
        run.start = () => {
          run.receiver = startReceiver(
            ['--feed', feedPath, '--data-dir', database, '--rate', '1000'],
            {},
            port,
          );
          run.receiver.catch(() => {}); // reported by receiver-ready
        };
        runs.set(id, run);
        return { id, endpoint };
      }
      const run = runs.get(payload?.id);
      if (!run) return undefined;
      if (command === 'receiver-start') {
        writeFileSync(run.feedPath, JSON.stringify(payload.feed));
        run.start();
        return true;
      }
      if (command === 'receiver-ready') {
        const receiver = await Promise.race([run.receiver, sleep(10_000)]);
        return { ready: Boolean(receiver) };
      }
      if (command === 'receiver-kill-on') {
        await killOn(run, session.browser.getPage(session.id), payload.stage);
        return true;
      }
      if (command === 'receiver-attempts') {
        // The browser's network events may trail what the page saw by a moment, the accepted
        // attempt's included (the page asks once it showed its receipt): wait for an answered one.
        const settled = () =>
          run.attempts.some((a) => a.status) && run.attempts.every((a) => a.status || a.failed);
        for (let waited = 0; waited < 5000 && !settled(); waited += 50) await sleep(50);
        return { attempts: run.attempts, held: run.held ?? false };
      }
      if (command === 'receiver-export') {
        runs.delete(payload.id);
        await stop(run);
        try {
          return await exportFrom(run.database, payload.consultation);
        } finally {
          rmSync(run.dataDir, { recursive: true, force: true });
        }
      }
      return undefined;
    },
    async serverStop() {
      await Promise.all(
        [...runs.values()].map(async (run) => {
          await stop(run);
          rmSync(run.dataDir, { recursive: true, force: true });
        }),
      );
    },
  };
}
