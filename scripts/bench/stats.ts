/** Medians and ranges of repeated measurements, and how the benchmark writes numbers. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Median (the mean of the middle two for an even count), min and max. */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('No measurements to summarize.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** `412 ms (398-430)`: median, then min-max. */
export function formatMs(summary: Summary, digits = 0): string {
  const ms = (value: number) => value.toFixed(digits);
  return `${ms(summary.median)} ms (${ms(summary.min)}-${ms(summary.max)})`;
}

/** `1,234` */
export function formatBytes(bytes: number): string {
  return bytes.toLocaleString('en-US', { maximumFractionDigits: 0 });
}

/** `12.5 kB` in size-limit's units: 1 kB = 1000 bytes. */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(2)} kB`;
}

/** `3.2 MB` (1 MB = 1,000,000 bytes) with its min-max. */
export function formatMb(summary: Summary): string {
  const mb = (value: number) => (value / 1e6).toFixed(2);
  return `${mb(summary.median)} MB (${mb(summary.min)}-${mb(summary.max)})`;
}

/** A Markdown table; also how the tables are printed to the terminal. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Wall-clock time of an async step, in milliseconds. */
export async function timed<T>(step: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await step();
  return { ms: performance.now() - start, value };
}
