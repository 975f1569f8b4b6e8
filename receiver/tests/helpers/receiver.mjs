// Receivers as separate processes, over real HTTP: `cop-widgets-receiver serve` from the bin.
import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { once } from 'node:events';

const BIN = new URL('../../bin/cop-widgets-receiver.mjs', import.meta.url).pathname;
export const FEED = new URL('../fixtures/feed.json', import.meta.url).pathname;

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Starts a receiver with `args` (after `serve --port <port>`, a free one unless given); resolves
 * once it listens, to { url, child, logs(), stop() }. `stop` sends SIGTERM and resolves to the exit code.
 */
export async function startReceiver(args, env = {}, port = undefined) {
  port ??= await freePort();
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), ...args], {
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit').then(([code]) => code);
  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The receiver did not start in 30 s:\n${output}`)),
      30_000,
    );
    const check = () => {
      if (output.includes('"msg":"listening"')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', check);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The receiver exited with ${code}:\n${output}`));
    });
    check();
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    logs: () => output,
    exited,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** A §4 body for the fixture's open consultation; `answers` replace the default ones. */
export function body(answers = { age: '13-15', ok: true }, overrides = {}) {
  return {
    consultation: 'open-survey',
    submissionId: crypto.randomUUID(),
    locale: 'en',
    submittedAt: new Date().toISOString(),
    answers,
    ...overrides,
  };
}

/** POSTs `value` as §4 does; resolves to { status, headers, json }. */
export async function post(
  url,
  value,
  { key = value?.submissionId, path = '/responses', headers = {} } = {},
) {
  const response = await fetch(url + path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(key === null ? {} : { 'Idempotency-Key': key }),
      ...headers,
    },
    body: typeof value === 'string' ? value : JSON.stringify(value),
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, headers: response.headers, json };
}

/** Runs `cop-widgets-receiver <args>` to its end; resolves to { code, stdout, stderr }. */
export function runCli(args) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, DATABASE_URL: '' } },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}
