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

const KEYS = ['passed', 'failed', 'skipped'];

/**
 * The counts of the node:test runs before the browser's (receiver/tests/run.mjs and
 * tests/node/run.mjs, each with --counts <file>), when `npm test` lists their files in
 * COP_NODE_COUNTS (comma-separated), so the closing line counts every test. A file that is named
 * but missing or unreadable counts as one failure.
 */
function nodeCounts() {
  const files = (process.env.COP_NODE_COUNTS ?? '').split(',').filter(Boolean);
  if (files.length === 0) return undefined;
  const sum = { passed: 0, failed: 0, skipped: 0 };
  for (const counts of files.map(readCounts)) for (const key of KEYS) sum[key] += counts[key];
  return sum;
}

/** One --counts file's counts; a missing or unreadable file is one failure. */
function readCounts(file) {
  try {
    const counts = JSON.parse(readFileSync(file, 'utf8'));
    if (KEYS.every((key) => Number.isInteger(counts[key]))) return counts;
  } catch {
    // counted below as a failure
  }
  return { passed: 0, failed: 1, skipped: 0 };
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
        const node = nodeCounts();
        if (node) {
          for (const key of KEYS) counts[key] += node[key];
          if (node.failed > 0) process.exitCode = 1;
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
