/**
 * Figure 5, language switch: on the widget page, open the picker and choose Spanish; the time from
 * the click to the Spanish title painted, the first time (the Spanish payload and words are
 * downloaded) and the second time (back to English, then Spanish again).
 */
import type { Browser, Page } from 'puppeteer-core';
import {
  armLanguageSwitchWatch,
  CPU_SLOWDOWN,
  inPage,
  installTextProbe,
  openMeasuredPage,
  pageSource,
  textShown,
  withTimeout,
  type LanguageSwitchRecord,
} from './browser.js';
import { formatMs, markdownTable, summarize, type Summary } from './stats.js';

const PICKER = 'health-topic >>> language-picker >>>';

export interface LanguageSwitchResult {
  runs: number;
  first: Summary;
  second: Summary;
  /** Files downloaded from the network (not the HTTP cache) during each switch, from the first run. */
  firstDownloads: string[];
  secondDownloads: string[];
}

/** Opens the picker, chooses `locale`, and returns ms from the click to the frame after the title reads `title`. */
async function chooseLanguage(page: Page, locale: string, title: string): Promise<number> {
  const button = await page.waitForSelector(`${PICKER} button`, { visible: true });
  await button!.click();
  const option = await page.waitForSelector(`${PICKER} [role="menuitemradio"][lang="${locale}"]`, { visible: true });
  await inPage(page, armLanguageSwitchWatch, title);
  await option!.click();
  const record = await withTimeout(page.evaluate('window.__languageSwitch') as Promise<LanguageSwitchRecord>, 30_000, `the title "${title}"`);
  return record.paintedAt - record.clickAt;
}

interface SwitchRun {
  first: number;
  second: number;
  firstDownloads: string[];
  secondDownloads: string[];
}

/**
 * One run in a new browser context: its HTTP cache starts empty and is on, with the README's
 * Cache-Control headers, as for a reader's first visit.
 */
async function switchLanguages(browser: Browser, url: string, englishTexts: string[], titles: { en: string; es: string }): Promise<SwitchRun> {
  const probe = { texts: englishTexts, hostSelector: 'health-topic', hostCount: 1 };
  const { page, close } = await openMeasuredPage(browser, { cacheDisabled: false, beforeScripts: [pageSource(installTextProbe, probe)] });
  try {
    let downloads: string[] = [];
    page.on('requestfinished', (request) => {
      if (!request.response()?.fromCache()) downloads.push(new URL(request.url()).pathname);
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await textShown(page);
    downloads = [];
    const first = await chooseLanguage(page, 'es', titles.es);
    const firstDownloads = downloads;
    await chooseLanguage(page, 'en', titles.en);
    downloads = [];
    const second = await chooseLanguage(page, 'es', titles.es);
    return { first, second, firstDownloads, secondDownloads: downloads };
  } finally {
    await close();
  }
}

export async function measureLanguageSwitch(
  browser: Browser,
  url: string,
  englishTexts: string[],
  titles: { en: string; es: string },
  runs: number,
  onProgress: (line: string) => void,
): Promise<LanguageSwitchResult> {
  const results: SwitchRun[] = [];
  for (let run = 1; run <= runs; run += 1) {
    results.push(await switchLanguages(browser, url, englishTexts, titles));
    onProgress(`language switch, run ${run}/${runs}: first ${Math.round(results.at(-1)!.first)} ms, second ${Math.round(results.at(-1)!.second)} ms`);
  }
  return {
    runs,
    first: summarize(results.map((run) => run.first)),
    second: summarize(results.map((run) => run.second)),
    firstDownloads: results[0].firstDownloads,
    secondDownloads: results[0].secondDownloads,
  };
}

export function reportLanguageSwitch(result: LanguageSwitchResult, titles: { en: string; es: string }): string {
  const list = (paths: string[]) => (paths.length ? paths.map((file) => `\`${file}\``).join(', ') : 'nothing');
  return `## 5. Language switch

On \`/bench/widget.html\` (${CPU_SLOWDOWN}x CPU slowdown, each run in a new browser context whose HTTP cache starts
empty and is on, files served with the README's Cache-Control headers), once the English article
shows: click the picker's button, then the \`[role="menuitemradio"][lang="es"]\` item (real mouse
events, \`Input.dispatchMouseEvent\`). Time: from the click event's time stamp to the frame after the
one in which the widget's \`[part~="title"]\` first reads "${titles.es}". Then English again ("${titles.en}"),
then Spanish again: the second time. ${result.runs} runs.

${markdownTable(
  ['Switch to Spanish', 'Click to Spanish title painted', 'Downloaded from the network (first run)'],
  [
    ['First time', formatMs(result.first), list(result.firstDownloads)],
    ['Second time', formatMs(result.second), list(result.secondDownloads)],
  ],
)}`;
}
