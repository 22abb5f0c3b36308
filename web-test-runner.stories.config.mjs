/**
 * axe over every Storybook story: `npm run test:stories` builds Storybook, then runs
 * test/stories/*.test.ts with the same settings as the other browser tests, in Chromium (or the
 * engine TEST_ENGINE names; WebKit also needs scripts/test-browsers.mjs's driver).
 */
import config from './web-test-runner.config.mjs';
import { plainCountReporter } from './test/support/plain-count-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

export default {
  ...config,
  files: ['test/stories/*.test.ts'],
  reporters: [defaultReporter(), plainCountReporter('stories')],
};
