import { describe, expect, it } from "vitest";
import { participationOf } from "@/lib/access-codes/participation";

describe("participation per unit", () => {
  it("shows codes used and the rate where enough codes were issued and used", () => {
    expect(participationOf(40, 25)).toEqual({ used: 25, rate: 25 / 40, hidden: null });
    expect(participationOf(20, 0)).toEqual({ used: 0, rate: 0, hidden: null });
    expect(participationOf(10, 10)).toEqual({ used: 10, rate: 1, hidden: null });
  });

  it("hides everything where fewer than 5 codes were issued", () => {
    expect(participationOf(4, 4)).toEqual({ used: null, rate: null, hidden: "fewIssued" });
  });

  it("hides 1 to 4 officers who answered, or 1 to 4 who did not, and says so (not 'fewer than 5 issued')", () => {
    // Issue 10: units given 10 and 8 codes were labelled "fewer than 5 issued".
    expect(participationOf(10, 7)).toEqual({ used: null, rate: null, hidden: "small" });
    expect(participationOf(8, 2)).toEqual({ used: null, rate: null, hidden: "small" });
    expect(participationOf(40, 3)).toEqual({ used: null, rate: null, hidden: "small" });
    expect(participationOf(40, 37)).toEqual({ used: null, rate: null, hidden: "small" });
  });
});
