/**
 * The widget's own figures, on the same hospital page and with the same measurement as the page
 * variants: many widgets on one page, and the switch to Spanish with the language picker.
 */
import type { Browser, Page } from 'puppeteer-core';
import { measureLoad, pageSource } from './browser.js';
import { WIDGET_COUNTS } from './pages.js';
import { summarize } from './stats.js';

/** 1, 10 and 100 widgets, the counts taking turns: until every widget's text is painted; heap after a GC. */
export async function measureManyWidgets(browser: Browser, origin: string, texts: string[], runs: number, progress: (line: string) => void) {
  const loads = new Map(WIDGET_COUNTS.map((count) => [count, [] as { time: number; heap: number; payloadRequests: number }[]]));
  for (let run = 1; run <= runs; run += 1) {
    for (const count of WIDGET_COUNTS) {
      const load = await measureLoad(browser, `${origin}/bench/widgets-${count}.html`, { texts, hostSelector: 'health-topic', hostCount: count, heap: true });
      const payloadRequests = load.resources.filter((file) => /\/topics\/myoclonus\.en\./.test(file.path)).length;
      loads.get(count)!.push({ time: load.paintedAt, heap: load.heap!, payloadRequests });
      progress(`${count} widgets, run ${run}/${runs}: ${load.paintedAt.toFixed(0)} ms, heap ${(load.heap! / 1e6).toFixed(2)} MB`);
    }
  }
  return [...loads].map(([widgets, list]) => ({
    widgets,
    time: summarize(list.map((load) => load.time)),
    heap: summarize(list.map((load) => load.heap)),
    payloadRequests: Math.max(...list.map((load) => load.payloadRequests)), // of the English payload, the most in a run
  }));
}

export type ManyWidgetsRow = Awaited<ReturnType<typeof measureManyWidgets>>[number];

/** In the page: `__switched` resolves with ms from the next click to the frame after the title reads `title`. */
function watchSwitch(title: string): void {
  const titleText = () => document.querySelector('health-topic')?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();
  const switched = new Promise<number>((resolve) => {
    const onClick = (event: Event) => {
      const check = () => requestAnimationFrame(titleText() === title ? () => resolve(performance.now() - event.timeStamp) : check);
      check();
    };
    addEventListener('click', onClick, { capture: true, once: true });
  });
  Object.assign(window, { __switched: switched });
}

const PICKER = 'health-topic >>> language-picker >>>';

/** On the one-script-tag page, once the English article shows: Spanish (the first time), English, Spanish again. */
export async function measureLanguageSwitch(browser: Browser, url: string, texts: string[], titles: { en: string; es: string }, runs: number, progress: (line: string) => void) {
  // Opens the picker and chooses `locale` with real mouse events; ms from the click to the title painted.
  const choose = async (page: Page, locale: 'en' | 'es') => {
    await (await page.waitForSelector(`${PICKER} button`, { visible: true }))!.click();
    const option = await page.waitForSelector(`${PICKER} [role="menuitemradio"][lang="${locale}"]`, { visible: true });
    await page.evaluate(pageSource(watchSwitch, titles[locale]));
    await option!.click();
    return (await page.evaluate('window.__switched')) as number;
  };
  const [first, second]: number[][] = [[], []];
  for (let run = 1; run <= runs; run += 1) {
    const then = async (page: Page) => {
      first.push(await choose(page, 'es'));
      await choose(page, 'en');
      second.push(await choose(page, 'es'));
    };
    await measureLoad(browser, url, { texts, then });
    progress(`language switch, run ${run}/${runs}: first ${first.at(-1)!.toFixed(0)} ms, second ${second.at(-1)!.toFixed(0)} ms`);
  }
  return { first: summarize(first), second: summarize(second) };
}
