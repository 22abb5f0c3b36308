/**
 * The goals table at the top of docs/benchmarks.md: each goal, its measured figure, met or not.
 * Bytes and requests before the text come from what the browser downloaded (Resource Timing), not
 * from a list of the build's files.
 */
import type { LighthouseResult } from './lighthouse.js';
import type { PairedResult } from './paired-runs.js';
import type { Variant } from './pages.js';
import { SYNTHETIC_COUNTS, type ScaleRow } from './scale.js';
import type { Summary } from './stats.js';
import type { ManyWidgetsRow } from './widget-figures.js';

export const BYTES_GOAL = 12_000;
export const BUILD_SECONDS_GOAL = 180;
/**
 * dist/ on disk in the scale run's larger build before the build wrote HTML fragments for the first
 * paint (this bench's own figure, for the same synthetic topics): the fragments must not double it.
 */
const DIST_BEFORE_FRAGMENTS = 252e6;

export interface GoalInputs {
  cores: number;
  paired?: PairedResult;
  lighthouse?: Record<'script' | 'builder' | 'prerendered', LighthouseResult>;
  scale?: ScaleRow[];
  manyWidgets?: ManyWidgetsRow[];
}

export const formatBytes = (bytes: number) => bytes.toLocaleString('en-US', { maximumFractionDigits: 0 });
export const formatMs = ({ median, min, max }: Summary) => `${median.toFixed(0)} ms (${min.toFixed(0)}-${max.toFixed(0)})`;
export const markdownTable = (header: string[], rows: string[][]) => [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
export const ms = (value: number) => `${value.toFixed(0)} ms`;
export const x = (value: number) => `${value.toFixed(2)}x`;
export const megabytes = (bytes: number) => `${(bytes / 1e6).toLocaleString('en-US', { maximumFractionDigits: bytes < 1e7 ? 1 : 0 })} MB`;

type Row = [goal: string, result: [figure: string, met: boolean] | undefined];
const LARGE = `its topic and ${formatBytes(SYNTHETIC_COUNTS[1])} more, x 2 languages`;

export function goalsTable(r: GoalInputs): string {
  const { lab, field } = r.paired?.conditions ?? {};
  const lh = r.lighthouse;
  // The ratio's median decides; the middle half of the runs shows whether one run can tell.
  const versus = (v: NonNullable<typeof lab>, variant: Variant, base: 'static' | 'iframe', limit: number, strict = false): Row[1] => {
    const ratio = base === 'static' ? v[variant].toStatic : v[variant].toIframe;
    const figure = `${x(ratio.median)} (${ms(v[variant].time.median)} / ${ms(v[base].time.median)}; middle half of runs ${x(ratio.lowerQuartile)} to ${x(ratio.upperQuartile)})`;
    return [figure, strict ? ratio.median < limit : ratio.median <= limit];
  };
  const noShift = (variant: Variant): Row[1] =>
    lab && field && [`lab ${lab[variant].cls.median.toFixed(3)}, field ${field[variant].cls.median.toFixed(3)} (medians)`, Math.max(lab[variant].cls.median, field[variant].cls.median) < 0.0005];
  const allHundred = (page: 'builder' | 'prerendered'): Row[1] => lh && [Object.values(lh[page].scores).join(' / '), Object.values(lh[page].scores).every((score) => score === 100)];
  const failing = lh?.script.failing.filter(({ id }) => id !== 'cumulative-layout-shift');
  const [one, many] = r.scale ?? [];
  const sizes = (value: (row: ScaleRow) => string) => `${value(one)} with ${formatBytes(one.topics)} topic, ${value(many)} with ${formatBytes(many.topics)} x 2`;
  const widgets = r.manyWidgets;
  const grows = (value: (row: ManyWidgetsRow) => number, rows: ManyWidgetsRow[]) =>
    rows.some((row, i) => i > 0 && value(row) / row.widgets > (value(rows[i - 1]) / rows[i - 1].widgets) * 1.1);
  const rows: Row[] = [
    ['One script tag, lab: time to the last sentence <= 1.15x static HTML', lab && versus(lab, 'script', 'static', 1.15)],
    ['One script tag, lab: faster than the iframe peer (< 1x)', lab && versus(lab, 'script', 'iframe', 1, true)],
    ['One script tag, field: faster than the iframe peer (< 1x)', field && versus(field, 'script', 'iframe', 1, true)],
    ["The snippet builder's snippet, lab: <= 1.05x static HTML", lab && versus(lab, 'builder', 'static', 1.05)],
    ['Prerendered snippet, lab: <= 1.05x static HTML', lab && versus(lab, 'prerendered', 'static', 1.05)],
    ["The snippet builder's snippet: CLS 0.000", noShift('builder')],
    ['Prerendered snippet: CLS 0.000', noShift('prerendered')],
    ["The snippet builder's snippet: Lighthouse mobile 100 in performance / accessibility / best practices / SEO", allHundred('builder')],
    ['Prerendered snippet: Lighthouse mobile 100 in performance / accessibility / best practices / SEO', allHundred('prerendered')],
    [
      'One script tag: every Lighthouse mobile audit but CLS passing (score >= 0.9 in every run)',
      failing && [failing.length === 0 ? 'all pass' : `failing: ${failing.map(({ id, runs }) => `\`${id}\` (${runs} of ${lh!.script.runs} runs)`).join(', ')}`, failing.length === 0],
    ],
    [
      `One script tag, bare page, lab: bytes before the text <= ${formatBytes(BYTES_GOAL)} B gzip with the project's 1 topic and with ${LARGE}, within 2 % of each other`,
      one && [sizes((row) => `${formatBytes(row.bytes.median)} B`), Math.max(one.bytes.median, many.bytes.median) <= BYTES_GOAL && Math.abs(many.bytes.median - one.bytes.median) <= one.bytes.median * 0.02],
    ],
    [
      `One script tag, hospital page with the Myoclonus article, lab: bytes before the text <= ${formatBytes(BYTES_GOAL)} B gzip`,
      lab && [`${formatBytes(lab.script.fileBytes)} B in ${lab.script.fileRequests} requests`, lab.script.fileBytes <= BYTES_GOAL],
    ],
    [
      `One script tag, bare page, lab: requests before the text <= 3 after the page, the same with the project's 1 topic and with ${LARGE}`,
      one && [sizes((row) => String(row.requests.median)), Math.max(one.requests.median, many.requests.median) <= 3 && one.requests.median === many.requests.median],
    ],
    [
      `\`npm run build\` with ${LARGE}, ${r.cores} cores: <= ${BUILD_SECONDS_GOAL / 60} min`,
      many && [
        `${many.buildSeconds.toFixed(0)} s (the steps that write reader files ${many.readerSeconds.toFixed(0)} s); prerender ${many.prerenderSeconds.toFixed(0)} s, ${((many.prerenderSeconds / many.buildSeconds) * 100).toFixed(0)} % of the build`,
        many.buildSeconds <= BUILD_SECONDS_GOAL,
      ],
    ],
    [
      `dist/ with ${LARGE}: less than twice the ${megabytes(DIST_BEFORE_FRAGMENTS)} it held before the first paint's HTML fragments`,
      many && [`${megabytes(many.distBytes)} on disk (${megabytes(many.distApparentBytes)} in its files)`, many.distBytes < DIST_BEFORE_FRAGMENTS * 2],
    ],
    [
      '1 to 100 widgets: time and heap per widget do not grow by more than 10 % from one count to the next',
      widgets && [`100 widgets: ${formatMs(widgets[2].time)}, ${(widgets[2].heap.median / 1e6).toFixed(2)} MB`, !grows((row) => row.time.median, widgets) && !grows((row) => row.heap.median, widgets)],
    ],
  ];
  return markdownTable(['Goal', 'Figure', 'Met'], rows.map(([goal, result]) => [goal, ...(result ? [result[0], result[1] ? 'met' : '**NOT met**'] : ['not measured', '-'])]));
}
