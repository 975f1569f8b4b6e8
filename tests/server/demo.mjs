// The demo (demo/server.mjs) for the tests, as `npm start` runs it: its own receiver with the
// embedded database, here in a temporary folder. Used by the middleware (/api/responses on the
// test runner's origin goes to the shared demo) and by the server commands of
// tests/server/plugins/demo.mjs (which also starts and stops the shared one).
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = new URL('../../', import.meta.url);
const server = new URL('demo/server.mjs', root).pathname;
const receiverBin = new URL('receiver/bin/cop-widgets-receiver.mjs', root).pathname;

/**
 * Starts demo/server.mjs on a free port with its receiver's data in a new temporary folder;
 * resolves once it listens, with { url, dataDir, stop() }. `stop` ends the demo (which stops its
 * receiver) and resolves when it has exited; the folder stays for `exportFrom`, `remove` deletes it.
 */
export async function startDemo() {
  const dataDir = mkdtempSync(join(tmpdir(), 'cop-demo-receiver-'));
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, PORT: '0', COP_RECEIVER_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit');
  const url = await new Promise((done, fail) => {
    const check = () => {
      const found = /cop-widgets demo: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (found) done(found);
    };
    child.stdout.on('data', check);
    exited.then(([code]) => fail(new Error(`demo/server.mjs stopped (exit ${code}):\n${output}`)));
  });
  return {
    url,
    dataDir,
    logs: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** The responses to `consultation` in a stopped demo's database: `export --format json`. */
export async function exportFrom(dataDir, consultation) {
  const { stdout } = await promisify(execFile)(process.execPath, [
    receiverBin,
    'export',
    ...['--consultation', consultation, '--format', 'json', '--data-dir', dataDir],
  ]);
  return JSON.parse(stdout);
}

/** Forwards a test-runner request to `url` (a demo), path and all, and its answer back. */
export function forwardTo(url, req, res) {
  return new Promise((done) => {
    const { hostname, port } = new URL(url);
    const upstream = request(
      { host: hostname, port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res).on('finish', done);
      },
    );
    upstream.on('error', (error) => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end(String(error));
      done();
    });
    req.pipe(upstream);
  });
}

let shared;
/** The demo behind the test runner's own /api/responses, started at the first call. */
export function sharedDemo() {
  shared ??= startDemo();
  return shared;
}

/** Stops the shared demo, if it was started, and deletes its data. */
export async function stopSharedDemo() {
  if (!shared) return;
  const demo = await shared.catch(() => undefined);
  shared = undefined;
  await demo?.stop();
  demo?.remove();
}
