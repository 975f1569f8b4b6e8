// Loads each benchmark page once in Chromium (puppeteer-core from the root install) and prints
// its performance measures: a fast check that every page reaches "done" before tachometer runs.
// Usage: node bench/smoke.mjs [page-filter]   (from the repository root)
import puppeteer from 'puppeteer-core';
import { serveStatic } from '../scripts/static-server.mjs';
import { PAGES, CHROMIUM, CHROME_ARGS } from './suite.mjs';

const filter = process.argv[2] ?? '';
const { server, base } = await serveStatic(process.cwd());
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
