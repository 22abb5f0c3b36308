/**
 * A web-test-runner reporter that ends the run with a plain `<label>: N passed, N failed, N skipped`
 * line, the form CI reads, names each skipped test (a skip by engine says why in its title), and
 * appends the counts to .test-results/counts.txt so .ci/run can add up the runs of every engine,
 * Storybook and Node. A test file that fails to load counts as one failure. When the browser went
 * away mid-run, it writes no counts: scripts/test-browsers.mjs then runs the engine once more.
 */
import { appendFileSync, mkdirSync } from 'node:fs';

function count(suite, totals, path) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) {
      totals.skipped += 1;
      totals.skippedTitles.push([...path, test.name].join(' › '));
    } else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals, [...path, child.name]);
}

const DISCONNECTED = 'Tests were interrupted because the browser disconnected.';

export function plainCountReporter(label = 'browser') {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, skippedTitles: [] };
      for (const session of sessions) {
        count(session.testResults, totals, [session.testFile.replace(`${process.cwd()}/`, '')]);
        if (session.errors.length > 0) totals.failed += 1;
      }
      const disconnected = sessions.some((session) => session.errors.some((error) => error.message === DISCONNECTED));
      if (disconnected) {
        console.log(`${label}: the browser disconnected mid-run, so no counts are written for this run`);
        return;
      }
      for (const title of totals.skippedTitles) console.log(`${label}: skipped ${title}`);
      console.log(`${label}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      mkdirSync('.test-results', { recursive: true });
      appendFileSync('.test-results/counts.txt', `${label} ${totals.passed} ${totals.failed} ${totals.skipped}\n`);
    },
  };
}
