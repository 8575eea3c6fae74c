import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { count } from "@/lib/dashboards/testing/arbitraries";
import { recoverable } from "@/lib/dashboards/testing/oracle";
import { determinedCells, isSmall, protect, type Line } from "@/lib/dashboards/suppression";

/** The trust contract's two rules, checked on any protected table. */
function expectProtected(values: number[], lines: Line[], hidden: boolean[]) {
  values.forEach((v, i) => {
    if (isSmall(v)) expect(hidden[i], `figure ${i} = ${v} is small`).toBe(true);
  });
  for (const line of lines) {
    if (!hidden[line.total]) {
      const hiddenSum = line.parts.filter((i) => hidden[i]).reduce((s, i) => s + values[i], 0);
      expect(isSmall(hiddenSum), "hidden parts of a published total form a small group").toBe(false);
    }
  }
  // Complements of 5 or more may be worked out; no small figure may.
  const small = recoverable(lines, hidden).filter((i) => isSmall(values[i]));
  expect(small, "small figures recoverable by subtraction").toEqual([]);
}

describe("protect", () => {
  it("hides figures from 1-4 respondents and publishes zero", () => {
    expect(protect([0, 1, 4, 5, 120], [])).toEqual([false, true, true, false, false]);
  });

  it("hides the smallest other part when one part of a published total is hidden", () => {
    // total 30 = 3 + 12 + 15: hiding only the 3 would leave 30 - 12 - 15 = 3 readable.
    const hidden = protect([30, 3, 12, 15], [{ total: 0, parts: [1, 2, 3] }]);
    expect(hidden).toEqual([false, true, true, false]);
  });

  it("does not let two hidden parts add up to a small group", () => {
    // 1 + 2 hidden still says "3 respondents" when the total is published; a third part goes too.
    const hidden = protect([20, 1, 2, 8, 9], [{ total: 0, parts: [1, 2, 3, 4] }]);
    expect(hidden.slice(1)).toEqual([true, true, true, false]);
  });

  it("hides a parent total whose only part is hidden", () => {
    expect(protect([3, 3], [{ total: 0, parts: [1] }])).toEqual([true, true]);
  });

  it("catches a figure pinned down through several lines at once", () => {
    // 3x3 table with row, column and grand totals (found by fast-check). The per-line rules alone
    // hide a,d,g,h,i,r1,r2,c2,c3, yet r1+r2 = 16-10 gives a+d = 6, so g = c1-6 = 4 is readable.
    //               a  b  c  d  e  f  g  h  i r1 r2  r3 c1 c2 c3 grand
    const values = [1, 0, 0, 5, 0, 0, 4, 5, 1, 1, 5, 10, 10, 5, 1, 16];
    const lines: Line[] = [
      { total: 9, parts: [0, 1, 2] },
      { total: 10, parts: [3, 4, 5] },
      { total: 11, parts: [6, 7, 8] },
      { total: 12, parts: [0, 3, 6] },
      { total: 13, parts: [1, 4, 7] },
      { total: 14, parts: [2, 5, 8] },
      { total: 15, parts: [9, 10, 11] },
      { total: 15, parts: [12, 13, 14] },
    ];
    const lineRulesOnly = [..."1001001111100110"].map((c) => c === "1");
    expect(determinedCells(lines, lineRulesOnly)).toEqual([6]);
    expect(recoverable(lines, lineRulesOnly)).toEqual([6]);
    const hidden = protect(values, lines);
    expectProtected(values, lines, hidden);
    expect(determinedCells(lines, hidden)).toEqual([]);
  });

  it("keeps both rules on random unit trees with parent totals", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.option(fc.nat(), { nil: null }), count), { minLength: 1, maxLength: 14 }),
        (units) => {
          // Cell layout: own figures 0..n-1, subtree figures n..2n-1, grand total 2n.
          const n = units.length;
          const parent = units.map(([p], i) => (i === 0 || p === null ? null : p % i));
          const own = units.map(([, c]) => c);
          const subtree = own.map(() => 0);
          for (let i = n - 1; i >= 0; i--) {
            subtree[i] += own[i];
            if (parent[i] !== null) subtree[parent[i]!] += subtree[i];
          }
          const values = [...own, ...subtree, subtree.filter((_, i) => parent[i] === null).reduce((a, b) => a + b, 0)];
          const lines: Line[] = units.map((_, i) => ({
            total: n + i,
            parts: [i, ...parent.flatMap((p, c) => (p === i ? [n + c] : []))],
          }));
          lines.push({ total: 2 * n, parts: parent.flatMap((p, i) => (p === null ? [n + i] : [])) });
          expectProtected(values, lines, protect(values, lines));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps both rules on random cross tables with row and column totals", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(count, { minLength: 25, maxLength: 25 }),
        (rows, cols, pool) => {
          const cell = (r: number, c: number) => r * cols + c;
          const values = Array.from({ length: rows * cols }, (_, i) => pool[i]);
          const rowTotal = (r: number) => values.length + r;
          const colTotal = (c: number) => values.length + rows + c;
          const grand = values.length + rows + cols;
          const sums = [
            ...Array.from({ length: rows }, (_, r) =>
              Array.from({ length: cols }, (__, c) => pool[cell(r, c)]).reduce((a, b) => a + b, 0),
            ),
            ...Array.from({ length: cols }, (_, c) =>
              Array.from({ length: rows }, (__, r) => pool[cell(r, c)]).reduce((a, b) => a + b, 0),
            ),
          ];
          const all = [...values, ...sums, values.reduce((a, b) => a + b, 0)];
          const lines: Line[] = [
            ...Array.from({ length: rows }, (_, r) => ({
              total: rowTotal(r),
              parts: Array.from({ length: cols }, (__, c) => cell(r, c)),
            })),
            ...Array.from({ length: cols }, (_, c) => ({
              total: colTotal(c),
              parts: Array.from({ length: rows }, (__, r) => cell(r, c)),
            })),
            { total: grand, parts: Array.from({ length: rows }, (_, r) => rowTotal(r)) },
            { total: grand, parts: Array.from({ length: cols }, (_, c) => colTotal(c)) },
          ];
          expectProtected(all, lines, protect(all, lines));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("uses the basis, not the value, for figures like medians", () => {
    // A median of 13.5 hours from 3 answers is hidden; from 12 answers it is shown.
    expect(protect([13.5, 13.5], [], [3, 12])).toEqual([true, false]);
  });
});
