/**
 * Browser tests: every *.test.ts file under test/ but the Node ones (*.node.test.ts, run by
 * scripts/test-node.mjs) and the Storybook ones (test/stories/) runs in one engine, TEST_ENGINE:
 * chromium (the default), firefox or webkit (see engines.config.mjs). `npm test` runs all three,
 * one after another, through scripts/test-browsers.mjs. Tests import the TypeScript sources;
 * esbuild compiles them on the fly.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { ENGINES, launcherFor } from './engines.config.mjs';
import { enginePlugins } from './test/support/engine-commands.mjs';
import { plainCountReporter } from './test/support/plain-count-reporter.mjs';
import { cdnServerPlugin } from './test/support/cdn-server.mjs';
import { servedAsBuilt } from './test/support/served-as-built.mjs';
import { viteDevApp, viteDevAppPlugin } from './test/support/vite-dev-app.mjs';

export const ENGINE = process.env.TEST_ENGINE || 'chromium';
if (!ENGINES.includes(ENGINE)) throw new Error(`TEST_ENGINE="${ENGINE}": use one of ${ENGINES.join(', ')}.`);

/** The policy of a strict hospital site, sent with the pages under test/e2e/pages/csp*. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

/** The policy of a site that lets scripts run by nonce alone, sent with test/e2e/pages/nonce-csp.html. */
export const NONCE_CSP =
  "default-src 'self'; script-src 'nonce-health-topic-test'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

/**
 * Simulated network failures: a test sends the `fail-requests` command with the paths to fail
 * (an empty list to stop), and the server answers those requests with 503. The test runner lets
 * the browser cache every file for a year, so such tests read the content through a path of their
 * own, /simulated-network/<name>/..., which serves src/content/generated/topics/.
 */
let failingPaths = [];
/** Slow requests: `slow-requests` with `{ paths, ms }` holds those requests back for `ms`. */
let slowPaths = [];
let slowMs = 0;
const networkFailurePlugin = {
  name: 'network-failure',
  executeCommand({ command, payload }) {
    if (command === 'fail-requests') {
      failingPaths = Array.isArray(payload) ? payload : [];
      return true;
    }
    if (command === 'slow-requests') {
      slowPaths = Array.isArray(payload?.paths) ? payload.paths : [];
      slowMs = Math.min(Number(payload?.ms) || 0, 10_000);
      return true;
    }
    return undefined;
  },
};

/**
 * `fast-check-settings`: the seed and number of cases of the property-based tests. A new seed each
 * run, printed by the tests; FC_SEED replays one and FC_RUNS changes the number of payloads.
 */
const fastCheckSeed = Number(process.env.FC_SEED) || Date.now() % 2 ** 31;
const fastCheckPlugin = {
  name: 'fast-check-settings',
  executeCommand({ command }) {
    if (command !== 'fast-check-settings') return undefined;
    return { seed: fastCheckSeed, numRuns: Number(process.env.FC_RUNS) || 1000 };
  },
};

export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts', '!test/stories/**'],
  nodeResolve: true,
  concurrency: 1,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    networkFailurePlugin,
    ...enginePlugins(ENGINE),
    fastCheckPlugin,
    cdnServerPlugin(),
    viteDevAppPlugin,
  ],
  middleware: [
    // The Vite bundler app's dev server, for test/e2e/bundler-apps.test.ts.
    viteDevApp,
    async function failRequests(context, next) {
      if (slowPaths.some((slow) => context.url.includes(slow))) await new Promise((resolve) => setTimeout(resolve, slowMs));
      if (failingPaths.some((failing) => context.url.includes(failing))) {
        context.status = 503;
        context.body = 'Service unavailable (simulated by the test)';
        return undefined;
      }
      const simulated = context.path.match(/^\/simulated-network\/[\w-]+\/(.*)$/);
      if (simulated) context.url = `/src/content/generated/topics/${simulated[1]}`;
      return next();
    },
    servedAsBuilt,
    async function strictPolicy(context, next) {
      await next();
      if (context.path.startsWith('/test/e2e/pages/csp')) context.set('Content-Security-Policy', STRICT_CSP);
      // A site whose scripts run only by the page's nonce, without 'strict-dynamic'.
      if (context.path === '/test/e2e/pages/nonce-csp.html') context.set('Content-Security-Policy', NONCE_CSP);
      // A site that allows only Lit's Trusted Types policy, not the widget's JSON-LD one.
      if (context.path === '/test/e2e/pages/csp-lit-policy-only.html') {
        context.set('Content-Security-Policy', `${STRICT_CSP}; trusted-types lit-html`);
      }
    },
  ],
  browsers: [launcherFor(ENGINE)],
  testFramework: { config: { timeout: 10000 } },
  // Loaded before every test file: failed assertions about DOM nodes report at once (see the file).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script type="module" src="/test/support/readable-failures.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), plainCountReporter(ENGINE)],
};
