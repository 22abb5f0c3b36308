/**
 * axe over every Storybook story: `npm run test:stories` builds Storybook, then runs
 * test/stories/*.test.ts with the same browser and settings as the other browser tests.
 */
import config from './web-test-runner.config.mjs';
import { plainCountReporter } from './test/support/plain-count-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

export default {
  ...config,
  files: ['test/stories/*.test.ts'],
  reporters: [defaultReporter(), plainCountReporter('stories')],
};
