/** Median and 90th percentile by the NEAREST-RANK method, plus the count. */
export interface Percentiles {
  count: number;
  median: number | null;
  p90: number | null;
}

/**
 * Nearest-rank percentile: sort ascending, take the value at rank ceil(p/100 * N) (1-based). No interpolation, so the
 * result is always an observed value; for an even N the median is the lower middle value. Null when N = 0.
 * Example: [10, 20, 30, 40] -> median rank ceil(2) = 2 -> 20; p90 rank ceil(3.6) = 4 -> 40.
 */
export function nearestRank(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p * sorted.length) / 100));
  return sorted[rank - 1];
}

export const percentiles = (values: readonly number[]): Percentiles => ({
  count: values.length,
  median: nearestRank(values, 50),
  p90: nearestRank(values, 90),
});
