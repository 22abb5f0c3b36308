/**
 * What one script tag runs first, without Lit: every `<health-topic>` on the page that the
 * build's HTML fits is painted from it (paint-fragment.ts), then the elements load and take the
 * articles over, as they take over a prerendered snippet. Nothing here depends on the size of
 * the library: one signed file per article, named by topic and language.
 */
import { DEFAULT_CONTENT_BASE } from '../content/generated/content-manifest.js';
import { afterPaint } from '../shared/after-paint.js';
import { FRAGMENT_BUILD, pageWide } from '../shared/this-build.js';
import { fragmentFor } from './fragment-address.js';
import { canPaintFragments, paintFragment } from './paint-fragment.js';
import { importFragmentKey } from './signed-fragment.js';

/**
 * Paints what it can, then runs `loadElements` after that paint; at once when nothing on the
 * page can be painted first. A failed paint only means the JSON path: it is never an error.
 */
export function paintFirst(loadElements: () => void): void {
  // A second copy of this module (the file reached at a second address) finds the work done.
  const started = pageWide('first paint', () => ({ done: false }));
  if (started.done) return;
  started.done = true;
  const build = FRAGMENT_BUILD;
  const widgets = [...document.querySelectorAll('health-topic')];
  const requests = build && canPaintFragments() ? widgets.flatMap((element) => {
    const request = fragmentFor(element, build);
    return request ? [{ element, request }] : [];
  }) : [];
  if (!build || requests.length === 0) {
    // An article prerendered into the page is painted with it: the elements wait for that paint.
    return widgets.some((element) => element.shadowRoot) ? afterPaint(loadElements) : loadElements();
  }
  // The elements wait for every file (or for PATIENCE_MS), then for a paint: a prerendered
  // article's file tells them where its JSON is, without the topic index.
  const key = importFragmentKey(build.publicKey, crypto.subtle);
  // A key refused before any download has finished must not reach the page as an unhandled rejection: each paint reads it.
  key.catch(() => undefined);
  const paints = requests.map(({ element, request }) => {
    const paint = () => paintFragment(element, request, new URL(request.file, DEFAULT_CONTENT_BASE).href, key).catch(() => false);
    // A prerendered article is on screen already: its file, wanted only by the takeover, waits for the page's paint.
    return element.shadowRoot ? new Promise<boolean>((resolve) => afterPaint(() => resolve(paint()))) : paint();
  });
  // A file that hangs holds the elements back for a while, not for good: they then take the JSON
  // path, and HTML that arrives later finds the element taken and is not inserted.
  const givenUp = new Promise((resolve) => setTimeout(resolve, PATIENCE_MS));
  void Promise.race([Promise.all(paints), givenUp]).then(() => afterPaint(loadElements));
}

/** How long the elements wait for the first paint's HTML before they load anyway. */
export const PATIENCE_MS = 4000;
