/**
 * The benchmark: how big the widget is, how fast it shows an article, and how it scales.
 *
 *   npm run bench            (tsx scripts/bench.ts)
 *
 * It drives headless Chromium (/usr/bin/chromium, or CHROME_PATH) over the DevTools protocol, serves
 * every page from 127.0.0.1 on a free port, prints its tables and writes docs/benchmarks.md. It reads
 * the build in dist/ as it is (run `npm run build` first), copied once at the start so a rebuild
 * during the run cannot mix two builds; temporary files go to the OS's temporary folder and are
 * removed at the end. Goals are reported, not enforced: the exit code is 0 whatever the figures,
 * and non-zero only when the benchmark itself fails. BENCH_RUNS sets the number of timed runs
 * (default 7; docs/benchmarks.md should always come from a default run).
 *
 * Figures (timed figures: median of the runs and min-max; "the entry" is the script-tag entry with
 * the chunks it imports statically, what the script tag runs before any article):
 *   1. Bytes: raw, gzip (level 9) and brotli sizes of the entry, each Myoclonus payload, the
 *      validator, language-picker and Spanish-strings chunks, the topic index and the figure; the
 *      total a page downloads to show the English article (the demo page's requests, mapped to
 *      dist/); the budget, entry + one article <= 16 kB gzip, PASS or FAIL.
 *   2. Flat entry: 1, 100 and 1,000 synthetic topics built in a temporary copy of the project: the
 *      entry's gzip size must stay within 1 % and build time grow at most linearly.
 *   3. Time to article text: a static HTML page with the same article against the widget, 4x CPU
 *      slowdown, cache off: when the title and the first sentence are painted; goal widget/static <= 1.2.
 *   4. Many widgets: 1, 10 and 100 widgets on a page: time until all show their article, JS heap
 *      after a GC; the per-widget figures must not grow.
 *   5. Language switch: click to Spanish title painted, the first and the second time.
 *   6. Layout shift: CLS of the demo page while the widget loads; goal < 0.05.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import type { HealthTopic } from '../src/content/schema.js';
import { launchBrowser, VIEWPORT } from './bench/browser.js';
import { BUDGET_BYTES, measureBytes, reportBytes, type BytesResult } from './bench/bytes.js';
import { snapshotDist } from './bench/dist-snapshot.js';
import { measureFlatEntry, reportFlatEntry, type FlatEntryResult } from './bench/flat-entry.js';
import { measureLanguageSwitch, reportLanguageSwitch, type LanguageSwitchResult } from './bench/language-switch.js';
import { CLS_GOAL, measureLayoutShift, reportLayoutShift, type LayoutShiftResult } from './bench/layout-shift.js';
import { measureManyWidgets, reportManyWidgets, WIDGET_COUNTS, type ManyWidgetsResult } from './bench/many-widgets.js';
import { firstSentenceOfFirstSection, hostPage, prerenderedSnippetPage, staticArticlePage } from './bench/pages.js';
import { startServer, type BenchServer } from './bench/server.js';
import { formatBytes, formatKb, formatMs, markdownTable } from './bench/stats.js';
import { measureTimeToText, RATIO_GOAL, reportTimeToText, type TimeToTextResult } from './bench/time-to-text.js';

const repoRoot = path.resolve(import.meta.dirname, '..');
const docFile = path.join(repoRoot, 'docs/benchmarks.md');
const TOPIC = 'myoclonus';
/** Timed runs per figure. */
const RUNS = Number(process.env.BENCH_RUNS) || 7;
/** Builds per topic count in figure 2 (each is two commands; see the doc for the count used). */
const BUILD_RUNS = RUNS;

interface Machine {
  cpu: string;
  cores: number;
  memory: string;
  os: string;
  node: string;
  chromium: string;
}

interface Results {
  machine: Machine;
  date: string;
  bytes: BytesResult;
  flatEntry: FlatEntryResult;
  timeToText: TimeToTextResult;
  manyWidgets: ManyWidgetsResult;
  languageSwitch: LanguageSwitchResult;
  layoutShift: LayoutShiftResult;
  texts: string[];
  titles: { en: string; es: string };
}

/** Resources to release however the run ends. */
const open: { browser?: Browser; server?: BenchServer; workDir?: string } = {};
let cleaningUp: Promise<void> | undefined;

/** Closes the browser and the server and removes the temporary files, once (Ctrl+C may come during it). */
function cleanUp(): Promise<void> {
  cleaningUp ??= (async () => {
    const { browser, server, workDir } = open;
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    if (workDir) await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  })();
  return cleaningUp;
}

/** Temporary folders are named with the process id, so a later run can tell which are left over. */
const TEMP_PREFIX = 'health-topic-bench-';

/**
 * Removes temporary folders of earlier runs whose process is gone: a run killed outright (tsx
 * kills its child with SIGKILL when it does not confirm a Ctrl+C within 30 ms) cannot clean up.
 */
async function removeLeftoverTempFolders(): Promise<void> {
  const isRunning = (pid: number) => {
    try {
      process.kill(pid, 0); // signal 0: only asks whether the process exists
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  };
  for (const name of await readdir(os.tmpdir())) {
    const pid = Number(name.match(new RegExp(`^${TEMP_PREFIX}(\\d+)-`))?.[1]);
    if (pid && !isRunning(pid)) await rm(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
}

function progress(line: string): void {
  console.log(`  ${line}`);
}

async function describeMachine(browser: Browser): Promise<Machine> {
  const cpus = os.cpus();
  const release = existsSync('/etc/os-release') ? (await readFile('/etc/os-release', 'utf8')).match(/^PRETTY_NAME="?([^"\n]*)"?/m)?.[1] : undefined;
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${release ?? os.type()} (${os.type()} ${os.release()}, ${os.arch()})`,
    node: process.version,
    chromium: await browser.version(),
  };
}

/** The pages of figures 3 to 5, in the run folder's bench/ (served as /bench/). */
async function writeBenchPages(dir: string, english: HealthTopic, distDir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'static.html'), staticArticlePage(english, 'http://127.0.0.1/dist/topics/'));
  await writeFile(path.join(dir, 'widget.html'), hostPage(TOPIC, 1));
  const snippet = await readFile(path.join(distDir, 'prerendered', `${TOPIC}.en.html`), 'utf8');
  await writeFile(path.join(dir, 'prerendered.html'), prerenderedSnippetPage(snippet));
  for (const count of WIDGET_COUNTS) await writeFile(path.join(dir, `widgets-${count}.html`), hostPage(TOPIC, count));
}

function summaryTable(results: Results): string {
  const { bytes, flatEntry, timeToText, manyWidgets, languageSwitch, layoutShift } = results;
  const last = flatEntry.rows.at(-1)!;
  const most = manyWidgets.rows.at(-1)!;
  return markdownTable(
    ['Figure', 'Result', 'Goal', 'Met'],
    [
      ['Entry + English article, gzip', `${formatBytes(bytes.budget.gzip)} B (${formatKb(bytes.budget.gzip)})`, `<= ${formatKb(BUDGET_BYTES)}`, bytes.budget.pass ? 'PASS' : 'FAIL'],
      ['Everything the demo page downloads for the article, gzip', `${formatBytes(bytes.widgetTotalGzip)} B`, '-', '-'],
      [
        `Entry gzip, ${formatBytes(last.topics)} topics vs 1`,
        `${formatBytes(last.entryGzip)} B vs ${formatBytes(flatEntry.rows[0].entryGzip)} B`,
        'within 1 %',
        flatEntry.entryFlat ? 'yes' : 'NO',
      ],
      [`Build time, ${formatBytes(last.topics)} topics`, formatMs(last.total), 'at most linear', flatEntry.timeLinear ? 'yes' : 'NO'],
      [
        'Time to article text, widget / static',
        `${timeToText.ratio.toFixed(2)} (${timeToText.widgetPage.median.toFixed(0)} / ${timeToText.staticPage.median.toFixed(0)} ms)`,
        `<= ${RATIO_GOAL}`,
        timeToText.goalMet ? 'yes' : 'NO',
      ],
      [
        'Time to article text, prerendered snippet / static',
        `${timeToText.prerenderedRatio.toFixed(2)} (${timeToText.prerenderedPage.median.toFixed(0)} / ${timeToText.staticPage.median.toFixed(0)} ms)`,
        `<= ${RATIO_GOAL}`,
        timeToText.prerenderedRatio <= RATIO_GOAL ? 'yes' : 'NO',
      ],
      [
        `${most.widgets} widgets: all articles painted; heap`,
        `${formatMs(most.time)}; ${(most.heap.median / 1e6).toFixed(2)} MB`,
        'per-widget figures do not grow',
        manyWidgets.timeGrows || manyWidgets.heapGrows ? 'NO' : 'yes',
      ],
      ['Language switch to Spanish, first / second time', `${languageSwitch.first.median.toFixed(0)} / ${languageSwitch.second.median.toFixed(0)} ms`, '-', '-'],
      ['Layout shift, demo page', layoutShift.cls.median.toFixed(4), `< ${CLS_GOAL}`, layoutShift.goalMet ? 'yes' : 'NO'],
    ],
  );
}

function benchmarkDoc(results: Results, totalSeconds: number, loadAverages: number[]): string {
  const { machine } = results;
  return `# Benchmarks

Written by \`npm run bench\` (\`scripts/bench.ts\`) on ${results.date}: do not edit by hand, run it again.
Goals are reported, not enforced (the byte budget is enforced by \`npm run size\`, part of \`npm test\`).

**Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.memory} memory; ${machine.os};
Node ${machine.node}; ${machine.chromium} (headless). The whole run took ${totalSeconds.toFixed(0)} s; the 1-minute
load average was ${loadAverages.map((load) => load.toFixed(2)).join(' at the start and ')} at the end, for ${machine.cores} cores (other work on
the machine at the same time slows the runs it overlaps and widens the min-max).

Timed figures are the median of ${RUNS} runs, with the min-max in brackets. Browser figures (3 to 6) use
headless Chromium over the DevTools protocol, a ${VIEWPORT.width}x${VIEWPORT.height} viewport, pages served by sirv from
127.0.0.1 (loopback, no network slowdown), each run in a new tab of a new browser context.

${summaryTable(results)}

${reportBytes(results.bytes)}

${reportFlatEntry(results.flatEntry)}

${reportTimeToText(results.timeToText, results.texts)}

${reportManyWidgets(results.manyWidgets)}

${reportLanguageSwitch(results.languageSwitch, results.titles)}

${reportLayoutShift(results.layoutShift)}
`;
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = os.loadavg()[0];
  await removeLeftoverTempFolders();
  open.workDir = await mkdtemp(path.join(os.tmpdir(), `${TEMP_PREFIX}${process.pid}-`));
  const runRoot = path.join(open.workDir, 'run');

  console.log('Copying the build in dist/ ...');
  const dist = await snapshotDist(repoRoot, path.join(runRoot, 'dist'));
  const english = JSON.parse(await readFile(dist.payloads.en, 'utf8')) as HealthTopic;
  const spanish = JSON.parse(await readFile(dist.payloads.es, 'utf8')) as HealthTopic;
  const texts = [english.title, firstSentenceOfFirstSection(english)];
  const titles = { en: english.title, es: spanish.title };
  await writeBenchPages(path.join(runRoot, 'bench'), english, path.join(runRoot, 'dist'));

  console.log(`2. Flat entry (${BUILD_RUNS} builds per topic count) ...`);
  const flatEntry = await measureFlatEntry(repoRoot, path.join(open.workDir, 'flat-entry'), BUILD_RUNS, progress);

  open.server = await startServer({ repoRoot, runRoot });
  open.browser = await launchBrowser();
  const { origin } = open.server;
  const browser = open.browser;
  const machine = await describeMachine(browser);
  console.log(`Serving ${origin}; ${machine.chromium}`);

  console.log('1. Bytes ...');
  const bytes = await measureBytes(browser, origin, dist);
  console.log('3. Time to article text ...');
  const timeToText = await measureTimeToText(
    browser,
    { staticUrl: `${origin}/bench/static.html`, widgetUrl: `${origin}/bench/widget.html`, prerenderedUrl: `${origin}/bench/prerendered.html` },
    texts,
    RUNS,
    progress,
  );
  console.log('4. Many widgets ...');
  const manyWidgets = await measureManyWidgets(browser, (count) => `${origin}/bench/widgets-${count}.html`, texts, RUNS, progress);
  console.log('5. Language switch ...');
  const languageSwitch = await measureLanguageSwitch(browser, `${origin}/bench/widget.html`, texts, titles, RUNS, progress);
  console.log('6. Layout shift ...');
  const layoutShift = await measureLayoutShift(browser, `${origin}/demo/index.html`, RUNS, progress);
  if (open.server.notFound.length > 0) console.warn(`Requests answered 404: ${[...new Set(open.server.notFound)].join(', ')}`);

  const results: Results = { machine, date: new Date().toISOString(), bytes, flatEntry, timeToText, manyWidgets, languageSwitch, layoutShift, texts, titles };
  const doc = benchmarkDoc(results, (performance.now() - started) / 1000, [loadAtStart, os.loadavg()[0]]);
  console.log(`\n${doc}`);
  await writeFile(docFile, doc);
  console.log(`Wrote ${path.relative(repoRoot, docFile)}.`);
}

// Ctrl+C: close the browser and server, remove the temporary files, then stop. A listener stays
// registered, so a second signal (tsx relays one too) waits for the same clean-up.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (!cleaningUp) console.error(`\n${signal}: stopping.`);
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  await main();
} catch (error) {
  console.error('The benchmark failed:', error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
