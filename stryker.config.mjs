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
    // It inserts script elements and waits for the browser's integrity check: there is nothing of it
    // to run in Node. test/e2e/integrity-chain.test.ts tries it in the three engines instead.
    '!src/shared/checked-import.ts',
    'src/seo/structured-data.ts',
    'src/elements/citation-list/citation-format.ts',
    'scripts/lint-content/**/*.ts',
  ],

  // The tap runner runs each test file in a Node process of its own (node:test prints TAP), so
  // "perTest" coverage is per test file: a mutant is tried only against the files that reach it,
  // and a file's first failing test ends its run.
  // Left out, to keep a run within minutes (`npm run test:node` runs them all): the tests that
  // start the linter or the content build as processes of their own (5-15 s a run, and Stryker
  // sees no coverage there), the fast-check properties (random payloads: a mutant killed in one
  // run could survive the next), the prerender's own test (it renders whole articles through
  // every element, three times a unit test's time), and the tests that read the build's output
  // (dist/), which reach none of these modules: the whole of test/build/ and test/package/ (the
  // package's files, its packed tarball and the types an app and the README get from it). Leaving
  // tests out can only lower the score.
  testRunner: 'tap',
  tap: {
    testFiles: ['test/!(build|package)/**/!(lint-content|lint-content-runs|prerender-properties|snippet-properties|prerender-safety).node.test.ts'],
    // tsx's ESM loader alone: the project and its tests are ES modules.
    nodeArgs: ['--import', 'tsx/esm', '--test-reporter=tap'],
  },
  coverageAnalysis: 'perTest',

  // markdown-summary (scripts/mutation-summary.mjs) writes docs/mutation.md: the scores per file and
  // each surviving mutant with its reason, from scripts/mutation-survivors.json.
  appendPlugins: ['./scripts/mutation-summary.mjs'],
  reporters: ['clear-text', 'progress', 'html', 'json', 'markdown-summary'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },

  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
