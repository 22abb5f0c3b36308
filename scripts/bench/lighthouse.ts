/**
 * Lighthouse (the npm package) against the local Chromium, which chrome-launcher starts with the
 * flags in chromium.config.mjs: its default mobile form factor (412x823 screen, simulated slow 4G
 * and 4x CPU) and a first visit (it clears the origin's cache and storage before each run).
 * Chromium logs "RootCauses ... frame_sequence" and a few detail audits error out; the category
 * scores come out all the same.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../chromium.config.mjs';
import { summarize } from './stats.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const METRICS = { 'first-contentful-paint': 'FCP', 'largest-contentful-paint': 'LCP', 'total-blocking-time': 'TBT', 'cumulative-layout-shift': 'CLS' };

/** Runs Lighthouse `runs` times on each page, the pages taking turns. */
export async function measureLighthouse<Page extends string>(urls: Record<Page, string>, runs: number, progress: (line: string) => void) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
  type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
  const reports = new Map<string, Report[]>(Object.keys(urls).map((name) => [name, []]));
  const score = (report: Report, category: string) => Math.round((report.categories[category]?.score ?? 0) * 100);
  try {
    for (let run = 1; run <= runs; run += 1) {
      for (const [name, url] of Object.entries<string>(urls)) {
        const report = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }))?.lhr;
        if (!report) throw new Error(`Lighthouse gave no result for ${url}`);
        reports.get(name)!.push(report);
        progress(`lighthouse ${name}, run ${run}/${runs}: ${CATEGORIES.map((category) => `${category} ${score(report, category)}`).join(', ')}`);
      }
    }
  } finally {
    await chrome.kill();
  }
  const median = (values: number[]) => summarize(values).median;
  // Medians: scores 0-100, metrics in ms (CLS unitless). Failing: an audit scored below 0.9 (the
  // metrics' own audits included), with the number of runs it failed in.
  const result = (list: Report[]) => {
    const failing = list.flatMap((report) =>
      Object.values(report.audits).filter((audit) => audit.score !== null && audit.score < 0.9 && !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode ?? '')),
    );
    return {
      version: list[0].lighthouseVersion,
      runs: list.length,
      scores: Object.fromEntries(CATEGORIES.map((category) => [category, median(list.map((report) => score(report, category)))])) as Record<(typeof CATEGORIES)[number], number>,
      metrics: Object.fromEntries(Object.keys(METRICS).map((id) => [id, median(list.map((report) => report.audits[id]?.numericValue ?? NaN))])) as Record<string, number>,
      failing: [...new Set(failing.map((audit) => audit.id))].map((id) => ({ id, runs: failing.filter((audit) => audit.id === id).length })),
    };
  };
  return Object.fromEntries([...reports].map(([name, list]) => [name, result(list)])) as Record<Page, ReturnType<typeof result>>;
}

export type LighthouseResult = Awaited<ReturnType<typeof measureLighthouse>>[string];
