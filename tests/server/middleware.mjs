// The test runner's dev-server middleware: real HTTP endpoints the browser tests call, with the
// faults a feed author or a network can produce.
//   /api/responses            the default feed's consultation endpoint: forwarded to the demo
//                             (demo/server.mjs and its receiver, tests/server/demo.mjs), started
//                             with the run with its data in a temporary folder
//   /test-feed/ok/<key>       the small valid feed; counts requests per key
//   /test-feed/hits/<key>     how many requests /ok/<key> and /hang/<key> received
//   /test-feed/flaky/<key>    503 for the first request per key, then the valid feed
//   /test-feed/status/<n>     answers HTTP status n
//   /test-feed/slow/<ms>      the valid feed after <ms> milliseconds
//   /test-feed/hang/<key>     never answers; /test-feed/aborted/<key> says if the client gave up
//   /test-feed/html           an HTML page (200) instead of JSON
//   /test-feed/invalid-json   truncated JSON (200)
//   /test-feed/wrong-version  a feed of version 2
//   /test-feed/huge/<bytes>   a JSON body of that size, streamed (no Content-Length)
//   /test-feed/declared/<bytes> a Content-Length of that size, then nothing
//   /test-feed/cut            a Content-Length larger than the body, then the socket closes
//   /test-feed/reset          the socket is destroyed before any answer
//   /copy-b/<path>            <path> again, as a second copy of the library
import { readFileSync, readdirSync } from 'node:fs';
import { forwardTo, sharedDemo } from './demo.mjs';

/**
 * More routes, one file per element: tests/server/routes/<name>.mjs exports
 * `routes: [RegExp, (req, res, captures) => void | Promise<void>][]`.
 */
const routesDir = new URL('./routes/', import.meta.url);
const extraRoutes = (
  await Promise.all(
    readdirSync(routesDir)
      .filter((file) => file.endsWith('.mjs'))
      .sort()
      .map(async (file) => (await import(new URL(file, routesDir).href)).routes ?? []),
  )
).flat();

const smallFeed = readFileSync(new URL('../fixtures/small-feed.json', import.meta.url), 'utf8');

function drainedOrClosed(res) {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

export function testServer() {
  const hits = new Map();
  const aborted = new Set();
  const count = (key) => hits.set(key, (hits.get(key) ?? 0) + 1);

  const json = (res, status, text, headers = {}) => {
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(text);
  };

  const routes = [
    [/^\/test-feed\/ok\/([\w-]+)/, (req, res, [key]) => (count(key), json(res, 200, smallFeed))],
    [
      /^\/test-feed\/flaky\/([\w-]+)/,
      (req, res, [key]) => (
        count(key),
        hits.get(key) === 1 ? json(res, 503, '{}') : json(res, 200, smallFeed)
      ),
    ],
    [/^\/test-feed\/hits\/([\w-]+)/, (req, res, [key]) => json(res, 200, String(hits.get(key) ?? 0))],
    [/^\/test-feed\/status\/(\d{3})/, (req, res, [status]) => json(res, Number(status), '{"error":"test"}')],
    [
      /^\/test-feed\/slow\/(\d+)/,
      (req, res, [ms]) =>
        new Promise((done) => setTimeout(() => done(json(res, 200, smallFeed)), Number(ms))),
    ],
    [
      /^\/test-feed\/hang\/([\w-]+)/,
      (req, res, [key]) => {
        count(key);
        res.on('close', () => aborted.add(key));
        return new Promise((done) => res.on('close', done));
      },
    ],
    [/^\/test-feed\/aborted\/([\w-]+)/, (req, res, [key]) => json(res, 200, String(aborted.has(key)))],
    [
      /^\/test-feed\/html/,
      (req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end('<!doctype html><title>Not found</title><p>Page not found');
      },
    ],
    [/^\/test-feed\/invalid-json/, (req, res) => json(res, 200, smallFeed.slice(0, 200))],
    [
      /^\/test-feed\/wrong-version/,
      (req, res) => json(res, 200, smallFeed.replace('"version": 1', '"version": 2')),
    ],
    [
      /^\/test-feed\/huge\/(\d+)/,
      async (req, res, [bytes]) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        res.write('{"version":1,"padding":"');
        while (sent < Number(bytes) && !res.destroyed) {
          if (!res.write(chunk)) await drainedOrClosed(res);
          sent += chunk.length;
        }
        res.end('"}');
      },
    ],
    [
      /^\/test-feed\/declared\/(\d+)/,
      (req, res, [bytes]) => {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': bytes });
        res.write('{');
        return new Promise((done) => res.on('close', done));
      },
    ],
    [
      /^\/test-feed\/cut/,
      (req, res) => {
        res.writeHead(200, {
          'Content-Type': 'application/json',
          'Content-Length': String(smallFeed.length * 2),
        });
        res.write(smallFeed.slice(0, 100));
        setTimeout(() => res.destroy(), 50);
      },
    ],
    [/^\/test-feed\/reset/, (req) => req.socket.destroy()],
    ...extraRoutes,
  ];

  return async (ctx, next) => {
    // /copy-b/… serves the same files under other URLs: a second, separate copy of the library's
    // modules on one page, as when a page loads cop-widgets twice.
    if (ctx.path.startsWith('/copy-b/')) {
      ctx.url = ctx.url.slice('/copy-b'.length);
      await next();
      return;
    }
    if (ctx.path === '/api/responses') {
      ctx.respond = false; // the handlers write the Node response themselves
      await forwardTo((await sharedDemo()).url, ctx.req, ctx.res);
      return;
    }
    for (const [pattern, handle] of routes) {
      const match = pattern.exec(ctx.path);
      if (!match) continue;
      ctx.respond = false;
      await handle(ctx.req, ctx.res, match.slice(1));
      return;
    }
    await next();
  };
}
