// The demo's consultation endpoint (CONTRACT §4): receives responses and writes each one to
// <dir>/<consultation>/<submissionId>.json. Idempotent by submissionId: a second POST with an
// id it already holds answers 409, which the form takes as accepted. Used by demo/server.mjs
// and by the test runner's middleware, so the tests exercise the same code over real HTTP.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const MAX_BODY = 256 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Why a parsed body is not a response the endpoint can keep, or `undefined` when it is. */
export function invalidResponse(body, idempotencyKey) {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return 'the body is not a JSON object';
  if (typeof body.consultation !== 'string' || !ID.test(body.consultation))
    return '"consultation" is not a valid id';
  if (typeof body.submissionId !== 'string' || !UUID.test(body.submissionId))
    return '"submissionId" is not a UUID';
  if (idempotencyKey !== body.submissionId) return 'the Idempotency-Key header does not match "submissionId"';
  if (typeof body.locale !== 'string' || body.locale.length > 35) return '"locale" is missing';
  if (typeof body.submittedAt !== 'string' || Number.isNaN(Date.parse(body.submittedAt)))
    return '"submittedAt" is not a date';
  if (typeof body.answers !== 'object' || body.answers === null || Array.isArray(body.answers))
    return '"answers" is not an object';
  return undefined;
}

/** Handles one request to the endpoint; `dir` is where responses are written. */
export async function handleResponse(req, res, { dir }) {
  if (req.method !== 'POST') return send(res, 405, { error: 'use POST' }, { Allow: 'POST' });
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    return send(res, 415, { error: 'send Content-Type: application/json' });
  }
  const text = await readBody(req);
  if (text === undefined) return send(res, 413, { error: `the body is larger than ${MAX_BODY} bytes` });
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return send(res, 400, { error: 'the body is not JSON' });
  }
  const problem = invalidResponse(body, req.headers['idempotency-key']);
  if (problem) return send(res, 400, { error: problem });

  const folder = join(dir, body.consultation);
  await mkdir(folder, { recursive: true });
  try {
    // 'wx' fails when the file exists: the check and the write are one step, so two racing
    // retries of one response can never both be stored.
    await writeFile(
      join(folder, `${body.submissionId.toLowerCase()}.json`),
      `${JSON.stringify(body, null, 2)}\n`,
      {
        flag: 'wx',
      },
    );
  } catch (error) {
    if (error.code === 'EEXIST')
      return send(res, 409, { status: 'duplicate', submissionId: body.submissionId });
    throw error;
  }
  return send(res, 201, { status: 'accepted', submissionId: body.submissionId });
}
