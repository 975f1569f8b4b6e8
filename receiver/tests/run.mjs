// Runs the receiver's tests (node:test, files tests/*.test.mjs) with the spec reporter, then
// prints "receiver: N passed, N failed, N skipped", counting tests, not suites.
//
//   node tests/run.mjs                    exits 1 when a test failed
//   node tests/run.mjs --counts <file>    also writes the counts there as JSON, for the root
//                                         `npm test` line (scripts/count-reporter.mjs)
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { counts: { type: 'string' } } });
// No counts from an earlier run stand in for this one's, whatever happens below.
if (values.counts) rmSync(values.counts, { force: true });
const here = new URL('.', import.meta.url);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.test.mjs'))
  .sort()
  .map((file) => new URL(file, here).pathname);

const counts = { passed: 0, failed: 0, skipped: 0 };
const stream = run({ files, concurrency: 1, timeout: 300_000 });
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

process.stdout.write(
  `\nreceiver: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
);
if (values.counts) {
  mkdirSync(dirname(values.counts), { recursive: true });
  writeFileSync(values.counts, JSON.stringify(counts));
} else if (counts.failed > 0) process.exitCode = 1;
