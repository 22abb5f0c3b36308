/**
 * Figure 4, many widgets: pages with 1, 10 and 100 `<health-topic topic="myoclonus">`; the time
 * until all of them show their article, and the JS heap after a garbage collection.
 */
import type { Browser } from 'puppeteer-core';
import { CPU_SLOWDOWN, installTextProbe, openMeasuredPage, pageSource, textShown } from './browser.js';
import { formatMb, formatMs, markdownTable, summarize, type Summary } from './stats.js';

export const WIDGET_COUNTS = [1, 10, 100] as const;
/** A per-widget figure may rise by this much from one count to the next and still count as not growing. */
const GROWTH_TOLERANCE = 0.1;

interface WidgetRun {
  paintedAt: number;
  heapUsed: number;
  payloadRequests: number;
}

export interface ManyWidgetsRow {
  widgets: number;
  time: Summary;
  heap: Summary;
  payloadRequests: number;
}

export interface ManyWidgetsResult {
  runs: number;
  rows: ManyWidgetsRow[];
  timeGrows: boolean;
  heapGrows: boolean;
}

/** One page with `count` widgets: time until all show the texts, then heap used after a GC. */
async function loadWidgets(browser: Browser, url: string, count: number, texts: string[]): Promise<WidgetRun> {
  const probe = { texts, hostSelector: 'health-topic', hostCount: count };
  const { page, cdp, close } = await openMeasuredPage(browser, { beforeScripts: [pageSource(installTextProbe, probe)] });
  try {
    let payloadRequests = 0;
    page.on('request', (request) => {
      if (/\/topics\/myoclonus\.en\.[0-9a-f]+\.json$/.test(request.url())) payloadRequests += 1;
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const record = await textShown(page, 120_000);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return { paintedAt: record.paintedAt, heapUsed: heap.usedSize, payloadRequests };
  } finally {
    await close();
  }
}

export async function measureManyWidgets(
  browser: Browser,
  pageUrl: (count: number) => string,
  texts: string[],
  runs: number,
  onProgress: (line: string) => void,
): Promise<ManyWidgetsResult> {
  await loadWidgets(browser, pageUrl(1), 1, texts); // not counted: warms the browser up
  const results = new Map<number, WidgetRun[]>(WIDGET_COUNTS.map((count) => [count, []]));
  for (let run = 1; run <= runs; run += 1) {
    for (const count of WIDGET_COUNTS) {
      const result = await loadWidgets(browser, pageUrl(count), count, texts);
      results.get(count)!.push(result);
      onProgress(`many widgets: ${count}, run ${run}/${runs}: ${Math.round(result.paintedAt)} ms, heap ${(result.heapUsed / 1e6).toFixed(2)} MB`);
    }
  }
  const rows = WIDGET_COUNTS.map((count): ManyWidgetsRow => {
    const list = results.get(count)!;
    return {
      widgets: count,
      time: summarize(list.map((run) => run.paintedAt)),
      heap: summarize(list.map((run) => run.heapUsed)),
      payloadRequests: Math.max(...list.map((run) => run.payloadRequests)),
    };
  });
  const grows = (value: (row: ManyWidgetsRow) => number) =>
    rows.some((row, index) => index > 0 && value(row) / row.widgets > (value(rows[index - 1]) / rows[index - 1].widgets) * (1 + GROWTH_TOLERANCE));
  return { runs, rows, timeGrows: grows((row) => row.time.median), heapGrows: grows((row) => row.heap.median) };
}

export function reportManyWidgets(result: ManyWidgetsResult): string {
  const [one] = result.rows;
  const extra = (row: ManyWidgetsRow, value: (row: ManyWidgetsRow) => number) =>
    row.widgets === 1 ? '' : (value(row) - value(one)) / (row.widgets - 1);
  return `## 4. Many widgets

Host pages with 1, 10 and 100 \`<health-topic topic="myoclonus">\` (\`/bench/widgets-<n>.html\`), same
conditions as figure 3 (new tab and browser context per run, ${CPU_SLOWDOWN}x CPU slowdown, HTTP cache off), ${result.runs}
runs each, the counts taking turns, after one page that is not counted. Time: the same probe, until every
element holds the title and first sentence, plus one frame. Heap: \`HeapProfiler.collectGarbage\`,
then \`Runtime.getHeapUsage\` (\`usedSize\`) once every article shows.

${markdownTable(
  ['Widgets', 'All articles painted', 'Per widget', 'Extra per widget vs 1', 'JS heap after GC', 'Heap per widget', 'Extra heap per widget vs 1', 'Payload requests'],
  result.rows.map((row) => {
    const extraMs = extra(row, (r) => r.time.median);
    const extraHeap = extra(row, (r) => r.heap.median);
    return [
      String(row.widgets),
      formatMs(row.time),
      `${(row.time.median / row.widgets).toFixed(1)} ms`,
      extraMs === '' ? '-' : `${extraMs.toFixed(1)} ms`,
      formatMb(row.heap),
      `${(row.heap.median / row.widgets / 1000).toFixed(1)} kB`,
      extraHeap === '' ? '-' : `${(extraHeap / 1000).toFixed(1)} kB`,
      String(row.payloadRequests),
    ];
  }),
)}

"Payload requests": how many times the page requested the English payload${
    result.rows.every((row) => row.payloadRequests === row.widgets) ? ' (once per widget: widgets showing the same topic do not share its download)' : ''
  }. "Extra per widget": (figure(N) - figure(1)) / (N - 1).

Rule: a per-widget figure (median / widgets) "grows" when it rises by more than ${GROWTH_TOLERANCE * 100} % from one
count to the next. **Time per widget grows: ${result.timeGrows ? 'YES' : 'no'}. Heap per widget grows: ${result.heapGrows ? 'YES' : 'no'}.**`;
}
