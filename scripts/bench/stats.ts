/** Medians of repeated measurements, and how widely the runs spread around them. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** The middle half of the runs lies from `lowerQuartile` to `upperQuartile` (Tukey's hinges). */
  lowerQuartile: number;
  upperQuartile: number;
}

const medianOf = (sorted: readonly number[]) => {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Median (the mean of the middle two for an even count), min, max and quartiles. */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('No measurements to summarize.');
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.ceil(sorted.length / 2);
  return { median: medianOf(sorted), min: sorted[0], max: sorted[sorted.length - 1], lowerQuartile: medianOf(sorted.slice(0, half)), upperQuartile: medianOf(sorted.slice(-half)) };
}
