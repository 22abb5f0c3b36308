export type ConsoleLevel = 'error' | 'warn' | 'info' | 'log' | 'debug';

/** What the captured console methods received, oldest first, all levels together. */
export interface Captured {
  /** Each call's arguments, as given. */
  calls: unknown[][];
  /** Each call as one line: its arguments as strings, joined by spaces. */
  lines: string[];
}

/** Replaces console[level] for each level with a collector into `captured`; returns what puts them back. */
function start(levels: readonly ConsoleLevel[], captured: Captured): () => void {
  const originals = levels.map((level) => [level, console[level]] as const);
  for (const level of levels) {
    console[level] = (...args: unknown[]) => {
      captured.calls.push(args);
      captured.lines.push(args.map(String).join(' '));
    };
  }
  return () => originals.forEach(([level, original]) => (console[level] = original));
}

/**
 * The one way tests take over the console. With `work`, the console's `levels` collect (and do
 * not print) while it runs, and are restored however it ends; the result is what they received,
 * a promise of it when `work` is async. Without `work`, they collect during each test of the
 * enclosing `describe` (or file), restored after each; the result's arrays are emptied before
 * each test.
 */
export function captureConsole(levels: readonly ConsoleLevel[], work: (captured: Captured) => Promise<unknown>): Promise<Captured>;
export function captureConsole(levels: readonly ConsoleLevel[], work?: (captured: Captured) => void): Captured;
export function captureConsole(levels: readonly ConsoleLevel[], work?: (captured: Captured) => unknown): Captured | Promise<Captured> {
  const captured: Captured = { calls: [], lines: [] };
  if (!work) {
    let stop = () => {};
    beforeEach(() => {
      captured.calls.length = 0;
      captured.lines.length = 0;
      stop = start(levels, captured);
    });
    afterEach(() => stop());
    return captured;
  }
  const stop = start(levels, captured);
  let result: unknown;
  try {
    result = work(captured);
  } catch (error) {
    stop();
    throw error;
  }
  if (result instanceof Promise) return result.then(() => captured).finally(stop);
  stop();
  return captured;
}
