import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coarsen, type Breakdown } from "@/lib/exports/anonymise";
import { MIN_RESPONDENTS } from "@/lib/dashboards/suppression";

const OTHER = "other units";
const MERGED = JSON.stringify([OTHER, "", "", ""]);
const key = (r: { unit: string; bands: string[] }) => JSON.stringify([r.unit, ...r.bands]);

// Campaign-like data: a few big units and many small ones, skewed bands (most officers in the
// middle bands, a handful in the rare ones), some answers left out, some kiosk rows without a unit.
const value = (choices: string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...choices.slice(0, 2)) },
    { weight: 2, arbitrary: fc.constantFrom(...choices) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
const row: fc.Arbitrary<Breakdown> = fc.record({
  unit: value(["PS-MK", "PS-XM", "SQ-1", "SQ-2", "BR-N", "OFF-HQ", "PS-A", "PS-B"]),
  bands: fc.tuple(
    value(["officer", "leader", "chief"]),
    value(["5to10", "10to20", "under5", "20to30", "30plus"]),
    value(["30to40", "40to50", "under30", "50plus"]),
  ),
});

describe("coarsen: the responses export's breakdown columns in combination", () => {
  it("leaves no combination of unit and bands shared by fewer than 5 rows, except a file of fewer than 5", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 300 }), (rows) => {
        const out = coarsen(rows, OTHER);
        const counts = new Map<string, number>();
        for (const r of out) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
        for (const [combination, count] of counts) {
          if (count >= MIN_RESPONDENTS) continue;
          // Only the merged bucket may be small, and only when it is the whole file.
          expect(combination).toBe(MERGED);
          expect(rows.length).toBeLessThan(MIN_RESPONDENTS);
        }
        // Every sub-combination (e.g. unit x service band alone) is a sum of these, so also >= 5.
      }),
      { numRuns: 400 },
    );
  });

  it("only ever coarsens: each cell is the row's own value, 'other units' or a blank band", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 200 }), (rows) => {
        const out = coarsen(rows, OTHER);
        expect(out).toHaveLength(rows.length);
        out.forEach((r, i) => {
          expect([rows[i].unit ?? "", OTHER]).toContain(r.unit);
          r.bands.forEach((band, b) => expect([rows[i].bands[b] ?? "", ""]).toContain(band));
        });
      }),
      { numRuns: 200 },
    );
  });

  it("hides a lone veteran in a big unit among rows the unit can spare, never in a bucket below 5", () => {
    // A unit of 11 where one officer has 30+ years' service: unit x service band would single him
    // out. His row ends in the merged bucket, which takes four of the ten others to reach 5.
    const big = Array.from({ length: 10 }, () => ({ unit: "PS-MK", bands: ["officer", "5to10", "30to40"] }));
    const lone = { unit: "PS-MK", bands: ["officer", "30plus", "50plus"] };
    const out = coarsen([...big, lone], OTHER);
    expect(out.filter((r) => key(r) === key(big[0]))).toHaveLength(6);
    expect(out.filter((r) => key(r) === MERGED)).toHaveLength(5);
    expect(key(out[10])).toBe(MERGED);
    expect(out.some((r) => r.bands.includes("30plus") || r.bands.includes("50plus"))).toBe(false);
  });

  it("gives up the whole group rather than leave a merged bucket of 1 to 4", () => {
    const six = Array.from({ length: 6 }, () => ({ unit: "PS-MK", bands: ["officer", "5to10", "30to40"] }));
    const out = coarsen([...six, { unit: "PS-MK", bands: ["chief", "30plus", "50plus"] }], OTHER);
    expect(out.map(key)).toEqual(Array(7).fill(MERGED));
  });

  it("gives up bands before the unit: a unit of 12 keeps its name when its bands are too varied", () => {
    const bands = ["under5", "5to10", "10to20", "20to30"];
    const rows = Array.from({ length: 12 }, (_, i) => ({ unit: "SQ-1", bands: ["officer", bands[i % 4], "30to40"] }));
    const out = coarsen(rows, OTHER);
    expect(out.every((r) => r.unit === "SQ-1" && r.bands[0] === "officer" && r.bands[1] === "")).toBe(true);
  });

  it("merges units below 5 rows into 'other units' and keeps their bands when those are common", () => {
    const rows = [
      ...Array.from({ length: 3 }, () => ({ unit: "SQ-1", bands: ["officer", null, null] })),
      ...Array.from({ length: 3 }, () => ({ unit: "SQ-2", bands: ["officer", null, null] })),
    ];
    const out = coarsen(rows, OTHER);
    expect(out.map(key)).toEqual(Array(6).fill(JSON.stringify([OTHER, "officer", "", ""])));
  });
});
