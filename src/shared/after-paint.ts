/**
 * Runs `work` once the browser has painted what is on screen now: what the article's first paint
 * does not need (the JSON-LD for search engines, the language picker's code) waits for it rather
 * than competing with it for the network and the main thread.
 */
export function afterPaint(work: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    work();
    return;
  }
  // The frame's callbacks run before it is painted; a task queued from them runs after.
  requestAnimationFrame(() => setTimeout(work, 0));
}
