// The Storybook check (run by .ci/run after `npm run build-storybook`): the built Storybook is
// served on 127.0.0.1 and every entry of its index.json — each story and each docs page — is
// loaded, one after the other, in one headless Chromium profile (so the stories share their
// localStorage and their Service Worker, as in a person's browser); the feed-error stories, which
// wait for a 15 s timeout, in a second page beside the others. An entry fails on:
//   - an uncaught exception, or any console error except the failed requests its story makes on
//     purpose, listed below by story id and URL (a 404, a 500, a network failure…);
//   - a play function that threw or whose assertion failed (`playFunctionThrewException`: the
//     `storyFinished` that follows still says "success"), or an error unhandled while it played
//     (`unhandledErrorsWhilePlaying`);
//   - a story that did not finish (Storybook's `storyFinished` event, sent once the loaders,
//     the render, the play function and the accessibility checks are done) within 60 s, or that
//     finished with status "error" (an axe check of the a11y addon failed: `a11y.test` is
//     "error" in .storybook/preview.ts);
//   - a story that could not render (`storyErrored`, `storyThrewException`, `storyMissing`, or
//     Storybook's error display shown instead of the story);
//   - a docs page that did not render (`docsRendered`) within 60 s;
//   - a cop-* element that rendered nothing in its shadow root, or a story with no cop-* element.
// Stories that never finish loading (the timeout, a request that never ends) do not hold the
// check: it waits for Storybook's events, not for the network to be idle.
//   node scripts/check-storybook.mjs [storybook-static] [--only=<part of a story id>]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, requireChrome } from './find-chrome.mjs';
import { serveStatic } from './static-server.mjs';

const args = process.argv.slice(2);
const root = args.find((arg) => !arg.startsWith('--')) ?? 'storybook-static';
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

/** Longest wait for a story or docs page to finish (the feed timeout stories take about 16 s). */
const FINISH_TIMEOUT = 60_000;

/**
 * The failed requests a story makes on purpose, which Chromium reports as console errors
 * ("Failed to load resource: …"): by story id, each request's path and its HTTP status or
 * network error. `played`: made by the story's play function only. Docs pages render their
 * component's stories without playing them, so a docs page may make the requests of its
 * component's stories that are not `played`.
 */
const FEED_ERRORS = [
  { path: '/story-api/feed/500', failure: 500 },
  { path: '/story-api/feed/offline', failure: 'net::ERR_FAILED' },
];
const ELEMENTS = [
  'document-list',
  'recommendation-timeline',
  'resource-directory',
  'consultation-form',
  'consultation-results',
];
const expectedFailures = new Map([
  ...ELEMENTS.flatMap((element) => [
    [`elements-${element}--feed-error`, [{ path: '/feeds/missing.json', failure: 404 }]],
    [`elements-${element}--errors`, FEED_ERRORS],
  ]),
  [
    'elements-consultation-form--waiting',
    [{ path: '/story-api/responses/busy', failure: 503, played: true }],
  ],
  [
    'elements-consultation-form--pending-in-outbox',
    [{ path: '/story-api/responses/offline', failure: 'net::ERR_FAILED', played: true }],
  ],
  [
    'elements-consultation-form--refused',
    [{ path: '/story-api/responses/moderated', failure: 422, played: true }],
  ],
  [
    'elements-consultation-form--cannot-receive',
    [
      { path: '/story-api/responses/missing', failure: 404, played: true },
      // The form tells the page's author what the endpoint answered.
      { console: 'cop-consultation-form: The consultation endpoint ', played: true },
    ],
  ],
]);

const { server, base } = await serveStatic(root);

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const all = Object.values(index.entries);
const entries = all.filter((entry) => !only || entry.id.includes(only));

/** The failures allowed on `entry`'s page. */
function allowedOn(entry) {
  if (entry.type !== 'docs') return expectedFailures.get(entry.id) ?? [];
  return all
    .filter((story) => story.type === 'story' && story.title === entry.title)
    .flatMap((story) => expectedFailures.get(story.id) ?? [])
    .filter((failure) => !failure.played);
}

/**
 * Whether a console error is one of `allowed`: "Failed to load resource: <failure>" for its path,
 * or a message of the library's own that starts with an allowed `console` text.
 */
function isAllowed(message, allowed) {
  const text = message.text();
  if (allowed.some((failure) => failure.console !== undefined && text.startsWith(failure.console)))
    return true;
  if (!text.startsWith('Failed to load resource: ')) return false;
  let path;
  try {
    path = new URL(message.location().url ?? '').pathname;
  } catch {
    return false;
  }
  if (path === '/favicon.ico' && text.includes('status of 404')) return true; // the browser's own
  return allowed.some(
    ({ path: expected, failure }) =>
      expected !== undefined &&
      path === expected &&
      (typeof failure === 'number' ? text.includes(`status of ${failure} `) : text.endsWith(failure)),
  );
}

/**
 * Runs in the page before Storybook: reports the preview's channel events that tell how a story
 * or docs page ended to `__copCheckEvent`, summarised (their payloads are not all serialisable).
 */
function watchChannel() {
  const report = (type, args) => {
    const [payload] = args;
    const text = (error) =>
      error && typeof error === 'object' ? (error.message ?? JSON.stringify(error)) : String(error);
    let detail = '';
    if (type === 'storyFinished') {
      detail = {
        status: payload?.status,
        failed: (payload?.reporters ?? [])
          .filter((report) => report.status === 'failed')
          .map((report) =>
            report.result?.violations
              ? `${report.type}: ${report.result.violations.map((v) => `${v.id} (${v.nodes.length}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')})`).join(', ')}`
              : `${report.type}: ${text(report.result?.error)}`,
          ),
      };
    } else if (type === 'unhandledErrorsWhilePlaying') detail = (payload ?? []).map(text).join('; ');
    else if (type === 'storyErrored') detail = `${payload?.title ?? ''} ${payload?.description ?? ''}`;
    else if (type === 'storyThrewException' || type === 'playFunctionThrewException') detail = text(payload);
    window.__copCheckEvent?.(type, detail);
  };
  const watched = new Set([
    'storyFinished',
    'docsRendered',
    'storyErrored',
    'storyThrewException',
    'playFunctionThrewException',
    'unhandledErrorsWhilePlaying',
    'storyMissing',
  ]);
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      const emit = value.emit.bind(value);
      value.emit = (type, ...args) => {
        if (watched.has(type)) report(type, args);
        return emit(type, ...args);
      };
    },
  });
}

const userDataDir = mkdtempSync(join(tmpdir(), 'cop-storybook-'));
const browser = await puppeteer.launch({
  executablePath: requireChrome(),
  headless: true,
  args: chromeArgs(),
  userDataDir,
});
/** Each failed entry's report, by its place in index.json (the two lanes below finish out of order). */
const failures = [];

/** Loads `entry` in a new page of the profile and records its problems in `failures`. */
async function check(entry) {
  const page = await browser.newPage();
  const problems = [];
  const allowed = allowedOn(entry);
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error' || isAllowed(message, allowed)) return;
    problems.push(`console: ${message.text()} ${message.location().url ?? ''}`);
  });
  let finish;
  const finished = new Promise((resolve) => (finish = resolve));
  await page.exposeFunction('__copCheckEvent', (type, detail) => {
    switch (type) {
      case 'storyFinished':
        if (detail.status !== 'success')
          problems.push(
            `finished with status "${detail.status}"${detail.failed.map((f) => `\n      ${f}`).join('')}`,
          );
        finish();
        break;
      case 'docsRendered':
        if (entry.type === 'docs') finish();
        break;
      case 'storyMissing':
        problems.push('Storybook: story missing');
        finish();
        break;
      default:
        problems.push(`${type}: ${detail}`);
        // An error shown instead of the story ends it (no storyFinished follows a failed render).
        if (type === 'storyErrored' || type === 'storyThrewException') finish();
    }
  });
  await page.evaluateOnNewDocument(watchChannel);
  const url = `${base}/iframe.html?id=${entry.id}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}`;
  await page.goto(url, { waitUntil: 'load' });
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve('late'), FINISH_TIMEOUT);
  });
  if ((await Promise.race([finished, late])) === 'late')
    problems.push(`did not finish within ${FINISH_TIMEOUT / 1000} s`);
  clearTimeout(timer);
  // Every cop-* element of the story has rendered something in its shadow root, and
  // Storybook shows the story, not its error display.
  // An element renders once its language's strings are loaded: give them up to 10 s.
  const shown = await page.evaluate(async () => {
    const all = () => [...document.querySelectorAll('*')].filter((node) => node.localName.startsWith('cop-'));
    const blank = () => all().filter((node) => !node.shadowRoot || node.shadowRoot.textContent.trim() === '');
    for (let waited = 0; waited < 10_000 && blank().length > 0; waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      count: all().length,
      blank: blank().map((node) => node.localName),
      errorDisplay: document.body.classList.contains('sb-show-errordisplay')
        ? (document.querySelector('#error-message')?.textContent ?? '').trim()
        : undefined,
    };
  });
  if (entry.type === 'story' && shown.count === 0) problems.push('no cop-* element rendered');
  if (shown.blank.length > 0) problems.push(`blank: ${shown.blank.join(', ')}`);
  if (shown.errorDisplay !== undefined) problems.push(`Storybook shows an error: ${shown.errorDisplay}`);
  if (problems.length > 0) failures[entries.indexOf(entry)] = `${entry.id}\n    ${problems.join('\n    ')}`;
  await page.close();
}

/**
 * The stories of every feed error wait for a feed that times out after 15 s: they are checked in a
 * second page beside the others (as a person with two tabs), not one after the other, which saves
 * about a minute and a quarter of the check. They share nothing with the others but the profile.
 */
const waits = (entry) => entry.type === 'story' && entry.id.endsWith('--errors');
const inTurn = async (list) => {
  for (const entry of list) await check(entry);
};
try {
  await Promise.all([inTurn(entries.filter((entry) => !waits(entry))), inTurn(entries.filter(waits))]);
} finally {
  await browser.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

const stories = entries.filter((entry) => entry.type === 'story').length;
const docs = entries.length - stories;
if (entries.length === 0) {
  console.error(`Storybook: no entry of ${root}/index.json matches${only ? ` --only=${only}` : ''}.`);
  process.exit(1);
}
const failed = failures.filter(Boolean);
if (failed.length > 0) {
  console.error(`Storybook: ${failed.length} of ${entries.length} entries failed:\n  ${failed.join('\n  ')}`);
  process.exit(1);
}
console.log(`Storybook: ${stories} stories and ${docs} docs pages rendered, no error.`);
