/**
 * A node:test reporter that prints a plain `node: N passed, N failed, N skipped` line, the form CI reads, and
 * appends the counts to .test-results/counts.txt for .ci/run to add up.
 */
import { appendFileSync, mkdirSync } from 'node:fs';

export default async function* plainCountReporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    // Suites report too: count only the tests inside them, unless the suite itself broke
    // (an error in its own code, not in its tests), which counts as one failure.
    const isSuite = event.data?.details?.type === 'suite';
    const isSkipped = Boolean(event.data?.skip || event.data?.todo);
    if (event.type === 'test:pass' && !isSuite && isSkipped) skipped += 1;
    else if (event.type === 'test:pass' && !isSuite) passed += 1;
    if (event.type === 'test:fail' && (!isSuite || event.data.details.error?.failureType !== 'subtestsFailed')) failed += 1;
  }
  mkdirSync('.test-results', { recursive: true });
  appendFileSync('.test-results/counts.txt', `node ${passed} ${failed} ${skipped}\n`);
  yield `node: ${passed} passed, ${failed} failed, ${skipped} skipped\n`;
}
