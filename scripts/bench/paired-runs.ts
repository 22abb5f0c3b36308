/**
 * The page variants side by side, in the lab and in the field (`CONDITIONS`): each run opens every
 * variant once in each condition, the conditions and the variants in an order that rotates from run
 * to run, so a slow spell of the shared machine falls on all of them; ratios are taken within each
 * run and condition (paired), then their median.
 */
import type { Browser } from 'puppeteer-core';
import { arrivedBeforeText, CONDITIONS, measureLoad, type Condition, type Load } from './browser.js';
import type { Variant } from './pages.js';
import { summarize } from './stats.js';

const rotate = <T>(list: T[], by: number) => list.map((_, index) => list[(index + by) % list.length]);

export async function measurePairedRuns(browser: Browser, urls: Record<Variant, string>, texts: string[], runs: number, progress: (line: string) => void) {
  const variants = Object.keys(urls) as Variant[];
  const conditions = Object.keys(CONDITIONS) as Condition[];
  const loads = new Map(conditions.map((condition) => [condition, new Map<Variant, Load[]>(variants.map((variant) => [variant, []]))]));
  for (let run = 0; run <= runs; run += 1) {
    for (const condition of rotate(conditions, run)) {
      const times: string[] = [];
      for (const variant of rotate(variants, run)) {
        const load = await measureLoad(browser, urls[variant], { texts, condition });
        if (run > 0) loads.get(condition)!.get(variant)!.push(load); // run 0 warms the browser up
        times.push(`${variant} ${load.paintedAt.toFixed(0)}`);
      }
      progress(`${run === 0 ? 'warm-up run' : `run ${run}/${runs}`}, ${condition}: ${times.join(', ')} ms`);
    }
  }
  const median = (values: number[]) => summarize(values).median;
  const result = (condition: Condition, variant: Variant) => {
    const list = loads.get(condition)!.get(variant)!;
    const times = (of: Variant) => loads.get(condition)!.get(of)!.map((load) => load.paintedAt);
    const ratio = (base: Variant) => summarize(times(variant).map((time, run) => time / times(base)[run]));
    const byPath = new Map<string, Load['resources']>();
    for (const file of list.flatMap((load) => load.resources)) byPath.set(file.path, [...(byPath.get(file.path) ?? []), file]);
    return {
      time: summarize(times(variant)),
      firstContentfulPaint: median(list.map((load) => load.firstContentfulPaint)),
      toStatic: ratio('static'),
      toIframe: ratio('iframe'),
      cls: summarize(list.map((load) => load.cls)),
      // Gzip body bytes arrived when the text was painted: the page itself, or its other files (and how many of those).
      pageBytes: median(list.map((load) => arrivedBeforeText(load, true).bytes)),
      fileBytes: median(list.map((load) => arrivedBeforeText(load, false).bytes)),
      fileRequests: median(list.map((load) => arrivedBeforeText(load, false).requests)),
      // Each file's median request start and arrival, in request order.
      waterfall: [...byPath]
        .map(([path, files]) => ({ path, start: median(files.map((file) => file.start)), end: median(files.map((file) => file.end)), runs: files.length }))
        .sort((a, b) => a.start - b.start),
    };
  };
  const byVariant = (condition: Condition) => Object.fromEntries(variants.map((variant) => [variant, result(condition, variant)])) as Record<Variant, ReturnType<typeof result>>;
  return { runs, conditions: Object.fromEntries(conditions.map((condition) => [condition, byVariant(condition)])) as Record<Condition, Record<Variant, ReturnType<typeof result>>> };
}

export type PairedResult = Awaited<ReturnType<typeof measurePairedRuns>>;
export type VariantResult = PairedResult['conditions'][Condition][Variant];
