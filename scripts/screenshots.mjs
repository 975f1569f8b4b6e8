// The README's screenshots (`npm run screenshots`, which builds first): starts the demo server
// (demo/server.mjs, under its strict Content-Security-Policy), opens the demo page in headless
// Chromium, waits until each element has rendered its feed, and saves one PNG per element into
// docs/screenshots/, plus the document list and the consultation's results in Arabic
// (right-to-left); the results after the sample answers of `npm run demo:sample-answers`. Each
// element is shot at 900 CSS pixels wide, device scale 1; a tall one is cut after the last whole
// item that fits.
//   PORT=8061 node scripts/screenshots.mjs     (without PORT, a free port is picked)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, requireChrome } from './find-chrome.mjs';

const out = 'docs/screenshots';
/** The demo's sections are 1.5rem from the page edge and pad 1.5rem: the elements get 900px. */
const viewport = { width: 996, height: 1200, deviceScaleFactor: 1 };

/**
 * What to shoot: the element (`selector`, in the demo page for `lang`), `ready` (found in its
 * shadow root once the feed has rendered), what to `click` in it first (if anything), `item`
 * (the whole pieces a cut may fall after) and the highest the picture may be.
 */
const shots = [
  {
    file: 'document-list.png',
    lang: 'en',
    selector: '[aria-labelledby="h-documents"] cop-document-list',
    ready: '[part="document"]',
    item: 'li:has(> [part="document"])',
    maxHeight: 1100,
  },
  {
    file: 'recommendation-timeline.png',
    lang: 'en',
    selector: '[aria-labelledby="h-timeline"] cop-recommendation-timeline',
    ready: '[part="group"]',
    // Fold the first meeting, as a reader would, so that the picture shows more than one meeting.
    click: '[part="toggle-button"]',
    item: '[part="outcome"], [part="meeting"]',
    maxHeight: 1100,
  },
  {
    file: 'resource-directory.png',
    lang: 'en',
    selector: '[aria-labelledby="h-resources"] cop-resource-directory',
    ready: '[part="resource"]',
    item: '[part="resource"]',
    maxHeight: 1100,
  },
  {
    file: 'consultation-form.png',
    lang: 'en',
    selector: '[aria-labelledby="h-consultation"] cop-consultation-form',
    ready: '[part="form"] [part="question"]',
    item: '[part="question"]',
    maxHeight: 1100,
  },
  {
    // With the sample answers of `npm run demo:sample-answers` in the demo's receiver (posted
    // below, before the first shot): the charts a newcomer sees.
    file: 'consultation-results.png',
    lang: 'en',
    selector: '[aria-labelledby="h-results"] cop-consultation-results',
    ready: '[part="chart"]',
    item: '[part="chart"], [part="total"], [part="actions"]',
    maxHeight: 1100,
  },
  {
    file: 'consultation-results-ar.png',
    lang: 'ar',
    selector: '[aria-labelledby="h-results"] cop-consultation-results',
    ready: '[part="chart"]',
    item: '[part="chart"], [part="total"], [part="actions"]',
    maxHeight: 800,
  },
  {
    file: 'document-list-ar.png',
    lang: 'ar',
    selector: '[aria-labelledby="h-documents"] cop-document-list',
    ready: '[part="document"]',
    item: 'li:has(> [part="document"])',
    maxHeight: 800,
  },
];

async function freePort() {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address();
  probe.close();
  await once(probe, 'close');
  return port;
}

/** Starts demo/server.mjs on `port`; resolves once it listens. */
async function startDemo(port, receiverDataDir) {
  const child = spawn(process.execPath, ['demo/server.mjs'], {
    env: { ...process.env, PORT: String(port), COP_RECEIVER_DATA_DIR: receiverDataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('cop-widgets demo:')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`demo/server.mjs stopped (exit ${code}): ${output}`)));
  });
  return child;
}

/**
 * Posts the sample answers of `npm run demo:sample-answers` (scripts/sample-answers.mjs, its
 * default count and seed) to the demo on `port`, whose results then show full charts.
 */
async function postSampleAnswers(port) {
  const child = spawn(
    process.execPath,
    ['scripts/sample-answers.mjs', '--url', `http://127.0.0.1:${port}/`],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`scripts/sample-answers.mjs stopped (exit ${code})`);
}

/**
 * In the page: waits until every element of the page has rendered its feed (`ready` in the
 * shot's element; no element `aria-busy`, as while loading or while the timeline renders frame
 * by frame), fonts are loaded, and the element, scrolled to the top of the viewport, has kept its
 * place and size for half a second (an element above it must not grow after it was measured;
 * the timeline's groups are `content-visibility: auto`, drawn only near the viewport). Then
 * returns the rectangle to shoot: the element, cut after the last `item` that ends within
 * `maxHeight` when it is taller.
 */
function prepare({ selector, ready, click, item, maxHeight }) {
  const element = document.querySelector(selector);
  let clicked = click === undefined;
  const settled = () =>
    element?.shadowRoot?.querySelector(ready) &&
    [...document.querySelectorAll('*')]
      .filter((node) => node.localName.startsWith('cop-'))
      .every((node) => node.shadowRoot && !node.shadowRoot.querySelector('[aria-busy="true"]'));
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let layout = '';
    let stableSince = 0;
    const check = async () => {
      const now = performance.now();
      if (now - started > 30_000) return reject(new Error(`${selector}: not rendered after 30 s`));
      if (!clicked && settled()) {
        element.shadowRoot.querySelector(click).click();
        clicked = true;
      }
      element?.scrollIntoView();
      const { top, height } = element?.getBoundingClientRect() ?? {};
      const current = `${document.documentElement.scrollHeight} ${top} ${height}`;
      if (!clicked || !settled() || current !== layout) {
        layout = current;
        stableSince = now;
      }
      if (!settled() || now - stableSince < 500) return void setTimeout(check, 100);
      await document.fonts.ready;
      const box = element.getBoundingClientRect();
      let clipHeight = box.height;
      if (clipHeight > maxHeight) {
        const rects = [...element.shadowRoot.querySelectorAll(item)]
          .map((node) => node.getBoundingClientRect())
          .filter((rect) => rect.height > 0)
          .map((rect) => ({ top: rect.top - box.top, bottom: rect.bottom - box.top }));
        const end = Math.max(0, ...rects.map((r) => r.bottom).filter((bottom) => bottom <= maxHeight - 16));
        // A margin below the last whole item, but of the next item at most its first row (a
        // divider line, when it has one).
        const next = Math.min(Infinity, ...rects.map((r) => r.top).filter((top) => top >= end));
        clipHeight = end > 0 ? Math.min(end + 16, next + 1) : maxHeight;
      }
      resolve({ x: box.left + scrollX, y: box.top + scrollY, width: box.width, height: clipHeight });
    };
    check();
  });
}

const port = Number(process.env.PORT) || (await freePort());
const scratch = mkdtempSync(join(tmpdir(), 'cop-screenshots-'));
const demo = await startDemo(port, join(scratch, 'receiver'));
const browser = await puppeteer.launch({
  executablePath: requireChrome(),
  headless: true,
  args: chromeArgs(),
  userDataDir: join(scratch, 'profile'),
});
mkdirSync(out, { recursive: true });
try {
  await postSampleAnswers(port);
  for (const shot of shots) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.setViewport(viewport);
    await page.goto(`http://127.0.0.1:${port}/?lang=${shot.lang}`, { waitUntil: 'networkidle0' });
    // The demo's widgets below the fold are loading="lazy": here every one loads at once.
    await page.evaluate(() =>
      document.querySelectorAll('[loading="lazy"]').forEach((node) => node.removeAttribute('loading')),
    );
    const clip = await page.evaluate(prepare, shot);
    if (problems.length > 0) throw new Error(`${shot.file}: ${problems.join('; ')}`);
    const path = join(out, shot.file);
    await page.screenshot({ path, clip, captureBeyondViewport: false });
    const size = statSync(path).size;
    console.log(
      `${path}: ${Math.round(clip.width)}×${Math.round(clip.height)}, ${Math.round(size / 1024)} kB`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  // The demo stops its receiver before it exits: only then is the scratch folder left alone.
  demo.removeAllListeners('exit');
  if (demo.exitCode === null) await new Promise((done) => demo.once('exit', done).kill());
  rmSync(scratch, { recursive: true, force: true });
}
