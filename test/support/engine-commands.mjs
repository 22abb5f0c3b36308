/**
 * Server commands whose work depends on the engine driving the page. Each one either does its job
 * in the engine, or, where the engine's driver offers no way to, fails with a message naming what
 * is missing; tests that need such a command declare it with `needs()` (test/support/engine.ts),
 * so they are skipped by name there instead of failing or passing without checking anything.
 */

/**
 * `test-engine`: the engine's name (chromium, firefox or webkit), for test/support/engine.ts.
 *
 * `set-media` with `{ media, features: [{ name, value }] }`: emulates a media type and any CSS
 * media features, `forced-colors` among them (which the stock emulateMedia command does not offer),
 * through the DevTools protocol. Each call replaces the previous emulation; no media and no
 * features resets it, which works everywhere since other engines have nothing to reset.
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
        if (command === 'set-media') {
          const media = payload?.media ?? '';
          const features = payload?.features ?? [];
          if (engine !== 'chromium') {
            if (media === '' && features.length === 0) return true;
            throw new Error(`${engine} lacks media emulation: its driver cannot emulate ${JSON.stringify(payload)}`);
          }
          const page = session.browser.getPage(session.id);
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
