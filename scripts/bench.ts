/**
 * The benchmark: how soon the widget shows an article on a realistic hospital page, against static
 * HTML, the prerendered snippet and an iframe of the same article, on loopback ("lab") and on slow
 * 4G ("field"); Lighthouse; bytes and requests before the text; and how it scales (5,000 topics in
 * two languages, widgets, languages). Writes docs/benchmarks.md.
 *
 *   npm run bench     (builds, then tsx scripts/bench.ts)
 *
 * It measures a copy of dist/ taken at the start (a rebuild during the run cannot mix two builds),
 * served from 127.0.0.1, in headless Chromium (/usr/bin/chromium, or CHROME_PATH). Goals are
 * reported, not enforced: the exit code is non-zero only when the bench itself fails.
 *   BENCH_RUNS             paired runs, and runs of the widget figures (default 15)
 *   BENCH_LIGHTHOUSE_RUNS  Lighthouse runs per page (default 5, as Lighthouse advises for a median)
 *   BENCH_ONLY             some of pages,lighthouse,widgets,language,scroll,scale (default all); the rest read "not measured"
 * scale builds the project twice in a temporary copy (its own topic, then with 5,000 synthetic
 * topics beside it, each in two languages), which takes minutes and some hundreds of MB of disk.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from './bench/browser.js';
import { gzipSize, readBuild } from './bench/build-files.js';
import { measureLighthouse } from './bench/lighthouse.js';
import { measurePairedRuns } from './bench/paired-runs.js';
import { TOPIC, VARIANTS, writePages, type Variant } from './bench/pages.js';
import { benchmarkDoc, type Results } from './bench/report.js';
import { measureScale } from './bench/scale.js';
import { measureScroll } from './bench/scroll.js';
import { startServer, type BenchServer } from './bench/server.js';
import { measureLanguageSwitch, measureManyWidgets } from './bench/widget-figures.js';

const repoRoot = path.resolve(import.meta.dirname, '..');
const DEFAULTS = { runs: 15, lighthouseRuns: 5 };
const RUNS = Number(process.env.BENCH_RUNS) || DEFAULTS.runs;
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS) || DEFAULTS.lighthouseRuns;
const ONLY = process.env.BENCH_ONLY?.split(',');
/** One folder per checkout, emptied at the start: a run killed outright leaves nothing behind for long. */
const workDir = path.join(os.tmpdir(), `health-topic-bench-${path.basename(repoRoot)}`);
const progress = (line: string) => console.log(`  ${line}`);

const open: { browser?: Browser; server?: BenchServer } = {};
const cleanUp = async () => {
  await open.browser?.close().catch(() => undefined);
  await open.server?.close();
  await rm(workDir, { recursive: true, force: true });
};

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = os.loadavg()[0];
  await rm(workDir, { recursive: true, force: true });
  await cp(path.join(repoRoot, 'dist'), path.join(workDir, 'served/dist'), { recursive: true });
  const build = await readBuild(path.join(workDir, 'served/dist'));
  const server = (open.server = await startServer(path.join(workDir, 'served')));
  const { texts, titles, builderSnippet } = await writePages(path.join(workDir, 'served/bench'), build, server.origin);
  const browser = (open.browser = await launchBrowser());
  const cpus = os.cpus();
  const release = (await readFile('/etc/os-release', 'utf8').catch(() => '')).match(/^PRETTY_NAME="?([^"\n]*)/m)?.[1] ?? os.type();
  const machine = `${cpus[0]?.model.trim()}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory; ${release} (${os.release()}); Node ${process.version}; ${await browser.version()} (headless)`;
  console.log(`Serving ${server.origin}; ${machine}`);

  const beforeText = [...build.eager, build.index, build.payloads.en];
  const bytes = await Promise.all(
    [...beforeText, ...build.figures, ...build.lazy].map(async (file) => ({ file, gzip: await gzipSize(build, file), beforeText: beforeText.includes(file) })),
  );
  const shortened = [
    RUNS < DEFAULTS.runs && `BENCH_RUNS=${RUNS}, not ${DEFAULTS.runs}`,
    LIGHTHOUSE_RUNS < DEFAULTS.lighthouseRuns && `BENCH_LIGHTHOUSE_RUNS=${LIGHTHOUSE_RUNS}, not ${DEFAULTS.lighthouseRuns}`,
    ONLY && `BENCH_ONLY=${ONLY.join(',')}`,
  ].filter(Boolean);
  const r: Results = { date: new Date().toISOString(), machine, load: [loadAtStart], cores: cpus.length, seconds: 0, runs: RUNS, lighthouseRuns: LIGHTHOUSE_RUNS, texts, builderSnippet, bytes, shortened: shortened.join('; ') || undefined };
  const urls = Object.fromEntries(Object.keys(VARIANTS).map((variant) => [variant, `${server.origin}/bench/${variant}.html`])) as Record<Variant, string>;
  const parts: Record<string, () => Promise<unknown>> = {
    pages: async () => (r.paired = await measurePairedRuns(browser, urls, texts, RUNS, progress)),
    lighthouse: async () => (r.lighthouse = await measureLighthouse({ script: urls.script, builder: urls.builder, prerendered: urls.prerendered }, LIGHTHOUSE_RUNS, progress)),
    widgets: async () => (r.manyWidgets = await measureManyWidgets(browser, server.origin, texts, RUNS, progress)),
    language: async () => (r.languageSwitch = await measureLanguageSwitch(browser, urls.script, texts, titles, RUNS, progress)),
    scroll: async () => (r.scroll = await measureScroll(browser, urls, texts, Math.min(RUNS, 5), progress)),
    // A few runs: the figures are counts of bytes and requests, which barely vary.
    scale: async () => (r.scale = await measureScale(repoRoot, path.join(workDir, 'scale'), browser, { topic: TOPIC, texts }, Math.min(RUNS, 5), progress)),
  };
  for (const [name, measure] of Object.entries(parts)) {
    if (ONLY && !ONLY.includes(name)) continue;
    console.log(`${name} ...`);
    await measure();
  }
  r.load.push(os.loadavg()[0]);
  r.seconds = (performance.now() - started) / 1000;
  const doc = benchmarkDoc(r);
  console.log(`\n${doc}`);
  await writeFile(path.join(repoRoot, 'docs/benchmarks.md'), doc);
}

// Ctrl+C: close the browser and the server and remove the files, then stop.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void cleanUp().finally(() => process.exit(130)));

try {
  await main();
} catch (error) {
  console.error('The benchmark failed:', error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
