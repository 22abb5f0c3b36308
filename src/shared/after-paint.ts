/**
 * Runs `work` once the browser has painted what is on screen now: what the article's first paint
 * does not need (the JSON-LD for search engines, the language picker's code) waits for it rather
 * than competing with it for the network and the main thread.
 */
export function afterPaint(work: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return work();
  let pending = true;
  // Whichever comes first, the frame or the fallback, runs the work; the other finds it done.
  const run = () => {
    if (!pending) return;
    pending = false;
    work();
  };
  // The frame's callbacks run before it is painted; a task queued from them runs after.
  requestAnimationFrame(() => setTimeout(run, 0));
  // Frames can stop for a while (a hidden tab, an iframe the engine throttles): the work still comes.
  setTimeout(run, 1000);
}
