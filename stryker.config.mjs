/**
 * Mutation testing (`npm run test:mutation`): StrykerJS changes the code of the modules whose logic
 * runs in Node, one small change (a mutant) at a time, and runs the Node tests against each. A
 * mutant the tests do not notice is behaviour no test states. docs/mutation.md has the last run's
 * scores and the reason each surviving mutant survives.
 */
export default {
  mutate: [
    'src/content/*.ts',
    'src/i18n/localization.ts',
    'src/i18n/messages.ts',
    'src/shared/*.ts',
    '!src/shared/*.styles.ts',
    'src/seo/structured-data.ts',
    'src/elements/citation-list/citation-format.ts',
    'scripts/lint-content/**/*.ts',
  ],

  // The tap runner runs each test file in a Node process of its own (node:test prints TAP), so
  // "perTest" coverage is per test file: a mutant is tried only against the files that reach it.
  // Left out: the tests that start the linter or the content build as processes of their own
  // (Stryker sees no coverage there, and they take 5-15 s a run), the fast-check properties
  // (random payloads each run: a mutant killed in one run could survive the next), and the tests
  // that read the build's output (dist/), which reach none of these modules. `npm run test:node`
  // runs them all.
  testRunner: 'tap',
  tap: {
    testFiles: ['test/node/!(lint-content|content-build|prerender-properties|package|lazy-chunks).test.ts'],
    nodeArgs: ['--import', 'tsx', '--test-reporter=tap'],
  },
  coverageAnalysis: 'perTest',

  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },

  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
