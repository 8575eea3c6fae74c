// Statistics from a histogram of exact values (what DashboardAnswerCount stores), so medians and
// quartiles of any filtered population are exact without reading a single answer.

export type Histogram = readonly { value: number; count: number }[];

export function sortHistogram(entries: Iterable<{ value: number; count: number }>): { value: number; count: number }[] {
  const merged = new Map<number, number>();
  for (const { value, count } of entries) if (count > 0) merged.set(value, (merged.get(value) ?? 0) + count);
  return [...merged].map(([value, count]) => ({ value, count })).sort((a, b) => a.value - b.value);
}

export function countOf(histogram: Histogram): number {
  return histogram.reduce((sum, h) => sum + h.count, 0);
}

export function mean(histogram: Histogram): number {
  const n = countOf(histogram);
  return n === 0 ? NaN : histogram.reduce((sum, h) => sum + h.value * h.count, 0) / n;
}

/** The k-th smallest answer (0-based). */
function nth(histogram: Histogram, k: number): number {
  let seen = 0;
  for (const h of histogram) {
    seen += h.count;
    if (k < seen) return h.value;
  }
  return histogram[histogram.length - 1].value;
}

/** PostgreSQL's percentile_cont: linear interpolation between the closest ranks. */
export function quantile(histogram: Histogram, p: number): number {
  const n = countOf(histogram);
  if (n === 0) return NaN;
  const position = (n - 1) * p;
  const lower = Math.floor(position);
  const low = nth(histogram, lower);
  const high = nth(histogram, Math.min(n - 1, lower + 1));
  return low + (high - low) * (position - lower);
}

export type Bin = { from: number; to: number; count: number; openBelow: boolean; openAbove: boolean };

/**
 * About eight bins of a round width over the bulk of the answers (quartiles +/- 1.5 IQR, within the
 * question's range); the first and last bins are open-ended, so no bin edge points at one outlier.
 */
export function binHistogram(
  histogram: Histogram,
  range: { min: number | null; max: number | null } = { min: null, max: null },
): Bin[] {
  if (histogram.length === 0) return [];
  const q1 = quantile(histogram, 0.25);
  const q3 = quantile(histogram, 0.75);
  const spread = q3 - q1;
  let low = Math.max(histogram[0].value, q1 - 1.5 * spread, range.min ?? -Infinity);
  let high = Math.min(histogram[histogram.length - 1].value, q3 + 1.5 * spread, range.max ?? Infinity);
  if (high <= low) {
    low = Math.min(low, high);
    high = low + 1;
  }
  const width = niceStep((high - low) / 8);
  const start = Math.floor(low / width) * width;
  const count = Math.max(1, Math.ceil((high - start) / width));
  const bins: Bin[] = Array.from({ length: count }, (_, i) => ({
    from: round(start + i * width),
    to: round(start + (i + 1) * width),
    count: 0,
    openBelow: i === 0,
    openAbove: i === count - 1,
  }));
  for (const h of histogram) {
    const index = Math.min(count - 1, Math.max(0, Math.floor((h.value - start) / width)));
    bins[index].count += h.count;
  }
  return bins;
}

/** 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return round(nice * power);
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
