import { executeServerCommand } from '@web/test-runner-commands';

/**
 * The browser tests run in Chromium, Firefox and WebKit. Where an engine (or the driver the tests
 * reach it through) lacks something a test needs, the test says so with `needs()` and is reported
 * as skipped in that engine, with the reason in its title:
 *
 *   it('stops the spinner for reduced motion', needs('media emulation', async () => { ... }));
 *
 * This table is the one place that says which engine has what.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

const ENGINES_WITH = {
  /**
   * Emulated media types and features (print, forced-colors, prefers-reduced-motion): Chromium's
   * DevTools protocol, Firefox's per-tab overrides; WebKit's WebDriver has nothing of the kind.
   */
  'media emulation': ['chromium', 'firefox'],
  /** `layout-shift` performance entries (the Layout Instability API). */
  'layout-shift entries': ['chromium'],
} satisfies Record<string, Engine[]>;

export type Capability = keyof typeof ENGINES_WITH;

let engine: Promise<Engine> | undefined;

/** The engine these tests run in, as the test runner was told (TEST_ENGINE). */
export function currentEngine(): Promise<Engine> {
  engine ??= executeServerCommand<Engine, undefined>('test-engine');
  return engine;
}

/** Wraps a test that needs `capability`: it runs where the engine has it, and is skipped, by name, elsewhere. */
export function needs(capability: Capability, test: (this: Mocha.Context) => Promise<unknown> | void) {
  return async function (this: Mocha.Context) {
    const name = await currentEngine();
    if (!(ENGINES_WITH[capability] as Engine[]).includes(name)) {
      this.test!.title += ` (skipped: ${name} lacks ${capability})`;
      this.skip();
    }
    return test.call(this);
  };
}
