/** Waiting that a widget can give up on: requests that never answer must not hold it forever. */

/**
 * The longest delay a timer keeps: browsers fire a longer one (`Infinity`, 3000000000) at once, so a
 * wait asked for longer waits this long (about 24.8 days) instead.
 */
export const LONGEST_TIMER_MS = 2 ** 31 - 1;

const timerDelay = (ms: number) => Math.min(ms, LONGEST_TIMER_MS);

/** The reason a wait was given up after its time ran out. */
export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/** Settles like `work`, or rejects with the signal's reason as soon as `signal` aborts. */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** A signal that aborts with `parent`, or with a TimeoutError after `ms`; `cancel` stops the clock. */
export function deadline(ms: number, parent?: AbortSignal): { signal: AbortSignal; cancel: () => void } {
  const controller = new AbortController();
  const abort = () => controller.abort(parent!.reason);
  parent?.addEventListener('abort', abort, { once: true });
  const timer = setTimeout(() => controller.abort(new TimeoutError(`No answer within ${ms} ms.`)), timerDelay(ms));
  return {
    signal: controller.signal,
    cancel: () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', abort);
    },
  };
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timerDelay(ms));
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
