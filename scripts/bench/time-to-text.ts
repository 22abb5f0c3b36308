/**
 * Figure 3, time to article text: the same English article as a static HTML page and as a widget
 * on a host page, both from the same local server, 4x CPU slowdown, HTTP cache off.
 */
import type { Browser } from 'puppeteer-core';
import {
  CPU_SLOWDOWN,
  inPage,
  installTextProbe,
  openMeasuredPage,
  pageSource,
  resourceTimings,
  textShown,
  type ResourceTiming,
  type TextProbeOptions,
} from './browser.js';
import { formatMs, markdownTable, summarize, type Summary } from './stats.js';

/** The goal: the widget shows the text at most 20 % later than the static page. */
export const RATIO_GOAL = 1.2;

export interface TimedLoad {
  /** ms from navigation start to the frame after the texts were first in the DOM. */
  paintedAt: number;
  timings: ResourceTiming[];
}

/** Opens `url` in a fresh tab and times its text with the probe (installed before any page script). */
export async function timeTextOnPage(browser: Browser, url: string, probe: TextProbeOptions): Promise<TimedLoad> {
  const { page, close } = await openMeasuredPage(browser, { beforeScripts: [pageSource(installTextProbe, probe)] });
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const record = await textShown(page);
    return { paintedAt: record.paintedAt, timings: await inPage(page, resourceTimings) };
  } finally {
    await close();
  }
}

export interface TimeToTextResult {
  runs: number;
  staticPage: Summary;
  widgetPage: Summary;
  /** The prerendered snippet on a host page: the article is in the HTML, then the widget takes over. */
  prerenderedPage: Summary;
  ratio: number;
  prerenderedRatio: number;
  goalMet: boolean;
  /** For the widget page: when each file was requested and had arrived, in the order requested. */
  waterfall: { path: string; start: Summary; end: Summary; runs: number }[];
}

export async function measureTimeToText(
  browser: Browser,
  pages: { staticUrl: string; widgetUrl: string; prerenderedUrl: string },
  texts: string[],
  runs: number,
  onProgress: (line: string) => void,
): Promise<TimeToTextResult> {
  const staticProbe = { texts, hostSelector: 'body', hostCount: 1 };
  const widgetProbe = { texts, hostSelector: 'health-topic', hostCount: 1 };
  // One pair first, not counted: the browser's first pages are slower (processes, code caches).
  await timeTextOnPage(browser, pages.staticUrl, staticProbe);
  await timeTextOnPage(browser, pages.widgetUrl, widgetProbe);
  const staticRuns: TimedLoad[] = [];
  const widgetRuns: TimedLoad[] = [];
  const prerenderedRuns: TimedLoad[] = [];
  for (let run = 1; run <= runs; run += 1) {
    staticRuns.push(await timeTextOnPage(browser, pages.staticUrl, staticProbe));
    widgetRuns.push(await timeTextOnPage(browser, pages.widgetUrl, widgetProbe));
    prerenderedRuns.push(await timeTextOnPage(browser, pages.prerenderedUrl, widgetProbe));
    onProgress(
      `time to text, run ${run}/${runs}: static ${Math.round(staticRuns.at(-1)!.paintedAt)} ms, widget ${Math.round(widgetRuns.at(-1)!.paintedAt)} ms, prerendered ${Math.round(prerenderedRuns.at(-1)!.paintedAt)} ms`,
    );
  }
  const staticPage = summarize(staticRuns.map((load) => load.paintedAt));
  const widgetPage = summarize(widgetRuns.map((load) => load.paintedAt));
  const prerenderedPage = summarize(prerenderedRuns.map((load) => load.paintedAt));
  const ratio = widgetPage.median / staticPage.median;
  const prerenderedRatio = prerenderedPage.median / staticPage.median;
  return { runs, staticPage, widgetPage, prerenderedPage, ratio, prerenderedRatio, goalMet: ratio <= RATIO_GOAL, waterfall: waterfallOf(widgetRuns) };
}

/** Every file the page downloaded (the page itself aside): median request start and response end. */
function waterfallOf(loads: TimedLoad[]): TimeToTextResult['waterfall'] {
  const byPath = new Map<string, ResourceTiming[]>();
  for (const timing of loads.flatMap((load) => load.timings)) byPath.set(timing.path, [...(byPath.get(timing.path) ?? []), timing]);
  return [...byPath]
    .map(([path, timings]) => ({
      path,
      start: summarize(timings.map((timing) => timing.startTime)),
      end: summarize(timings.map((timing) => timing.responseEnd)),
      runs: timings.length,
    }))
    .sort((a, b) => a.start.median - b.start.median);
}

export function reportTimeToText(result: TimeToTextResult, texts: string[]): string {
  return `## 3. Time to article text

Two pages, served by the same local server: \`/bench/static.html\`, the English Myoclonus article as
static HTML made from its payload (title h2, lead, contents, sections with h3, paragraphs, lists with
lead-ins, the figure with its caption, references, footer), and \`/bench/widget.html\`, the script tag
and \`<health-topic topic="myoclonus">\`. Both have the same minimal page CSS. Each run opens a new tab
in a new browser context with the CPU slowed down ${CPU_SLOWDOWN}x (\`Emulation.setCPUThrottlingRate\`) and the HTTP
cache off (\`Network.setCacheDisabled\`); the network is the loopback interface, not slowed down.
The runs alternate static/widget/prerendered, ${result.runs} each, after one static/widget pair that is not counted.

The signal: a \`requestAnimationFrame\` probe, injected before any page script
(\`page.evaluateOnNewDocument\`), looks each frame through the DOM and every shadow root for the title
and the first sentence of the first section (${texts.map((text) => `"${text}"`).join(', ')}), and records
\`performance.now()\` (ms from navigation start) at the next frame after it finds them, when they have been painted.

${markdownTable(
  ['Page', 'Article text painted: median (min-max)'],
  [
    ['Static HTML', formatMs(result.staticPage)],
    ['Widget', formatMs(result.widgetPage)],
    ['Prerendered snippet, then the widget', formatMs(result.prerenderedPage)],
  ],
)}

**Widget / static = ${result.ratio.toFixed(2)} (goal <= ${RATIO_GOAL}): ${result.goalMet ? 'met' : 'NOT met'}.**
**Prerendered snippet / static = ${result.prerenderedRatio.toFixed(2)}: ${result.prerenderedRatio <= RATIO_GOAL ? 'met' : 'NOT met'}.**
(\`/bench/prerendered.html\` holds \`dist/prerendered/myoclonus.en.html\`, from \`npm run prerender\`: the article is
in the HTML, in declarative shadow DOM, and the widget takes it over once its script runs.)

Where the widget's time goes: every file the widget page downloaded (Resource Timing), median ms
from navigation start over the widget runs${result.waterfall.some((step) => step.runs < result.runs) ? ' (files not downloaded in every run say in how many)' : ''}:

${markdownTable(
  ['File', 'Requested', 'Arrived'],
  [
    ...result.waterfall.map((step) => [
      `\`${step.path}\`${step.runs < result.runs ? ` (${step.runs} of ${result.runs} runs)` : ''}`,
      step.start.median.toFixed(0),
      step.end.median.toFixed(0),
    ]),
    ['**Article text painted**', '', `**${result.widgetPage.median.toFixed(0)}**`],
  ],
)}`;
}
