/**
 * docs/benchmarks.md: the machine and its load, each goal with its figure, met or not, then the
 * details. Figures a run left out (BENCH_ONLY) read "not measured".
 */
import { CPU_SLOWDOWN, MOBILE } from './browser.js';
import type { FlatEntryRow } from './flat-entry.js';
import { CATEGORIES, METRICS, type LighthouseResult } from './lighthouse.js';
import type { PairedResult, VariantResult } from './paired-runs.js';
import { VARIANTS, type Variant } from './pages.js';
import type { Summary } from './stats.js';
import type { ManyWidgetsRow } from './widget-figures.js';

export interface Results {
  date: string;
  machine: string;
  /** 1-minute load average at the start and at the end. */
  load: number[];
  cores: number;
  seconds: number;
  runs: number;
  lighthouseRuns: number;
  texts: string[];
  builderSnippet: string;
  bytes: { file: string; gzip: number; beforeText: boolean }[];
  // Each figure is there when the run measured it (BENCH_ONLY).
  paired?: PairedResult;
  lighthouse?: Record<'script' | 'prerendered', LighthouseResult>;
  manyWidgets?: ManyWidgetsRow[];
  languageSwitch?: { first: Summary; second: Summary };
  flatEntry?: FlatEntryRow[];
}

const BYTES_GOAL = 12_000;
const formatMs = ({ median, min, max }: Summary) => `${median.toFixed(0)} ms (${min.toFixed(0)}-${max.toFixed(0)})`;
const formatBytes = (bytes: number) => bytes.toLocaleString('en-US', { maximumFractionDigits: 0 });
const markdownTable = (header: string[], rows: string[][]) => [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
const ms = (value: number) => `${value.toFixed(0)} ms`;
const x = (value: number) => `${value.toFixed(2)}x`;
/** A section's title, then its blocks, or "Not measured" when the run left the figure out. */
const section = (title: string, blocks: string[] | undefined) => [title, ...(blocks ?? ['Not measured in this run.'])].join('\n\n');

function goals(r: Results): string {
  const v = r.paired?.variants;
  const lh = r.lighthouse;
  // The ratio's median decides; the middle half of the runs shows whether one run can tell.
  const versus = (variant: Variant, base: Variant, ratio: Summary) =>
    `${x(ratio.median)} (${ms(v![variant].time.median)} / ${ms(v![base].time.median)}; middle half of runs ${x(ratio.lowerQuartile)} to ${x(ratio.upperQuartile)})`;
  const others = (page: 'script' | 'prerendered'): [string, boolean] => {
    const scores = CATEGORIES.slice(1).map((category) => lh![page].scores[category]);
    return [scores.join(' / '), scores.every((score) => score === 100)];
  };
  const grows = (value: (row: ManyWidgetsRow) => number, rows: ManyWidgetsRow[]) =>
    rows.some((row, i) => i > 0 && value(row) / row.widgets > (value(rows[i - 1]) / rows[i - 1].widgets) * 1.1);
  const [one, many] = r.flatEntry ?? [];
  const widgets = r.manyWidgets;
  const rows: [string, [string, boolean] | undefined][] = [
    ['One script tag: time to article text <= 1.5x static HTML', v && [versus('script', 'static', v.script.toStatic), v.script.toStatic.median <= 1.5]],
    ['One script tag: faster than the iframe peer (< 1x)', v && [versus('script', 'iframe', v.script.toIframe), v.script.toIframe.median < 1]],
    ['Prerendered snippet: <= 1.05x static HTML', v && [versus('prerendered', 'static', v.prerendered.toStatic), v.prerendered.toStatic.median <= 1.05]],
    ["CLS < 0.01 with the snippet builder's snippet", v && [v.builder.cls.median.toFixed(3), v.builder.cls.median < 0.01]],
    ['CLS < 0.1 with one script tag', v && [v.script.cls.median.toFixed(3), v.script.cls.median < 0.1]],
    [`One script tag: bytes before the text is painted <= ${formatBytes(BYTES_GOAL)} B gzip, page aside`, v && [`${formatBytes(v.script.fileBytes)} B`, v.script.fileBytes <= BYTES_GOAL]],
    ['Lighthouse mobile performance, prerendered snippet: 100', lh && [String(lh.prerendered.scores.performance), lh.prerendered.scores.performance === 100]],
    ['Lighthouse mobile performance, one script tag: >= 95', lh && [String(lh.script.scores.performance), lh.script.scores.performance >= 95]],
    ['Lighthouse accessibility / best practices / SEO, prerendered snippet: 100', lh && others('prerendered')],
    ['Lighthouse accessibility / best practices / SEO, one script tag: 100', lh && others('script')],
    ['Entry gzip, 1,000 topics vs 1: within 1 %', one && [`${formatBytes(many.entryGzip)} B vs ${formatBytes(one.entryGzip)} B`, Math.abs(many.entryGzip - one.entryGzip) <= one.entryGzip * 0.01]],
    [
      '1 to 100 widgets: time and heap per widget do not grow by more than 10 % from one count to the next',
      widgets && [`100 widgets: ${formatMs(widgets[2].time)}, ${(widgets[2].heap.median / 1e6).toFixed(2)} MB`, !grows((row) => row.time.median, widgets) && !grows((row) => row.heap.median, widgets)],
    ],
  ];
  return markdownTable(['Goal', 'Figure', 'Met'], rows.map(([goal, result]) => [goal, ...(result ? [result[0], result[1] ? 'met' : '**NOT met**'] : ['not measured', '-'])]));
}

const waterfall = (title: string, result: VariantResult, runs: number) =>
  `${title}\n\n${markdownTable(['File', 'Requested', 'Arrived'], [
    ...result.waterfall.map((step) => [`\`${step.path}\`${step.runs < runs ? ` (${step.runs} of ${runs} runs)` : ''}`, step.start.toFixed(0), step.end.toFixed(0)]),
    ['**First contentful paint; article text painted**', '', `**${result.firstContentfulPaint.toFixed(0)}; ${result.time.median.toFixed(0)}**`],
  ])}`;

function pages(r: Results): string {
  const p = r.paired;
  if (!p) return section('## 1. Page variants', undefined);
  const row = (variant: Variant) => {
    const { time, toStatic, toIframe, firstContentfulPaint, cls, pageBytes, fileBytes } = p.variants[variant];
    return [VARIANTS[variant], formatMs(time), x(toStatic.median), x(toIframe.median), ms(firstContentfulPaint), `${cls.median.toFixed(3)} (${cls.max.toFixed(3)})`, `${formatBytes(pageBytes)} + ${formatBytes(fileBytes)}`];
  };
  return [
    '## 1. Page variants',
    "Each variant is the same hospital page (header, navigation, the article's slot, then an aside and a footer; `scripts/bench/pages.ts`) with the English Myoclonus article in the slot: static HTML (the prerendered snippet with its shadow roots flattened: the same text and markup, no script or styles); one script tag and `<health-topic topic=\"myoclonus\">`; the snippet builder's snippet (its own code, run in Node with this build's integrity.json, below); `dist/prerendered/myoclonus.en.html`; the static article as its own page in a same-origin iframe 40rem high, as syndicators embed; a trivial custom element (one script holding the article's HTML, written into the element when it connects): the harness's floor.",
    `Each load is a first visit (a new browser context: empty HTTP cache, cache on) of files served from 127.0.0.1 with a CDN's headers (hashed files \`immutable\`, the rest \`no-cache\`) and gzip (level 9), on Lighthouse's ${MOBILE.width}x${MOBILE.height} mobile screen, CPU slowed down ${CPU_SLOWDOWN}x; the network is loopback, not slowed down. A \`requestAnimationFrame\` probe installed before any page script reads the page's text (through shadow roots and same-origin iframes) each frame until both texts are there: ${r.texts.map((text) => `"${text}"`).join(' and ')} (the title and the last sentence); the time is when that frame was painted (the Element Timing of a speck the probe adds in that frame: a script that holds the main thread afterwards does not count). CLS: the largest session window of layout shifts, read once none has happened for 1 s. Bytes: gzip bodies arrived when the text was painted (Resource Timing), the page itself + its other files.`,
    `${p.runs} paired runs: each run loads every variant once, in an order that rotates from run to run, after a warm-up run that is not counted. Times: median (min-max); ratios: the median of each run's ratio (in the goals above, also the range of the middle half of the runs' ratios: a goal inside that range cannot be called met or not from one run); FCP: first contentful paint, median.`,
    markdownTable(['Variant', 'Text painted', '/ static', '/ iframe', 'FCP', 'CLS: median (max)', 'Bytes before text'], (Object.keys(VARIANTS) as Variant[]).map(row)),
    `The snippet builder's snippet, up to its prerendered article:\n\n\`\`\`html\n${r.builderSnippet.split('<health-topic')[0].trim()}\n\`\`\``,
    '## 2. Where the time goes',
    waterfall("The one-script-tag page's files (Resource Timing), median ms from navigation start:", p.variants.script, p.runs),
    waterfall("The prerendered snippet's page:", p.variants.prerendered, p.runs),
  ].join('\n\n');
}

function lighthouse(r: Results): string {
  const lh = r.lighthouse;
  if (!lh) return section('## 3. Lighthouse', undefined);
  const pageRows = [['One script tag', lh.script], ['Prerendered snippet', lh.prerendered]] as const;
  const metric = ([id, value]: [string, number]) => (id === 'cumulative-layout-shift' ? value.toFixed(3) : ms(value));
  return [
    '## 3. Lighthouse',
    `Lighthouse ${lh.script.version} (\`scripts/bench/lighthouse.ts\`) on the one-script-tag and prerendered-snippet pages above: its mobile form factor and simulated throttling (slow 4G, ${CPU_SLOWDOWN}x CPU), a first visit each time; ${r.lighthouseRuns} runs per page, the pages taking turns; medians.`,
    markdownTable(['Page', ...CATEGORIES, ...Object.values(METRICS)], pageRows.map(([name, result]) => [name, ...CATEGORIES.map((category) => String(result.scores[category])), ...Object.entries(result.metrics).map(metric)])),
    pageRows.map(([name, result]) => `Audits below 0.9 in a run, ${name.toLowerCase()}: ${result.failed.join('; ') || 'none'}.`).join('\n'),
  ].join('\n\n');
}

function scaling(r: Results): string {
  const { flatEntry: flat, manyWidgets: widgets, languageSwitch: lang } = r;
  const beforeText = r.bytes.filter((file) => file.beforeText).reduce((sum, file) => sum + file.gzip, 0);
  return [
    '## 4. Bytes',
    `Gzip (level 9, as served and as size-limit counts) of the build's files. Before any text: the entry and what it imports statically, the topic index and the English payload, ${formatBytes(beforeText)} B.`,
    markdownTable(['File under dist/', 'Gzip (B)'], r.bytes.map((file) => [`\`${file.file}\`${file.beforeText ? ' (before text)' : ''}`, formatBytes(file.gzip)])),
    section('## 5. Flat entry', flat && [
      'Synthetic topics built in a temporary copy of the project (`scripts/build-content.ts --content`, then `vite build`).',
      markdownTable(['Topics', 'Entry and its static imports, gzip (B)', 'Topic index, gzip (B)'], flat.map((row) => [formatBytes(row.topics), formatBytes(row.entryGzip), formatBytes(row.indexGzip)])),
    ]),
    section('## 6. Many widgets', widgets && [
      `The hospital page with one script tag and 1, 10 or 100 \`<health-topic topic="myoclonus">\`, measured as the variants are (until every widget's text is painted), the counts taking turns, ${r.runs} runs. Heap: \`Runtime.getHeapUsage\` after \`HeapProfiler.collectGarbage\`.`,
      markdownTable(
        ['Widgets', 'All painted', 'Per widget', 'JS heap', 'Payload requests'],
        widgets.map((row) => [String(row.widgets), formatMs(row.time), `${(row.time.median / row.widgets).toFixed(1)} ms`, `${(row.heap.median / 1e6).toFixed(2)} MB`, String(row.payloadRequests)]),
      ),
    ]),
    section('## 7. Language switch', lang && [
      `On the one-script-tag page once the English article shows: the picker's button, then Spanish (real mouse events); from the click to the frame after the title reads Spanish. Then English, then Spanish again. ${r.runs} runs.`,
      markdownTable(['Switch to Spanish', 'Click to title painted'], [['First time', formatMs(lang.first)], ['Second time', formatMs(lang.second)]]),
    ]),
  ].join('\n\n');
}

export const benchmarkDoc = (r: Results) =>
  `${[
    '# Benchmarks',
    `Written by \`npm run bench\` (\`scripts/bench.ts\`) on ${r.date}: do not edit by hand, run it again. Goals are reported, not enforced.`,
    `**Machine:** ${r.machine}. The run took ${r.seconds.toFixed(0)} s; the 1-minute load average was ${r.load[0].toFixed(2)} at the start and ${r.load[1].toFixed(2)} at the end, for ${r.cores} cores: other work on the machine slows the runs it overlaps and widens the min-max. ${r.runs} paired runs; ${r.lighthouseRuns} Lighthouse runs per page.`,
    goals(r),
    pages(r),
    lighthouse(r),
    scaling(r),
  ].join('\n\n')}\n`;
