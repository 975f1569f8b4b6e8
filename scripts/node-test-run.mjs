// Runs node:test files one after the other with the spec reporter on stdout, and counts tests,
// not suites: for the node-side runners (receiver/tests/run.mjs, tests/node/run.mjs), whose
// counts `npm test` adds to its closing line (scripts/count-reporter.mjs).
import { finished } from 'node:stream/promises';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

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
