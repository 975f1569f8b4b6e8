// The per-element browser files load their own strings (scripts/rollup-catalogs.mjs, issue 20):
// a page of one element in a language loads only a part of that language's catalog, and still
// shows exactly what dist/cop-widgets.js (every catalog whole) shows, in every language. Both
// are built here from src/ with rollup.config.mjs, served on 127.0.0.1, and loaded in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { rollup } from 'rollup';
import puppeteer from 'puppeteer-core';
import configs from '../../rollup.config.mjs';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';

const LANGUAGES = ['ar', 'es', 'fr', 'ru', 'zh', 'en'];
const ELEMENTS = {
  'document-list': { tag: 'cop-document-list', feed: 'feeds/cwg-cop.json' },
  'recommendation-timeline': { tag: 'cop-recommendation-timeline', feed: 'feeds/cwg-cop.json' },
  'resource-directory': { tag: 'cop-resource-directory', feed: 'feeds/cwg-cop.json' },
  'consultation-form': { tag: 'cop-consultation-form', feed: 'feeds/cwg-cop.json' },
  'consultation-results': { tag: 'cop-consultation-results', feed: 'tests/fixtures/results-feed.json' },
};

/** File name -> code of one rollup configuration's output, built in memory. */
async function build(config) {
  const bundle = await rollup({ ...config, onwarn: () => {} });
  const outputs = Array.isArray(config.output) ? config.output : [config.output];
  const { output } = await bundle.generate({ ...outputs[0], sourcemap: false });
  await bundle.close();
  return new Map(
    output.filter((chunk) => chunk.type === 'chunk').map((chunk) => [chunk.fileName, chunk.code]),
  );
}

let server;
let base;
let browser;
/** Catalog modules the pages asked for, by page (language and element). */
const requested = new Map();

/** The two browser builds: file name -> code. */
let all;
let perElement;

before(async () => {
  all = await build(configs.find((config) => config.output.file === 'dist/cop-widgets.js'));
  perElement = await build(configs.at(-1));
  server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const [, kind, ...rest] = url.pathname.split('/');
    const file = rest.join('/');
    if (kind === 'page') {
      const language = url.searchParams.get('lang');
      const name = url.searchParams.get('element');
      const { tag, feed } = ELEMENTS[name];
      const script = url.searchParams.get('build') === 'all' ? '/all/cop-widgets.js' : `/per/${name}.js`;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(
        `<!doctype html><html lang="${language}"><body><${tag} src="/feed/${feed}"></${tag}>` +
          `<script>addEventListener('cop-load', () => (window.copLoaded = true));</script>` +
          `<script type="module" src="${script}"></script></body></html>`,
      );
      return;
    }
    const code =
      kind === 'all'
        ? all.get(file)
        : kind === 'per'
          ? perElement.get(file)
          : kind === 'feed'
            ? readFileSync(file)
            : undefined;
    if (code === undefined) {
      response.statusCode = 404;
      response.end();
      return;
    }
    response.setHeader('Content-Type', kind === 'feed' ? 'application/json' : 'text/javascript');
    response.end(code);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs(), headless: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The element's shadow text once it has loaded its feed, on a page of `build` in `language`. */
async function shown(build, name, language) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const catalogs = [];
    page.on('response', async (response) => {
      const text = response.url().includes('/chunks/') ? await response.text().catch(() => '') : '';
      if (/\bas templates\b/.test(text)) catalogs.push(new URL(response.url()).pathname);
    });
    await page.goto(`${base}/page/?build=${build}&element=${name}&lang=${language}`);
    const { tag } = ELEMENTS[name];
    await page.waitForFunction(() => window.copLoaded, { timeout: 20000 });
    // cop-load fires once the feed is rendered; let the last update and idle work settle.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const text = await page.$eval(tag, (element) =>
      element.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
    );
    const keys = [];
    for (const path of catalogs) {
      keys.push(...(await page.evaluate(async (path) => Object.keys((await import(path)).templates), path)));
    }
    if (build === 'per') requested.set(`${name} ${language}`, keys);
    return text;
  } finally {
    await context.close();
  }
}

test('each element file shows what the all-in bundle shows, in every language', async () => {
  await Promise.all(
    Object.keys(ELEMENTS).map(async (name) => {
      const english = await shown('all', name, 'en');
      for (const language of LANGUAGES) {
        const whole = language === 'en' ? english : await shown('all', name, language);
        if (language !== 'en') assert.notEqual(whole, english, `${name} is translated into ${language}`);
        assert.equal(await shown('per', name, language), whole, `${name} in ${language}`);
      }
    }),
  );
});

test("a page of one element loads only that element's part of its language's catalog", () => {
  for (const language of LANGUAGES.filter((tag) => tag !== 'en')) {
    const whole = [...readFileSync(`src/generated/locales/${language}.ts`, 'utf8').matchAll(/^\s*'[^']+':/gm)]
      .length;
    const parts = Object.keys(ELEMENTS).map((name) => requested.get(`${name} ${language}`));
    parts.forEach((keys, i) => {
      const name = Object.keys(ELEMENTS)[i];
      assert.ok(keys.length > 0, `${name} loads its ${language} strings`);
      assert.ok(
        keys.length < whole / 2,
        `${name} in ${language}: ${keys.length} strings of the catalog's ${whole}`,
      );
    });
  }
});

test("every browser file but the catalogs opens with V8's compile hint", () => {
  // rollup.config.mjs compileHint: the functions compile while the script streams in, not on the
  // main thread during the first render. Only a comment on its own first line works.
  const files = [...all, ...perElement];
  const catalog = (name) => /^chunks\/[\w-]+\.(ar|es|fr|ru|zh)-/.test(name);
  assert.ok(files.some(([name]) => catalog(name)) && files.filter(([name]) => !catalog(name)).length > 6);
  for (const [name, code] of files)
    assert.equal(
      code.split('\n', 1)[0] === '//# allFunctionsCalledOnLoad',
      !catalog(name),
      `${name}: ${code.slice(0, 40)}`,
    );
});
