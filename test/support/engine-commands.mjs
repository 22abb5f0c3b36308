/**
 * Server commands whose work depends on the engine driving the page. Each one either does its job
 * in the engine, or, where the engine's driver offers no way to, fails with a message naming what
 * is missing; tests that need such a command declare it with `needs()` (test/support/engine.ts),
 * so they are skipped by name there instead of failing or passing without checking anything.
 */

/** Firefox's per-tab overrides, the ones its DevTools use, for each media feature it can emulate. */
const FIREFOX_OVERRIDES = { 'forced-colors': 'forcedColorsOverride', 'prefers-reduced-motion': 'prefersReducedMotionOverride' };

/**
 * Emulates media in a Firefox tab: WebDriver BiDi has no command for it, so a script in the
 * browser's own chrome sets the tab's BrowsingContext overrides (the test profile allows that:
 * --remote-allow-system-access in engines.config.mjs). Unset features go back to no override.
 */
async function emulateInFirefox(page, media, features) {
  const fields = { mediumOverride: media, forcedColorsOverride: 'none', prefersReducedMotionOverride: 'none' };
  for (const { name, value } of features) {
    if (!FIREFOX_OVERRIDES[name]) throw new Error(`firefox lacks emulation of ${name}`);
    fields[FIREFOX_OVERRIDES[name]] = value;
  }
  const connection = page.browser().connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const expression = `(() => {
    const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
    Object.assign(NavigableManager.getBrowsingContextById(${JSON.stringify(page.mainFrame().browsingContext.id)}), ${JSON.stringify(fields)});
  })()`;
  const { result } = await connection.send('script.evaluate', {
    expression,
    target: { context: tree.result.contexts[0].context },
    awaitPromise: false,
  });
  if (result.type !== 'success') throw new Error(`firefox: media emulation failed: ${result.exceptionDetails?.text ?? JSON.stringify(result)}`);
}

/**
 * `test-engine`: the engine's name (chromium, firefox or webkit), for test/support/engine.ts.
 *
 * `set-media` with `{ media, features: [{ name, value }] }`: emulates a media type and any CSS
 * media features, `forced-colors` among them (which the stock emulateMedia command does not offer):
 * in Chromium through the DevTools protocol, in Firefox as above; WebKit's driver has no way to.
 * Each call replaces the previous emulation; no media and no features resets it, which works in
 * every engine.
 *
 * `grant-clipboard`: lets the page read and write the clipboard, as a person's browser would after
 * asking. Firefox's test profile and the MiniBrowser's options allow it from the start
 * (engines.config.mjs).
 */
export function enginePlugins(engine) {
  const cdpSessions = new WeakMap();
  return [
    {
      name: 'engine-commands',
      async executeCommand({ command, payload, session }) {
        if (command === 'test-engine') return engine;
        if (command === 'test-time-zone') return process.env.TZ ?? null;
        if (command === 'set-media') {
          const media = payload?.media ?? '';
          const features = payload?.features ?? [];
          if (engine === 'webkit') {
            if (media === '' && features.length === 0) return true;
            throw new Error(`${engine} lacks media emulation: its driver cannot emulate ${JSON.stringify(payload)}`);
          }
          const page = session.browser.getPage(session.id);
          if (engine === 'firefox') {
            await emulateInFirefox(page, media, features);
            return true;
          }
          if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
          await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { media, features });
          return true;
        }
        if (command === 'grant-clipboard') {
          if (engine !== 'chromium') return true;
          const page = session.browser.getPage(session.id);
          await page.browserContext().overridePermissions(new URL(page.url()).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
          return true;
        }
        return undefined;
      },
    },
  ];
}
