// `npm run lighthouse`: Lighthouse (mobile) on the demo page, as `npm start` serves it.
// Builds nothing: it expects dist/ from `npm run build`. Starts demo/server.mjs on a free port of
// 127.0.0.1 (its receiver's data in a temporary folder, deleted after), runs Lighthouse in the
// Chromium the tests use (scripts/find-chrome.mjs), stops both, prints the four category scores
// and fails below the gates. Performance is measured, not gated.
// The full report is written to lighthouse/report.json (git-ignored).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { chromeArgs, requireChrome } from './find-chrome.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const reportDir = join(root, 'lighthouse');
/** The lowest score each category may have; `undefined`: measured only. */
const GATES = { performance: undefined, accessibility: 1, 'best-practices': 1, seo: 0.9 };

if (!existsSync(join(root, 'dist', 'cop-widgets.js'))) {
  console.error('lighthouse: dist/cop-widgets.js is missing; run `npm run build` first.');
  process.exit(1);
}
const executablePath = requireChrome();

/** Starts the demo server on a free port; resolves with the process and the page's URL. */
function startDemo(receiverDataDir) {
  const child = spawn(process.execPath, [join(root, 'demo', 'server.mjs')], {
    env: { ...process.env, PORT: '0', COP_RECEIVER_DATA_DIR: receiverDataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const url = /cop-widgets demo: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (url) done({ child, url });
    });
    child.on('exit', (code) => fail(new Error(`the demo server stopped (exit ${code}):\n${output}`)));
  });
}

const started = performance.now();
const scratch = mkdtempSync(join(tmpdir(), 'cop-lighthouse-'));
let demo;
let browser;
let lhr;
try {
  demo = await startDemo(join(scratch, 'receiver'));
  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    userDataDir: join(scratch, 'profile'),
    args: chromeArgs(),
  });
  const port = Number(new URL(browser.wsEndpoint()).port);
  const result = await lighthouse(demo.url, {
    port,
    output: 'json',
    logLevel: 'error',
    formFactor: 'mobile',
    onlyCategories: Object.keys(GATES),
  });
  lhr = result.lhr;
  mkdirSync(reportDir, { recursive: true });
  writeFileSync(join(reportDir, 'report.json'), result.report);
} finally {
  await browser?.close();
  demo?.child.removeAllListeners('exit');
  // The demo stops its receiver before it exits: only then is the scratch folder left alone.
  if (demo && demo.child.exitCode === null) {
    await new Promise((done) => demo.child.once('exit', done).kill());
  }
  rmSync(scratch, { recursive: true, force: true });
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Lighthouse ${lhr.lighthouseVersion} (mobile) on ${lhr.finalDisplayedUrl}, ${seconds} s:`);
const failures = [];
if (lhr.runtimeError)
  failures.push(`the page could not be audited: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
for (const [id, gate] of Object.entries(GATES)) {
  const category = lhr.categories[id];
  const score = category.score;
  const verdict = gate === undefined ? '(measured)' : score >= gate ? `(>= ${gate})` : `BELOW ${gate}`;
  console.log(`  ${category.title.padEnd(16)} ${score === null ? 'n/a' : score.toFixed(2)} ${verdict}`);
  if (gate !== undefined && !(score >= gate)) {
    const failing = category.auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => ['binary', 'numeric'].includes(audit.scoreDisplayMode) && audit.score < 1)
      .map((audit) => {
        const items = audit.details?.items ?? [];
        return `${audit.id}${items.length ? ` (${items.length}, e.g. ${items[0].node?.selector ?? '?'})` : ''}`;
      });
    failures.push(`${category.title} ${score}: ${failing.join(', ') || '?'}`);
  }
}
console.log(`  report: ${join('lighthouse', 'report.json')}`);
if (failures.length > 0) {
  console.error(`lighthouse: below the gate:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
