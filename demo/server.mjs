// The demo: serves demo/, the built dist/ and the feeds on http://127.0.0.1:8000/, under the
// strict Content-Security-Policy partner pages may use, the embed builder's preview under
// /embed-preview/ (demo/embed-preview.mjs), and receives consultation responses at
// POST /api/responses (written to demo/responses/, which git ignores).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handlePreview } from './embed-preview.mjs';
import { handleResponse } from './responses-endpoint.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const host = '127.0.0.1';
const port = Number(process.env.PORT ?? 8000);
const responsesDir = resolve(process.env.RESPONSES_DIR ?? join(root, 'demo', 'responses'));

/** URL prefixes and the folders they serve. */
const mounts = [
  ['/dist/', join(root, 'dist')],
  ['/feeds/', join(root, 'feeds')],
  ['/', join(root, 'demo')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
const security = {
  'Content-Security-Policy': csp,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function fileFor(pathname) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    let rest;
    try {
      rest = decodeURIComponent(pathname.slice(prefix.length)) || 'index.html';
    } catch {
      return undefined; // malformed %-escape
    }
    const file = normalize(join(dir, rest));
    // Never serve outside the mounted folder (`..`, encoded or not) or the responses.
    if (!file.startsWith(dir + sep) || file.startsWith(responsesDir + sep)) return undefined;
    return file;
  }
  return undefined;
}

const server = createServer(async (req, res) => {
  try {
    const { pathname } = new URL(req.url ?? '/', `http://${host}`);
    if (pathname === '/api/responses') return await handleResponse(req, res, { dir: responsesDir });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...security }).end();
      return;
    }
    // The embed builder's preview (embed.html): the built script and the feed, under the
    // partner's policy.
    const previewFiles = {
      script: () => readFile(join(root, 'dist', 'cop-widgets.js')),
      feed: () => readFile(join(root, 'feeds', 'cwg-cop.json')),
    };
    if (await handlePreview(pathname, res, previewFiles)) return;
    const file = fileFor(pathname);
    const info = file && (await stat(file).catch(() => undefined));
    if (!file || !info?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...security }).end('Not found\n');
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', ...security });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Server error\n');
  }
});

// PORT=0 takes a free port; the first line says which (scripts/lighthouse.mjs reads it).
server.listen(port, host, () => {
  console.log(`cop-widgets demo: http://${host}:${server.address().port}/`);
  console.log(`consultation responses are written to ${responsesDir}`);
});
