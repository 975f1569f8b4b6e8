// The demo: serves demo/, the built dist/ and the feeds on http://127.0.0.1:8000/, under the
// strict Content-Security-Policy partner pages may use, the embed builder's preview under
// /embed-preview/ (demo/embed-preview.mjs), and the consultation endpoint of the default feed,
// /api/responses: the receiver (cop-widgets-receiver, receiver/), started here as a child process
// on a free port of 127.0.0.1 with its embedded database in COP_RECEIVER_DATA_DIR (default
// .cop-receiver/ at the repository root, which git ignores), to which that path is forwarded, so
// the form posts to its own origin (connect-src 'self'). The default feed is served with the
// receiver's current results merged into its `results` (GET /results/<id> of each open
// consultation: the same computation as `cop-widgets-receiver results --into`), so answers sent
// through the form show in <cop-consultation-results> once five are in. The receiver takes sample
// answers (--accept-samples: `npm run demo:sample-answers`) and counts them in those results.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, request } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { handlePreview } from './embed-preview.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const host = '127.0.0.1';
const port = Number(process.env.PORT ?? 8000);
const feedFile = join(root, 'feeds', 'cwg-cop.json');
const defaultDataDir = join(root, '.cop-receiver');
const dataDir = resolve(process.env.COP_RECEIVER_DATA_DIR || defaultDataDir);

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
    // Never serve outside the mounted folder (`..`, encoded or not).
    if (!file.startsWith(dir + sep)) return undefined;
    return file;
  }
  return undefined;
}

/**
 * Starts the receiver on a free port with the default feed. Its request log goes on to this
 * process's output once it listens.
 */
function startReceiver() {
  const bin = join(root, 'receiver', 'bin', 'cop-widgets-receiver.mjs');
  const args = ['serve', '--feed', feedFile, '--data-dir', dataDir, '--host', host, '--port', '0'];
  // A demo receiver: sample answers (a Cop-Sample header) are taken, marked, and counted in results.
  args.push('--accept-samples');
  // The demo forwards each request with X-Forwarded-For (below): the rate applies per visitor.
  return spawn(process.execPath, [bin, ...args, '--trust-proxy', host], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DATABASE_URL: '' },
  });
}

/**
 * Sends `body` gzip-compressed when the browser accepts it, as any production server or CDN
 * would (the bundle is ~250 kB as text, ~80 kB compressed); HEAD gets the headers only.
 */
function sendBody(req, res, headers, body) {
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const sent = gzip ? gzipSync(body) : body;
  res.writeHead(200, { ...headers, Vary: 'Accept-Encoding', ...(gzip && { 'Content-Encoding': 'gzip' }) });
  res.end(req.method === 'HEAD' ? undefined : sent);
}

/**
 * demo/index.html as demo.js would make it, so that nothing moves when the script runs: the
 * language switcher filled in (one link per language the bundle offers, never a draft) and, when
 * `asked` (?lang=, else the browser's first Accept-Language) is one of them, the page in that
 * language and direction with its link marked current.
 */
async function indexPage(file, asked) {
  const html = await readFile(file, 'utf8');
  const built = pathToFileURL(join(root, 'dist', 'esm', 'i18n', 'languages.js')).href;
  // Without a build (yet), the page as it is: demo.js fills the switcher.
  const { LANGUAGE_TABLE } = await import(built).catch(() => ({ LANGUAGE_TABLE: [] }));
  const offered = LANGUAGE_TABLE.filter((entry) => !entry.draft);
  const current = offered.find((entry) => entry.tag === asked.toLowerCase().split('-')[0]);
  const dir = (entry) => (entry.direction === 'rtl' ? ' dir="rtl"' : '');
  const links = offered.map(
    (entry) =>
      `<a href="?lang=${entry.tag}" hreflang="${entry.tag}" lang="${entry.tag}"${dir(entry)}` +
      `${entry === current ? ' aria-current="true"' : ''}>${entry.autonym}</a>`,
  );
  return Buffer.from(
    html
      .replace(/<html lang="en">/, current ? `<html lang="${current.tag}"${dir(current)}>` : '$&')
      .replace(/(<nav\b[^>]*\bid="languages"[^>]*>)/, `$1${links.join('')}`),
  );
}

/** Resolves with the receiver's address once it listens; rejects when it stops before. */
function addressOf(child) {
  child.stdout.setEncoding('utf8');
  let output = '';
  return new Promise((done, fail) => {
    const read = (chunk) => {
      output += chunk;
      const listening = /"address":"(http:\/\/127\.0\.0\.1:\d+)"[^\n]*"msg":"listening"/.exec(output);
      if (!listening) return;
      child.stdout.off('data', read);
      child.off('exit', stopped);
      child.stdout.pipe(process.stdout);
      done(new URL(listening[1]));
    };
    const stopped = (code) => fail(new Error(`the receiver stopped (exit ${code}):\n${output}`));
    child.stdout.on('data', read);
    child.once('exit', stopped);
  });
}

/** How long the feed's merged results are reused when no answer has come in since. */
const RESULTS_FRESH_MS = 5_000;
let resultsCache;

/** The receiver's results entry of each open consultation of `feed` (none when it fails). */
async function currentResults(feed) {
  const now = Date.now();
  const open = (feed.consultations ?? []).filter(
    (c) => !(Date.parse(c.opens) > now) && !(Date.parse(c.closes) < now),
  );
  const entries = await Promise.all(
    open.map(async (c) => {
      try {
        const answer = await fetch(new URL(`/results/${encodeURIComponent(c.id)}`, receiverAddress), {
          signal: AbortSignal.timeout(5_000),
        });
        return answer.ok ? await answer.json() : undefined;
      } catch {
        return undefined;
      }
    }),
  );
  return entries.filter(Boolean);
}

/**
 * The default feed with the receiver's current results in its `results` list (each replacing the
 * file's entry of that consultation, if it has one), reused for RESULTS_FRESH_MS unless an answer
 * came in since.
 */
async function feedWithResults() {
  const text = await readFile(feedFile, 'utf8');
  if (resultsCache?.text === text && Date.now() - resultsCache.at < RESULTS_FRESH_MS)
    return resultsCache.body;
  const feed = JSON.parse(text);
  const entries = await currentResults(feed);
  const results = (feed.results ?? []).filter((r) => !entries.some((e) => e.consultation === r.consultation));
  const body = Buffer.from(JSON.stringify({ ...feed, results: [...results, ...entries] }, null, 2));
  resultsCache = { text, at: Date.now(), body };
  return body;
}

/** Forwards a request to the receiver and its answer back; 503 when it cannot be reached. */
function forward(req, res) {
  // An answer may change the results: the next feed request computes them again.
  resultsCache = undefined;
  const upstream = request(
    {
      host: receiverAddress.hostname,
      port: receiverAddress.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '' },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.on('end', () => (resultsCache = undefined));
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) {
      res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '5' });
    }
    res.end('{"error":"The receiver cannot be reached."}');
  });
  req.pipe(upstream);
}

const server = createServer(async (req, res) => {
  try {
    const { pathname, searchParams } = new URL(req.url ?? '/', `http://${host}`);
    const asked = searchParams.get('lang') ?? req.headers['accept-language']?.split(/[,;]/)[0] ?? '';
    if (pathname === '/api/responses') return forward(req, res);
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
    if (pathname === '/feeds/cwg-cop.json') {
      const body = await feedWithResults();
      // A feed is read by partners' pages too (and by the tests' page on another port).
      const cors = { 'Access-Control-Allow-Origin': '*' };
      sendBody(req, res, { 'Content-Type': types['.json'], ...security, ...cors }, body);
      return;
    }
    const file = fileFor(pathname);
    const info = file && (await stat(file).catch(() => undefined));
    if (!file || !info?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...security }).end('Not found\n');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const page = file === join(root, 'demo', 'index.html');
    sendBody(
      req,
      res,
      { 'Content-Type': type, ...security },
      await (page ? indexPage(file, asked) : readFile(file)),
    );
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Server error\n');
  }
});

// The receiver first (the page's form posts to it), and stopped with the demo, even while it starts.
const receiver = startReceiver();
/** Stops the receiver (it closes its database), then this process. */
async function stop() {
  server.close();
  receiver.removeAllListeners('exit');
  if (receiver.exitCode === null && receiver.signalCode === null) {
    receiver.kill('SIGTERM');
    await once(receiver, 'exit');
  }
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
process.on('exit', () => receiver.kill('SIGTERM'));
const receiverAddress = await addressOf(receiver).catch((error) => {
  console.error(`cop-widgets demo: ${error.message}`);
  process.exit(1);
});
receiver.once('exit', (code) => {
  console.error(`cop-widgets demo: the receiver stopped (exit ${code})`);
  process.exit(1);
});

// PORT=0 takes a free port; the first line says which (scripts/lighthouse.mjs reads it).
server.listen(port, host, async () => {
  const feed = JSON.parse(await readFile(feedFile, 'utf8'));
  const now = Date.now();
  const open = feed.consultations.find((c) => !(Date.parse(c.opens) > now) && !(Date.parse(c.closes) < now));
  const dataOption = dataDir === defaultDataDir ? '' : ` --data-dir ${dataDir}`;
  console.log(`cop-widgets demo: http://${host}:${server.address().port}/`);
  console.log(`consultation responses: cop-widgets-receiver, embedded database in ${dataDir}`);
  console.log(
    `to export them, stop the demo (Ctrl-C), then in ${root}:\n` +
      `  npx cop-widgets-receiver export --consultation ${open?.id ?? feed.consultations[0].id} --format xlsx --lang ar${dataOption} --out responses.xlsx`,
  );
  console.log(
    `results: the feed at /feeds/cwg-cop.json carries the open consultation's current results (samples included);\n` +
      `  sample answers for full charts: npm run demo:sample-answers (removed, the demo stopped, by\n` +
      `  npx cop-widgets-receiver delete --samples${dataOption})`,
  );
});
