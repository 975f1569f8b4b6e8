// Runs the receiver's tests (node:test, files tests/*.test.mjs) with the spec reporter, then
// prints "receiver: N passed, N failed, N skipped", counting tests, not suites.
//
//   node tests/run.mjs                    exits 1 when a test failed
//   node tests/run.mjs --counts <file>    also writes the counts there as JSON, for the root
//                                         `npm test` line (scripts/count-reporter.mjs)
import { reportCounts, runNodeTests, runnerArgs, testFilesIn } from '../../scripts/node-test-run.mjs';

const { countsFile } = runnerArgs();
const counts = await runNodeTests(testFilesIn(new URL('.', import.meta.url)));
reportCounts('receiver', counts, countsFile);
