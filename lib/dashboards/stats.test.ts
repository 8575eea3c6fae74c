import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binHistogram, countOf, mean, niceStep, quantile, sortHistogram } from "@/lib/dashboards/stats";

/** percentile_cont on the raw list, the definition the histogram version must match. */
function percentileCont(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.min(sorted.length - 1, lower + 1);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

describe("statistics from a histogram", () => {
  it("gives the median and quartiles of hours worked", () => {
    // 12, 13, 13, 14, 15, 15, 15, 16: Q1 13, median 14.5, Q3 15.
    const h = sortHistogram([
      { value: 15, count: 3 },
      { value: 12, count: 1 },
      { value: 13, count: 2 },
      { value: 14, count: 1 },
      { value: 16, count: 1 },
    ]);
    expect(countOf(h)).toBe(8);
    expect(quantile(h, 0.25)).toBe(13);
    expect(quantile(h, 0.5)).toBe(14.5);
    expect(quantile(h, 0.75)).toBe(15);
    expect(mean(h)).toBe(14.125);
  });

  it("matches percentile_cont on the raw answers", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p) => {
          const h = sortHistogram(values.map((value) => ({ value, count: 1 })));
          expect(quantile(h, p)).toBeCloseTo(percentileCont(values, p), 9);
        },
      ),
    );
  });

  it("puts every answer in exactly one bin of a round width", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: fc.integer({ min: 0, max: 5000 }), count: fc.integer({ min: 1, max: 9 }) }), {
          minLength: 1,
          maxLength: 40,
        }),
        (entries) => {
          const h = sortHistogram(entries);
          const bins = binHistogram(h);
          expect(bins.reduce((s, b) => s + b.count, 0)).toBe(countOf(h));
          expect(bins[0].openBelow && bins[bins.length - 1].openAbove).toBe(true);
          expect(bins.length).toBeLessThanOrEqual(10);
        },
      ),
    );
  });

  it("rounds steps to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect([0.3, 1.7, 2.2, 4, 7, 230].map(niceStep)).toEqual([0.5, 2, 2.5, 5, 10, 250]);
  });
});
