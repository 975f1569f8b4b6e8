// Runs the receiver's tests (node:test, files tests/*.test.mjs) with the spec reporter, then
// prints "receiver: N passed, N failed, N skipped", counting tests, not suites.
//
//   node tests/run.mjs                    exits 1 when a test failed
//   node tests/run.mjs --counts <file>    also writes the counts there as JSON, for the root
//                                         `npm test` line (scripts/count-reporter.mjs)
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { runNodeTests } from '../../scripts/node-test-run.mjs';

const { values } = parseArgs({ options: { counts: { type: 'string' } } });
// No counts from an earlier run stand in for this one's, whatever happens below.
if (values.counts) rmSync(values.counts, { force: true });
const here = new URL('.', import.meta.url);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.test.mjs'))
  .sort()
  .map((file) => new URL(file, here).pathname);

const counts = await runNodeTests(files);

process.stdout.write(
  `\nreceiver: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
);
if (values.counts) {
  mkdirSync(dirname(values.counts), { recursive: true });
  writeFileSync(values.counts, JSON.stringify(counts));
} else if (counts.failed > 0) process.exitCode = 1;
