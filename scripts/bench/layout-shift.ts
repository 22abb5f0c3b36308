/**
 * Figure 6, layout shift: cumulative layout shift on the demo page while the widget loads.
 */
import type { Browser } from 'puppeteer-core';
import { CPU_SLOWDOWN, installLayoutShiftRecorder, openMeasuredPage, pageSource, VIEWPORT, withTimeout, type LayoutShiftRecord } from './browser.js';
import { markdownTable, summarize, type Summary } from './stats.js';

export const CLS_GOAL = 0.05;
/** The article counts as settled once no layout shift has happened for this long after it loaded. */
const QUIET_MS = 1000;

export interface LayoutShiftResult {
  runs: number;
  cls: Summary;
  goalMet: boolean;
  /** The largest shifts seen in any run, for finding their cause. */
  largestShifts: LayoutShiftRecord['shifts'];
}

async function demoPageLayoutShift(browser: Browser, url: string): Promise<LayoutShiftRecord> {
  const { page, close } = await openMeasuredPage(browser, { beforeScripts: [pageSource(installLayoutShiftRecorder)] });
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return await withTimeout(page.evaluate(`window.__layoutShifts(${QUIET_MS})`) as Promise<LayoutShiftRecord>, 60_000, 'the demo page to settle');
  } finally {
    await close();
  }
}

export async function measureLayoutShift(browser: Browser, url: string, runs: number, onProgress: (line: string) => void): Promise<LayoutShiftResult> {
  const records: LayoutShiftRecord[] = [];
  for (let run = 1; run <= runs; run += 1) {
    records.push(await demoPageLayoutShift(browser, url));
    onProgress(`layout shift, run ${run}/${runs}: CLS ${records.at(-1)!.cls.toFixed(4)}`);
  }
  const cls = summarize(records.map((record) => record.cls));
  const largestShifts = records
    .flatMap((record) => record.shifts)
    .sort((a, b) => b.value - a.value)
    .slice(0, 3);
  return { runs, cls, goalMet: cls.median < CLS_GOAL, largestShifts };
}

export function reportLayoutShift(result: LayoutShiftResult): string {
  const shifts = result.largestShifts.length
    ? `\n\nLargest shifts seen:\n\n${markdownTable(
        ['Value', 'At (ms)', 'Elements moved'],
        result.largestShifts.map((shift) => [shift.value.toFixed(4), shift.startTime.toFixed(0), shift.sources.map((source) => `\`${source}\``).join(', ')]),
      )}`
    : '\n\nNo layout shift was recorded in any run.';
  return `## 6. Layout shift

The demo page (\`demo/index.html\`, served from the repository root as \`scripts/serve-demo.mjs\` does),
${VIEWPORT.width}x${VIEWPORT.height} viewport, ${CPU_SLOWDOWN}x CPU slowdown, HTTP cache off, ${result.runs} runs. A \`PerformanceObserver\` for
\`layout-shift\` (\`buffered: true\`, installed before any page script) sums every entry without recent
input; the sum is read once the \`health-topic-load\` event has fired and no shift has happened for
${QUIET_MS / 1000} s.

${markdownTable(['Page', 'CLS: median (min-max)'], [['Demo page', `${result.cls.median.toFixed(4)} (${result.cls.min.toFixed(4)}-${result.cls.max.toFixed(4)})`]])}

**CLS ${result.cls.median.toFixed(4)} (goal < ${CLS_GOAL}): ${result.goalMet ? 'met' : 'NOT met'}.**${shifts}`;
}
