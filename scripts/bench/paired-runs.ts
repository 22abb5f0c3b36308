/**
 * The page variants side by side: each run opens every variant once, in an order that rotates from
 * run to run, so a slow spell of the shared machine falls on all of them; ratios are taken within
 * each run (paired), then their median.
 */
import type { Browser } from 'puppeteer-core';
import { measureLoad, type Load } from './browser.js';
import type { Variant } from './pages.js';
import { summarize } from './stats.js';

export async function measurePairedRuns(browser: Browser, urls: Record<Variant, string>, texts: string[], runs: number, progress: (line: string) => void) {
  const variants = Object.keys(urls) as Variant[];
  const loads = new Map<Variant, Load[]>(variants.map((variant) => [variant, []]));
  for (let run = 0; run <= runs; run += 1) {
    const times: string[] = [];
    for (const variant of variants.map((_, index) => variants[(index + run) % variants.length])) {
      const load = await measureLoad(browser, urls[variant], { texts });
      if (run > 0) loads.get(variant)!.push(load); // run 0 warms the browser up
      times.push(`${variant} ${load.paintedAt.toFixed(0)}`);
    }
    progress(`${run === 0 ? 'warm-up run' : `run ${run}/${runs}`}: ${times.join(', ')} ms`);
  }
  const median = (values: number[]) => summarize(values).median;
  const times = (variant: Variant) => loads.get(variant)!.map((load) => load.paintedAt);
  const ratio = (variant: Variant, base: Variant) => summarize(times(variant).map((time, run) => time / times(base)[run]));
  const result = (variant: Variant) => {
    const list = loads.get(variant)!;
    // Gzip body bytes arrived when the text was painted: the page itself, or its other files.
    const bytesBeforeText = (isPage: boolean) =>
      median(list.map((load) => load.resources.filter((file) => file.isPage === isPage && file.end <= load.paintedAt).reduce((sum, file) => sum + file.bytes, 0)));
    const byPath = new Map<string, Load['resources']>();
    for (const file of list.flatMap((load) => load.resources)) byPath.set(file.path, [...(byPath.get(file.path) ?? []), file]);
    return {
      time: summarize(times(variant)),
      firstContentfulPaint: median(list.map((load) => load.firstContentfulPaint)),
      toStatic: ratio(variant, 'static'),
      toIframe: ratio(variant, 'iframe'),
      cls: summarize(list.map((load) => load.cls)),
      pageBytes: bytesBeforeText(true),
      fileBytes: bytesBeforeText(false),
      // Each file's median request start and arrival, in request order.
      waterfall: [...byPath]
        .map(([path, files]) => ({ path, start: median(files.map((file) => file.start)), end: median(files.map((file) => file.end)), runs: files.length }))
        .sort((a, b) => a.start - b.start),
    };
  };
  return { runs, variants: Object.fromEntries(variants.map((variant) => [variant, result(variant)])) as Record<Variant, ReturnType<typeof result>> };
}

export type PairedResult = Awaited<ReturnType<typeof measurePairedRuns>>;
export type VariantResult = PairedResult['variants'][Variant];
