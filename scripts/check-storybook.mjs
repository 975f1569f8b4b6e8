// The Storybook check (run by .ci/run after `npm run build-storybook`): the built Storybook is
// served on 127.0.0.1 and every entry of its index.json — each story and each docs page — is
// loaded in headless Chromium. It fails on any uncaught exception or console error, and on a
// story whose cop-* elements do not render (no shadow root content). The only console errors
// allowed are the 404 responses that the "Feed error" stories ask for on purpose (and the
// browser's own /favicon.ico).
//   node scripts/check-storybook.mjs [storybook-static]
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, requireChrome } from './find-chrome.mjs';

const root = process.argv[2] ?? 'storybook-static';
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  let file = join(root, path);
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
const userDataDir = mkdtempSync(join(tmpdir(), 'cop-storybook-'));
const browser = await puppeteer.launch({
  executablePath: requireChrome(),
  headless: true,
  args: chromeArgs(),
  userDataDir,
});
const failures = [];
try {
  for (const entry of entries) {
    const page = await browser.newPage();
    const problems = [];
    const expectedMissing = entry.id.endsWith('--feed-error') || entry.type === 'docs';
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const missing = message
        .text()
        .startsWith('Failed to load resource: the server responded with a status of 404');
      const where = message.location().url ?? '';
      if (missing && where.endsWith('/favicon.ico')) return; // the browser's own request
      if (missing && expectedMissing && where.endsWith('/feeds/missing.json')) return;
      problems.push(`console: ${message.text()} ${message.location().url ?? ''}`);
    });
    const url = `${base}/iframe.html?id=${entry.id}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}`;
    await page.goto(url, { waitUntil: 'networkidle0' });
    // Every cop-* element of the story has rendered something in its shadow root.
    const blank = await page.evaluate(async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const all = [...document.querySelectorAll('*')].filter((node) => node.localName.startsWith('cop-'));
      return {
        count: all.length,
        blank: all
          .filter((node) => !node.shadowRoot || node.shadowRoot.textContent.trim() === '')
          .map((node) => node.localName),
      };
    });
    if (entry.type === 'story' && blank.count === 0) problems.push('no cop-* element rendered');
    if (blank.blank.length > 0) problems.push(`blank: ${blank.blank.join(', ')}`);
    if (problems.length > 0) failures.push(`${entry.id}\n    ${problems.join('\n    ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

const stories = entries.filter((entry) => entry.type === 'story').length;
const docs = entries.length - stories;
if (failures.length > 0) {
  console.error(
    `Storybook: ${failures.length} of ${entries.length} entries failed:\n  ${failures.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`Storybook: ${stories} stories and ${docs} docs pages rendered, no error.`);
