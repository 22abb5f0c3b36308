/**
 * docs/benchmarks.md: the machine and its load, each goal with its figure, met or not, then the
 * details. Figures a run left out (BENCH_ONLY) read "not measured".
 */
import { CONDITIONS, CPU_SLOWDOWN, MOBILE, type Condition } from './browser.js';
import { formatBytes, formatMs, goalsTable, markdownTable, megabytes, ms, x, type GoalInputs } from './goals.js';
import { CATEGORIES, METRICS } from './lighthouse.js';
import type { VariantResult } from './paired-runs.js';
import { VARIANTS, type Variant } from './pages.js';
import { NOT_FOR_READERS } from './scale.js';
import { STEP, type ScrollRow } from './scroll.js';
import type { Summary } from './stats.js';

export interface Results extends GoalInputs {
  date: string;
  machine: string;
  /** 1-minute load average at the start and at the end. */
  load: number[];
  seconds: number;
  runs: number;
  lighthouseRuns: number;
  texts: string[];
  builderSnippet: string;
  bytes: { file: string; gzip: number; beforeText: boolean }[];
  /** How the run was cut short of the defaults, if it was. */
  shortened?: string;
  // Each figure is there when the run measured it (BENCH_ONLY).
  languageSwitch?: { first: Summary; second: Summary };
  scroll?: ScrollRow[];
}

/** A section's title, then its blocks, or "Not measured" when the run left the figure out. */
const section = (title: string, blocks: string[] | undefined) => [title, ...(blocks ?? ['Not measured in this run.'])].join('\n\n');
const { latency, download, upload } = CONDITIONS.field;
const runsOf = (count: number) => `${count} run${count === 1 ? '' : 's'}`;

const waterfall = (title: string, result: VariantResult, runs: number) =>
  `${title}\n\n${markdownTable(['File', 'Requested', 'Arrived'], [
    ...result.waterfall.map((step) => [`\`${step.path}\`${step.runs < runs ? ` (${step.runs} of ${runs} runs)` : ''}`, step.start.toFixed(0), step.end.toFixed(0)]),
    ['**First contentful paint; article text painted**', '', `**${result.firstContentfulPaint.toFixed(0)}; ${result.time.median.toFixed(0)}**`],
  ])}`;

function pages(r: Results): string {
  const p = r.paired;
  if (!p) return section('## 1. Page variants', undefined);
  const table = (condition: Condition) => {
    const row = (variant: Variant) => {
      const { time, toStatic, toIframe, firstContentfulPaint, cls, pageBytes, fileBytes, fileRequests } = p.conditions[condition][variant];
      return [VARIANTS[variant], formatMs(time), x(toStatic.median), x(toIframe.median), ms(firstContentfulPaint), `${cls.median.toFixed(3)} (${cls.max.toFixed(3)})`, `${formatBytes(pageBytes)} + ${formatBytes(fileBytes)}`, String(fileRequests)];
    };
    const header = ['Variant', 'Text painted', '/ static', '/ iframe', 'FCP', 'CLS: median (max)', 'Bytes before text', 'Requests before text'];
    return `**${condition === 'lab' ? 'Lab' : 'Field'}:**\n\n${markdownTable(header, (Object.keys(VARIANTS) as Variant[]).map(row))}`;
  };
  return [
    '## 1. Page variants',
    "Each variant is the same hospital page (header, navigation, the article's slot, then an aside and a footer; `scripts/bench/pages.ts`) with the English Myoclonus article in the slot: static HTML (the prerendered snippet with its shadow roots flattened: the same text and markup, no script or styles); one script tag and `<health-topic topic=\"myoclonus\">`; the snippet builder's snippet (its own code, run in Node with this build's integrity.json, below); `dist/prerendered/myoclonus.en.html`; the static article as its own page in a same-origin iframe 40rem high, as syndicators embed; a trivial custom element (one script holding the article's HTML, written into the element when it connects): the harness's floor.",
    `Each load is a first visit (a new browser context: empty HTTP cache, cache on) of files served from 127.0.0.1 with a CDN's headers (hashed files \`immutable\`, the rest \`no-cache\`) and gzip (level 9), on Lighthouse's ${MOBILE.width}x${MOBILE.height} mobile screen, CPU slowed down ${CPU_SLOWDOWN}x. Two conditions: **lab**, loopback, the network not slowed down; **field**, the same plus slow 4G on every request, as Chromium emulates it (\`Network.emulateNetworkConditions\`): ${latency} ms from each request to its response, ${(download * 8) / 1e6} Mbps down, ${(upload * 8) / 1e3} kbps up. A \`requestAnimationFrame\` probe installed before any page script reads the page's text (through shadow roots and same-origin iframes) each frame until both texts are there: ${r.texts.map((text) => `"${text}"`).join(' and ')} (the title and the last sentence); the time is when that frame was painted (the Element Timing of a speck the probe adds in that frame: a script that holds the main thread afterwards does not count). CLS: the largest session window of layout shifts, read once none has happened for 1 s. Bytes: gzip bodies arrived when the text was painted (Resource Timing), the page itself + its other files; requests: how many of those other files (the page itself aside), whatever they are.`,
    `${p.runs} paired runs: each run loads every variant once in each condition, the conditions and the variants in an order that rotates from run to run, after a warm-up run that is not counted. Times: median (min-max); ratios: the median of each run's ratio within its condition (in the goals above, also the range of the middle half of the runs' ratios: a goal inside that range cannot be called met or not from one run); FCP: first contentful paint, median.`,
    table('lab'),
    table('field'),
    `The snippet builder's snippet, up to its prerendered article:\n\n\`\`\`html\n${r.builderSnippet.split('<health-topic')[0].trim()}\n\`\`\``,
    '## 2. Where the time goes',
    waterfall("The one-script-tag page's files (Resource Timing), lab, median ms from navigation start:", p.conditions.lab.script, p.runs),
    waterfall('The same, field:', p.conditions.field.script, p.runs),
    waterfall("The prerendered snippet's page, lab:", p.conditions.lab.prerendered, p.runs),
  ].join('\n\n');
}

function lighthouse(r: Results): string {
  const lh = r.lighthouse;
  if (!lh) return section('## 3. Lighthouse', undefined);
  const pageRows = [['One script tag', lh.script], ["The snippet builder's snippet", lh.builder], ['Prerendered snippet', lh.prerendered]] as const;
  const metric = ([id, value]: [string, number]) => (id === 'cumulative-layout-shift' ? value.toFixed(3) : ms(value));
  const failing = (result: (typeof pageRows)[number][1]) => result.failing.map(({ id, runs }) => `\`${id}\` (${runs} of ${result.runs})`).join(', ') || 'none';
  return [
    '## 3. Lighthouse',
    `Lighthouse ${lh.script.version} (\`scripts/bench/lighthouse.ts\`) on the one-script-tag, snippet-builder and prerendered-snippet pages above: its mobile form factor and simulated throttling (slow 4G, ${CPU_SLOWDOWN}x CPU), a first visit each time; ${runsOf(r.lighthouseRuns)} per page, the pages taking turns; medians.`,
    markdownTable(['Page', ...CATEGORIES, ...Object.values(METRICS)], pageRows.map(([name, result]) => [name, ...CATEGORIES.map((category) => String(result.scores[category])), ...Object.entries(result.metrics).map(metric)])),
    pageRows.map(([name, result]) => `Audits scored below 0.9 (runs), ${name.charAt(0).toLowerCase()}${name.slice(1)}: ${failing(result)}.`).join('\n'),
  ].join('\n\n');
}

function scaling(r: Results): string {
  const { scale, manyWidgets: widgets, languageSwitch: lang } = r;
  const beforeText = r.bytes.filter((file) => file.beforeText).reduce((sum, file) => sum + file.gzip, 0);
  return [
    '## 4. Bytes',
    `Gzip (level 9, as served and as size-limit counts) of the build's files, as its own record lists them. The entry and what it imports statically, the topic index and the English payload: ${formatBytes(beforeText)} B. What a page really downloads before the text is measured in sections 1 and 5.`,
    markdownTable(['File under dist/', 'Gzip (B)'], r.bytes.map((file) => [`\`${file.file}\`${file.beforeText ? ' (entry, index, payload)' : ''}`, formatBytes(file.gzip)])),
    section('## 5. Library size', scale && [
      `The project's own topic alone, then with ${formatBytes(scale[1].topics - scale[0].topics)} synthetic topics beside it, each in English and Spanish (\`scripts/bench/scale.ts\`), built in a temporary copy of the project. The build is package.json's \`build\`, its steps run in order and timed one by one (those marked * write nothing a reader's browser fetches: the type checks, the elements' manifest, the npm package's files and types, the demo); dist/ is then measured with \`du\`: blocks used on disk, then the sum of its files' sizes. A bare page (one \`<script type="module" src="/dist/health-topic-elements.js">\` and \`<health-topic topic="myoclonus">\`, nothing else) is loaded as the variants are, lab condition, the two builds taking turns, ${scale[0].runs} runs after a warm-up, until the same two texts are painted; bytes and requests: the files other than the page arrived by then, whatever they are.`,
      markdownTable(
        ['Topics', 'Build (steps without *)', 'Prerender', 'dist/ on disk (its files)', 'Bytes before text (gzip)', 'Requests before text', 'Text painted'],
        scale.map((row) => [
          `${formatBytes(row.topics)} x 2`,
          `${row.buildSeconds.toFixed(0)} s (${row.readerSeconds.toFixed(0)} s)`,
          `${row.prerenderSeconds.toFixed(0)} s (${((row.prerenderSeconds / row.buildSeconds) * 100).toFixed(0)} %)`,
          `${megabytes(row.distBytes)} (${megabytes(row.distApparentBytes)})`,
          `${formatBytes(row.bytes.median)} B (${formatBytes(row.bytes.min)}-${formatBytes(row.bytes.max)})`,
          String(row.requests.median),
          formatMs(row.time),
        ]),
      ),
      scale.map((row) => `Files arrived before the text, ${formatBytes(row.topics)} x 2 (runs): ${row.files.map(({ path, runs }) => `\`${path}\` (${runs})`).join(', ')}.`).join('\n'),
      `Each step's time, in seconds:\n\n${markdownTable(['Step', ...scale.map((row) => `${formatBytes(row.topics)} x 2`)], scale[0].steps.map(({ step }, index) => [`\`${step}\`${NOT_FOR_READERS.test(step) ? ' *' : ''}`, ...scale.map((row) => row.steps[index].seconds.toFixed(1))]))}`,
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
    section('## 8. Scrolling', r.scroll && [
      `The static article (the baseline) and the one-script-tag page, with the page listening to the four reading events and with nobody listening, each loaded as the variants are (lab, CPU slowed down ${CPU_SLOWDOWN}x), then scrolled from the top to the article's end, ${STEP} px a frame, with a pause of 1.5 s halfway (long enough for a section view) and another at the end (for read-complete); the pages taking turns, ${runsOf(r.scroll[0].runs)} (\`scripts/bench/scroll.ts\`). Long tasks: tasks over 50 ms (Long Tasks API) while scrolling and in the pauses; per frame: the scrolling time, pauses left out, over the frames. Goal: none over 50 ms with the reading events.`,
      markdownTable(
        ['Page', 'Long tasks', 'Longest', 'Per frame while scrolling', 'Reading events heard'],
        r.scroll.map((row) => [row.page, `${row.longTasks.median} (${row.longTasks.min}-${row.longTasks.max})`, formatMs(row.longestTask), `${row.frameMs.median.toFixed(1)} ms (${row.frameMs.min.toFixed(1)}-${row.frameMs.max.toFixed(1)})`, String(row.events.median)]),
      ),
    ]),
  ].join('\n\n');
}

export const benchmarkDoc = (r: Results) =>
  `${[
    '# Benchmarks',
    `Written by \`npm run bench\` (\`scripts/bench.ts\`) on ${r.date}: do not edit by hand, run it again. Goals are reported, not enforced.`,
    `**Machine:** ${r.machine}. The run took ${r.seconds.toFixed(0)} s; the 1-minute load average was ${r.load[0].toFixed(2)} at the start and ${r.load[1].toFixed(2)} at the end, for ${r.cores} cores: other work on the machine slows the runs it overlaps and widens the min-max. ${r.runs} paired runs; ${runsOf(r.lighthouseRuns)} of Lighthouse per page.`,
    ...(r.shortened ? [`**A shortened run** (${r.shortened}): its figures are less sure than a full run's, and a part left out reads "not measured".`] : []),
    goalsTable(r),
    pages(r),
    lighthouse(r),
    scaling(r),
  ].join('\n\n')}\n`;
