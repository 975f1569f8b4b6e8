// Loads each benchmark page once in Chromium (puppeteer-core from the root install) and prints
// its performance measures: a fast check that every page reaches "done" before tachometer runs.
// Usage: node bench/smoke.mjs [page-filter]   (from the repository root)
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { PAGES, CHROMIUM, CHROME_ARGS } from './suite.mjs';

const ROOT = process.cwd();
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = join(ROOT, path);
    try {
      if (!file.startsWith(ROOT) || !statSync(file).isFile()) throw new Error('not a file');
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const filter = process.argv[2] ?? '';
const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROME_ARGS, headless: false });
let failed = 0;
for (const page of PAGES.filter((p) => p.url.includes(filter))) {
  const tab = (await browser.pages())[0] ?? (await browser.newPage());
  tab.on('console', (message) => message.type() === 'error' && console.log(`  console: ${message.text()}`));
  tab.on('pageerror', (error) => console.log(`  pageerror: ${error.message}`));
  const started = Date.now();
  await tab.goto(`${base}/bench/${page.url}`);
  const wanted = page.measures;
  try {
    await tab.waitForFunction(
      (names) =>
        names.every((name) => performance.getEntriesByName(name, 'measure').length > 0) ||
        document.title.startsWith('ERROR'),
      { timeout: Number(process.env.SMOKE_TIMEOUT ?? 60_000), polling: 100 },
      wanted,
    );
  } catch (error) {
    console.log(`  ${error.message}`);
  }
  const result = await tab.evaluate(
    (names) => ({
      title: document.title,
      values: names.map((name) => performance.getEntriesByName(name, 'measure')[0]?.duration),
    }),
    wanted,
  );
  const ok = result.values.every((value) => value != null);
  if (!ok) failed++;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${page.url} (${Date.now() - started} ms) ${result.title.startsWith('ERROR') ? result.title : ''}`,
  );
  console.log(`     ${wanted.map((name, i) => `${name}=${result.values[i]?.toFixed(1)}`).join(' ')}`);
}
await browser.close();
server.close();
process.exit(failed ? 1 : 0);
