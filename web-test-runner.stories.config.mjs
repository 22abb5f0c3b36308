/**
 * axe over every Storybook story: `npm run test:stories` builds Storybook, then runs
 * test/stories/*.test.ts with the same settings as the other browser tests, in Chromium (or the
 * engine TEST_ENGINE names; WebKit also needs scripts/test-browsers.mjs's driver).
 */
import { readFile } from 'node:fs/promises';
import config from './web-test-runner.config.mjs';
import { plainCountReporter } from './test/support/plain-count-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

/**
 * Storybook's preview page with a first script that keeps every console warning and error in
 * `window.consoleMessages`, so a test can fail on one (Lit loaded twice, a component the manifest
 * lacks), including those logged while the page's modules load.
 */
const RECORDER = `<script>window.consoleMessages=[];for(const level of ['warn','error']){const original=console[level];console[level]=(...args)=>{window.consoleMessages.push(args.map(String).join(' '));original.apply(console,args);};}</script>`;
async function recordConsole(context, next) {
  if (context.path !== '/storybook-static/iframe.html') return next();
  const page = await readFile(new URL('./storybook-static/iframe.html', import.meta.url), 'utf8');
  context.type = 'html';
  context.body = page.replace('<head>', `<head>${RECORDER}`);
  return undefined;
}

export default {
  ...config,
  files: ['test/stories/*.test.ts'],
  middleware: [recordConsole, ...config.middleware],
  reporters: [defaultReporter(), plainCountReporter('stories')],
};
