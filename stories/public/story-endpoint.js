// Storybook's local endpoint: a Service Worker that answers the requests stories make under
// <storybook>/story-api/, so that every network state of the elements comes from a real HTTP
// response (or a real network failure) both in `storybook dev` and in the static build served
// offline. Everything else goes to the network untouched. Registered by the global loader in
// .storybook/preview.ts; served at the root by `staticDirs` in .storybook/main.ts.
//
//   GET  story-api/feed/slow?ms=<n>      the default feed (feeds/cwg-cop.json) after n ms
//                                        (at most 14 000: the elements give up at 15 s)
//   GET  story-api/feed/hang             never answers (the element's 15 s timeout ends it)
//   GET  story-api/feed/huge             a JSON body of 17 MiB, generated while it streams,
//                                        without Content-Length (the elements stop at 16 MiB)
//   GET  story-api/feed/offline          a network error (Response.error())
//   GET  story-api/feed/500              HTTP 500
//   POST story-api/responses/accept      a consultation endpoint (CONTRACT §4): 201 and
//                                        { status, submissionId } for a well-formed response,
//                                        409 for a submissionId it already holds, 400 (with
//                                        why) for a malformed one
//   POST story-api/responses/moderated   like accept, but 422 with per-question errors
//                                        ({ errors: { <questionId>: "…" }, message }) for
//                                        answers holding a web address
//   POST story-api/responses/busy        503 with Retry-After: 120
//   POST story-api/responses/offline     a network error (Response.error())

const MiB = 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LINK = /\bhttps?:\/\/|\bwww\./i;
const scope = new URL(self.registration.scope);
const api = new URL('story-api/', scope).pathname;
/** Submission ids accepted since this worker started (a real endpoint keeps them for good). */
const accepted = new Set();

self.addEventListener('install', (event) => event.waitUntil(self.skipWaiting()));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
// A page that loaded without it (after a hard reload) asks to be controlled.
self.addEventListener('message', (event) => {
  if (event.data === 'claim') event.waitUntil(self.clients.claim());
});
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(api)) return;
  event.respondWith(answer(event.request, `${event.request.method} ${url.pathname.slice(api.length)}`, url));
});

function json(status, body, headers = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/** Resolves after `ms`, or as soon as the page gives up on `request`. */
function delay(ms, request) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    request.signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** 17 MiB of a valid JSON feed, made chunk by chunk as the page reads it. */
function hugeFeed() {
  const encoder = new TextEncoder();
  const chunk = new Uint8Array(256 * 1024).fill(0x20);
  let sent = 0;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode('{"version":1,"padding":"'));
    },
    pull(controller) {
      if (sent >= 17 * MiB) {
        controller.enqueue(encoder.encode('"}'));
        controller.close();
        return;
      }
      controller.enqueue(chunk);
      sent += chunk.byteLength;
    },
  });
}

/** Why `body` is not a response of CONTRACT §4, or `undefined` when it is one. */
function malformed(body, request) {
  if (!/^application\/json\b/i.test(request.headers.get('Content-Type') ?? ''))
    return 'send Content-Type: application/json';
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return 'the body is not a JSON object';
  if (typeof body.consultation !== 'string' || body.consultation === '') return '"consultation" is missing';
  if (typeof body.submissionId !== 'string' || !UUID.test(body.submissionId))
    return '"submissionId" is not a UUID';
  if (request.headers.get('Idempotency-Key') !== body.submissionId)
    return 'the Idempotency-Key header does not match "submissionId"';
  if (typeof body.locale !== 'string' || body.locale === '') return '"locale" is missing';
  if (typeof body.submittedAt !== 'string' || Number.isNaN(Date.parse(body.submittedAt)))
    return '"submittedAt" is not a date';
  if (typeof body.answers !== 'object' || body.answers === null || Array.isArray(body.answers))
    return '"answers" is not an object';
  return undefined;
}

/** The consultation endpoint: checks the response, refuses links when `moderated`, keeps its id. */
async function receive(request, moderated) {
  let body;
  try {
    body = JSON.parse(await request.text());
  } catch {
    return json(400, { error: 'the body is not JSON' });
  }
  const problem = malformed(body, request);
  if (problem) return json(400, { error: problem });
  if (moderated) {
    const withLinks = Object.entries(body.answers).filter(
      ([, value]) => typeof value === 'string' && LINK.test(value),
    );
    if (withLinks.length > 0)
      return json(422, {
        message: 'Answers with a web address are not accepted by this consultation.',
        errors: Object.fromEntries(
          withLinks.map(([id]) => [id, 'Remove the web address: write what you want us to read instead.']),
        ),
      });
  }
  if (accepted.has(body.submissionId))
    return json(409, { status: 'duplicate', submissionId: body.submissionId });
  accepted.add(body.submissionId);
  return json(201, { status: 'accepted', submissionId: body.submissionId });
}

async function answer(request, route, url) {
  switch (route) {
    case 'GET feed/slow': {
      const ms = Math.min(Math.max(Number(url.searchParams.get('ms')) || 0, 0), 14_000);
      await delay(ms, request);
      if (request.signal?.aborted) return Response.error();
      const feed = await fetch(new URL('feeds/cwg-cop.json', scope), { cache: 'no-store' });
      return new Response(feed.body, {
        status: feed.status,
        headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
      });
    }
    case 'GET feed/hang':
      // Nothing is ever sent; when the page gives up, the request ends as a network error.
      await new Promise((resolve) => request.signal?.addEventListener('abort', resolve));
      return Response.error();
    case 'GET feed/huge':
      return new Response(hugeFeed(), {
        headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
      });
    case 'GET feed/offline':
    case 'POST responses/offline':
      return Response.error();
    case 'GET feed/500':
      return json(500, { error: 'The feed server failed.' });
    case 'POST responses/accept':
      return receive(request, false);
    case 'POST responses/moderated':
      return receive(request, true);
    case 'POST responses/busy':
      return json(503, { error: 'The endpoint is busy: try again later.' }, { 'Retry-After': '120' });
    default:
      return json(404, { error: `No story endpoint for ${route}.` });
  }
}
