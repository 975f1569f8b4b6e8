// Runs node:test files one after the other with the spec reporter on stdout, and counts tests,
// not suites: for the node-side runners (receiver/tests/run.mjs, tests/node/run.mjs), whose
// counts `npm test` adds to its closing line (scripts/count-reporter.mjs).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { parseArgs } from 'node:util';

/** The runner's `--counts <file>` (and, with `allowPositionals`, its file names); removes that file first. */
export function runnerArgs({ allowPositionals = false } = {}) {
  const { values, positionals } = parseArgs({
    options: { counts: { type: 'string' } },
    allowPositionals,
  });
  // No counts from an earlier run stand in for this one's, whatever happens below.
  if (values.counts) rmSync(values.counts, { force: true });
  return { countsFile: values.counts, positionals };
}

/** The `*.test.mjs` files in the folder `here` (a file: URL ending in '/'), sorted, as paths. */
export function testFilesIn(here) {
  return readdirSync(here)
    .filter((file) => file.endsWith('.test.mjs'))
    .sort()
    .map((file) => new URL(file, here).pathname);
}

/** Prints "<name>: N passed, N failed, N skipped"; writes the counts to `countsFile` as JSON if given, else exits 1 on a failure. */
export function reportCounts(name, counts, countsFile) {
  process.stdout.write(
    `\n${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
  );
  if (countsFile) {
    mkdirSync(dirname(countsFile), { recursive: true });
    writeFileSync(countsFile, JSON.stringify(counts));
  } else if (counts.failed > 0) process.exitCode = 1;
}

/** Runs `files`; resolves to { passed, failed, skipped }. */
export async function runNodeTests(files, { timeout = 300_000 } = {}) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const stream = run({ files, concurrency: 1, timeout });
  stream.on('test:pass', ({ details, skip, todo }) => {
    if (details.type === 'suite') return;
    if (skip || todo) counts.skipped += 1;
    else counts.passed += 1;
  });
  // A failing suite hook or a file that cannot load is a failure too (reported on the suite or file).
  stream.on('test:fail', ({ details }) => {
    if (details.type !== 'suite' || details.error?.failureType !== 'subtestsFailed') counts.failed += 1;
  });
  const report = stream.compose(spec);
  report.pipe(process.stdout);
  await finished(report);
  return counts;
}
