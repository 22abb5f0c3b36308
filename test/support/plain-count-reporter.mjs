/**
 * A web-test-runner reporter that ends the run with a plain `<label>: N passed, N failed` line, the
 * form CI reads, and appends the counts to .test-results/counts.txt so .ci/run can add up the
 * browser, Storybook and Node test runs. A test file that fails to load counts as one failure.
 */
import { appendFileSync, mkdirSync } from 'node:fs';

function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function plainCountReporter(label = 'browser') {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        if (session.errors.length > 0) totals.failed += 1;
      }
      const line = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
      console.log(`${label}: ${line}`);
      mkdirSync('.test-results', { recursive: true });
      appendFileSync('.test-results/counts.txt', `${label} ${totals.passed} ${totals.failed}\n`);
    },
  };
}
