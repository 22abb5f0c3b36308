/**
 * Browser tests: every *.test.ts file under test/ (but test/node) runs in headless Chromium (Debian's /usr/bin/chromium, or
 * CHROME_PATH). Tests import the TypeScript sources; esbuild compiles them on the fly.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.config.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { plainCountReporter } from './test/support/plain-count-reporter.mjs';

/** The policy of a strict hospital site, sent with the pages under test/e2e/pages/csp*. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

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
      slowMs = Math.min(Number(payload?.ms) || 0, 5000);
      return true;
    }
    return undefined;
  },
};

/**
 * `emulate-media` with `{ media, features: [{ name, value }] }`: the media type and any CSS media
 * features, `forced-colors` among them (which the stock command does not offer for Chrome),
 * through the DevTools protocol. Each call replaces the previous emulation.
 */
const cdpSessions = new WeakMap();
const mediaPlugin = {
  name: 'emulate-media-cdp',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-cdp') return undefined;
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
      media: payload?.media ?? '',
      features: payload?.features ?? [],
    });
    return true;
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

/** `grant-clipboard`: lets the page read and write the clipboard, as a person's browser would after asking. */
const clipboardPlugin = {
  name: 'grant-clipboard',
  async executeCommand({ command, session }) {
    if (command !== 'grant-clipboard') return undefined;
    const page = session.browser.getPage(session.id);
    await page.browserContext().overridePermissions(new URL(page.url()).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    return true;
  },
};

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/stories/**'],
  nodeResolve: true,
  concurrency: 1,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    networkFailurePlugin,
    mediaPlugin,
    clipboardPlugin,
    fastCheckPlugin,
  ],
  middleware: [
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
    async function strictPolicy(context, next) {
      await next();
      if (context.path.startsWith('/test/e2e/pages/csp')) context.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), plainCountReporter('browser')],
};
