import { readFileSync } from 'node:fs';

// A reporter beside the default one: ends the run with "N passed, N failed, N skipped" alone
// on its line. A test file that fails to load counts as one failed test, so it cannot hide.
// Before it, the size of the axe matrix (tests/a11y-axe-*.test.ts): the tests of the suites
// titled "axe matrix · …", one axe run each.

function countSuite(suite, counts, axe) {
  const matrix = axe ?? (suite.name?.startsWith('axe matrix') ? { passed: 0, runs: 0 } : undefined);
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
    if (matrix && !test.skipped) {
      matrix.runs += 1;
      if (test.passed) matrix.passed += 1;
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, counts, matrix);
  if (matrix && !axe) {
    counts.axe.runs += matrix.runs;
    counts.axe.passed += matrix.passed;
  }
}

/**
 * The counts of the receiver's node:test run (receiver/tests/run.mjs --counts <file>), when
 * `npm test` names that file in COP_RECEIVER_COUNTS, so the closing line counts every test. A
 * file that is named but missing or unreadable counts as one failure.
 */
function receiverCounts() {
  const file = process.env.COP_RECEIVER_COUNTS;
  if (!file) return undefined;
  try {
    const { passed, failed, skipped } = JSON.parse(readFileSync(file, 'utf8'));
    if (![passed, failed, skipped].every(Number.isInteger)) throw new Error('not counts');
    return { passed, failed, skipped };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

export function countReporter() {
  let counts;
  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0, axe: { runs: 0, passed: 0 } };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        // An error outside any test (a module that cannot load, an uncaught error) is a failure too,
        // whatever the tests that did run say.
        if ((session.errors?.length ?? 0) > 0) counts.failed += 1;
      }
    },
    stop() {
      // The runner prints its own summary after stop() and then exits: the closing line goes
      // out on exit, so nothing follows it (writes to pipes and files are synchronous there).
      process.once('exit', () => {
        if (!counts) return;
        const { axe } = counts;
        const receiver = receiverCounts();
        if (receiver) {
          for (const key of ['passed', 'failed', 'skipped']) counts[key] += receiver[key];
          if (receiver.failed > 0) process.exitCode = 1;
        }
        if (axe.runs > 0)
          process.stdout.write(`\naxe matrix: ${axe.runs} runs, ${axe.passed} without violations\n`);
        process.stdout.write(
          `\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
        );
      });
    },
  };
}
