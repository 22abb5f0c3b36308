/**
 * Scrolling the article from the top of the page to its end, on the mobile screen with the CPU slowed down 4x: the static
 * article (the baseline), then the widget (one script tag) with the page listening to its reading
 * events, and without. Long tasks (over 50 ms, Long Tasks API) while scrolling and in pauses halfway
 * and at the article's end, and the time a frame took while scrolling.
 */
import type { Browser, Page } from 'puppeteer-core';
import { measureLoad, pageSource } from './browser.js';
import { summarize, type Summary } from './stats.js';

export const SCROLL_PAGES = {
  static: 'Static HTML (the baseline)',
  listened: 'One script tag, the page listening to the reading events',
  unlistened: 'One script tag, nobody listening',
} as const;
type ScrollPage = keyof typeof SCROLL_PAGES;

/** Pixels scrolled each frame: a quick read's flick, about 2,400 px a second at 60 frames a second. */
export const STEP = 40;
/** The pauses halfway and at the end, whose long tasks count too. */
const HOLD_MS = 1500;
const READING = ['health-topic-section-view', 'health-topic-read-complete', 'health-topic-link-click', 'health-topic-print'];

interface ScrollRun {
  longTasks: number;
  longestTask: number;
  frames: number;
  ms: number;
  events: number;
}

/** In the page: scrolls from the top to the article's end, a step a frame, and resolves with what it saw. */
function scrollThrough(step: number, listen: string[], holdMs: number): Promise<ScrollRun> {
  let events = 0;
  for (const type of listen) document.addEventListener(type, () => (events += 1));
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)));
  observer.observe({ type: 'longtask' });
  window.scrollTo(0, 0);
  return new Promise((resolve) => {
    const started = performance.now();
    let [frames, held, halfway] = [0, 0, false];
    const next = () => {
      frames += 1;
      // Down to the end of the page's main part, where the article ends: the page's aside and footer follow.
      const end = Math.min(document.querySelector('main')!.getBoundingClientRect().bottom + window.scrollY - window.innerHeight, document.documentElement.scrollHeight - window.innerHeight);
      if (window.scrollY >= end) {
        const ms = performance.now() - started - held;
        // Then a pause there, long enough for read-complete.
        setTimeout(() => {
          observer.takeRecords().forEach((entry) => tasks.push(entry.duration));
          observer.disconnect();
          resolve({ longTasks: tasks.length, longestTask: Math.max(0, ...tasks), frames, ms, events });
        }, holdMs);
        return;
      }
      window.scrollBy(0, step);
      if (!halfway && window.scrollY >= end / 2) {
        // A pause halfway, as a reader stops at a section: long enough for its section view.
        halfway = true;
        const pausedAt = performance.now();
        setTimeout(() => {
          held = performance.now() - pausedAt;
          requestAnimationFrame(next);
        }, holdMs);
        return;
      }
      requestAnimationFrame(next);
    };
    requestAnimationFrame(next);
  });
}

export type ScrollRow = { page: string; runs: number; longTasks: Summary; longestTask: Summary; frameMs: Summary; events: Summary };

/** Each page loaded as the variants are (until its text is painted and the layout settled), then scrolled; the pages taking turns. */
export async function measureScroll(browser: Browser, urls: { static: string; script: string }, texts: string[], runs: number, progress: (line: string) => void): Promise<ScrollRow[]> {
  const results = new Map<ScrollPage, ScrollRun[]>(Object.keys(SCROLL_PAGES).map((page) => [page as ScrollPage, []]));
  for (let run = 1; run <= runs; run += 1) {
    for (const page of results.keys()) {
      let seen: ScrollRun | undefined;
      const listen = page === 'listened' ? READING : [];
      const then = async (tab: Page) => {
        seen = (await tab.evaluate(pageSource(scrollThrough, STEP, listen, HOLD_MS))) as ScrollRun;
      };
      await measureLoad(browser, page === 'static' ? urls.static : urls.script, { texts, then });
      results.get(page)!.push(seen!);
      progress(`scroll, ${page}, run ${run}/${runs}: ${seen!.longTasks} long tasks (longest ${seen!.longestTask.toFixed(0)} ms), ${(seen!.ms / seen!.frames).toFixed(1)} ms a frame`);
    }
  }
  return [...results].map(([page, list]) => ({
    page: SCROLL_PAGES[page],
    runs: list.length,
    longTasks: summarize(list.map((each) => each.longTasks)),
    longestTask: summarize(list.map((each) => each.longestTask)),
    frameMs: summarize(list.map((each) => each.ms / each.frames)),
    events: summarize(list.map((each) => each.events)),
  }));
}
