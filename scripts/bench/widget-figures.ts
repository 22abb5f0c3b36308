/**
 * The widget's own figures, on the same hospital page and with the same measurement as the page
 * variants: many widgets on one page, and the switch to Spanish with the language picker.
 */
import type { Browser, Page } from 'puppeteer-core';
import { measureLoad, pageSource } from './browser.js';
import { WIDGET_COUNTS } from './pages.js';
import { summarize, type Summary } from './stats.js';

export interface ManyWidgetsRow {
  widgets: number;
  time: Summary;
  heap: Summary;
  /** Requests for the English payload (the most in any run). */
  payloadRequests: number;
}

/** 1, 10 and 100 widgets, the counts taking turns: until every widget's text is painted; heap after a GC. */
export async function measureManyWidgets(browser: Browser, origin: string, texts: string[], runs: number, progress: (line: string) => void): Promise<ManyWidgetsRow[]> {
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
    payloadRequests: Math.max(...list.map((load) => load.payloadRequests)),
  }));
}

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

/** Opens the picker and chooses `locale`, with real mouse events; ms from the click to the title painted. */
async function chooseLanguage(page: Page, locale: string, title: string): Promise<number> {
  await (await page.waitForSelector(`${PICKER} button`, { visible: true }))!.click();
  const option = await page.waitForSelector(`${PICKER} [role="menuitemradio"][lang="${locale}"]`, { visible: true });
  await page.evaluate(pageSource(watchSwitch, title));
  await option!.click();
  return (await page.evaluate('window.__switched')) as number;
}

/** On the one-script-tag page, once the English article shows: Spanish (the first time), English, Spanish again. */
export async function measureLanguageSwitch(
  browser: Browser,
  url: string,
  texts: string[],
  titles: { en: string; es: string },
  runs: number,
  progress: (line: string) => void,
): Promise<{ first: Summary; second: Summary }> {
  const [first, second]: number[][] = [[], []];
  for (let run = 1; run <= runs; run += 1) {
    const then = async (page: Page) => {
      first.push(await chooseLanguage(page, 'es', titles.es));
      await chooseLanguage(page, 'en', titles.en);
      second.push(await chooseLanguage(page, 'es', titles.es));
    };
    await measureLoad(browser, url, { texts, then });
    progress(`language switch, run ${run}/${runs}: first ${first.at(-1)!.toFixed(0)} ms, second ${second.at(-1)!.toFixed(0)} ms`);
  }
  return { first: summarize(first), second: summarize(second) };
}
