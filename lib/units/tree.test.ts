import { describe, expect, it } from "vitest";
import { subtreeIds, treeOrder, wouldLoop } from "@/lib/units/tree";

const units = [
  { id: "bureau", parentId: null, code: "A" },
  { id: "branch", parentId: "bureau", code: "B" },
  { id: "station", parentId: "branch", code: "C" },
  { id: "office", parentId: "bureau", code: "AA" },
];

describe("unit tree", () => {
  it("collects a subtree", () => {
    expect(subtreeIds(units, "branch").sort()).toEqual(["branch", "station"]);
    expect(subtreeIds(units, "bureau")).toHaveLength(4);
  });
  it("refuses a move under the unit itself or its descendants, allows any other parent", () => {
    expect(wouldLoop(units, "branch", "station")).toBe(true);
    expect(wouldLoop(units, "branch", "branch")).toBe(true);
    expect(wouldLoop(units, "bureau", "station")).toBe(true);
    expect(wouldLoop(units, "station", "office")).toBe(false);
    expect(wouldLoop(units, "branch", null)).toBe(false);
  });
  it("lists parents before children with their depth", () => {
    expect(treeOrder(units, (u) => u.code).map((e) => `${e.unit.id}:${e.depth}`)).toEqual(["bureau:0", "office:1", "branch:1", "station:2"]);
  });
});
