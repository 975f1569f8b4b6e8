// Runs the node-side tests (node:test, files tests/node/*.test.mjs: the `cop-widgets` command and
// the modules it runs, built fresh from src/ by build-cli.mjs) with the spec reporter, then prints
// "node: N passed, N failed, N skipped", counting tests, not suites.
//
//   node tests/node/run.mjs                    exits 1 when a test failed
//   node tests/node/run.mjs --counts <file>    also writes the counts there as JSON, for the root
//                                              `npm test` line (scripts/count-reporter.mjs)
//   node tests/node/run.mjs <file.test.mjs>…   only those files
import { resolve } from 'node:path';
import { reportCounts, runNodeTests, runnerArgs, testFilesIn } from '../../scripts/node-test-run.mjs';
import { buildCli } from './build-cli.mjs';

const { countsFile, positionals } = runnerArgs({ allowPositionals: true });
const files =
  positionals.length > 0
    ? positionals.map((file) => resolve(file))
    : testFilesIn(new URL('.', import.meta.url));

const counts = { passed: 0, failed: 0, skipped: 0 };
try {
  // Built once here; each test file's own buildCli() then finds the same sources and rebuilds them
  // in a few ms (every file runs in a process of its own).
  const ms = await buildCli();
  process.stdout.write(`node: the cop-widgets command built from src/ in ${Math.round(ms)} ms\n`);
} catch (error) {
  process.stdout.write(`node: the cop-widgets command could not be built: ${error.message}\n`);
  counts.failed += 1;
}

if (counts.failed === 0) {
  Object.assign(counts, await runNodeTests(files));
}

reportCounts('node', counts, countsFile);
