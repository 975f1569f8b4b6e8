// A reporter beside the default one: ends the run with "N passed, N failed, N skipped" alone
// on its line. A test file that fails to load counts as one failed test, so it cannot hide.

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function countReporter() {
  let counts;
  let finished = false;
  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        const loadFailed =
          !session.passed &&
          (session.errors?.length ?? 0) > 0 &&
          !session.testResults?.tests?.length &&
          !session.testResults?.suites?.length;
        if (loadFailed) counts.failed += 1;
      }
    },
    stop() {
      finished = true;
    },
    // The runner prints every reporter's progress once more after stop(), after the default
    // reporter's summary: that is where the closing line goes.
    getTestProgress() {
      if (!finished || !counts) return [];
      return ['', `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`];
    },
  };
}
