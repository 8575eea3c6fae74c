import { describe, expect, it } from "vitest";
import { checkUnitTable } from "@/lib/units/import-rows";

const HEADER = ["code", "name", "name_zh", "type", "parent_code"];

describe("unit-tree file check", () => {
  it("orders parents before children, whatever the file's order", () => {
    const result = checkUnitTable([HEADER, ["PS-1", "Station 1", "一所", "station", "BR-1"], ["BR-1", "Branch 1", "一分局", "BRANCH", "HQ"]], new Set(["HQ"]));
    expect(result.ok && result.records.map((r) => r.code)).toEqual(["BR-1", "PS-1"]);
    expect(result.ok && result.records[1].type).toBe("STATION");
  });
  it("reports every bad row with its row number and column", () => {
    const result = checkUnitTable(
      [HEADER, ["BR-1", "Branch", "", "BRANCH", ""], ["BR-1", "Again", "再次", "BRANCH", ""], ["X", "X", "X", "PLANET", ""], ["HQ", "HQ", "总部", "BUREAU", ""], ["Y", "Y", "乙", "STATION", "NOPE"]],
      new Set(["HQ"]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${i.row}:${i.column}:${i.code}`)).toEqual([
      "2:name_zh:name_required",
      "3:code:code_duplicate",
      "4:type:type_unknown",
      "5:code:code_exists",
      "6:parent_code:parent_unknown",
    ]);
  });
  it("refuses a loop of parents and a missing column", () => {
    const loop = checkUnitTable([HEADER, ["A", "A", "甲", "BRANCH", "B"], ["B", "B", "乙", "BRANCH", "A"]], new Set());
    expect(loop.ok ? [] : loop.issues.map((i) => i.code)).toEqual(["parent_loop", "parent_loop"]);
    const missing = checkUnitTable([["code", "name"], ["A", "A"]], new Set());
    expect(missing.ok ? [] : missing.issues.map((i) => i.column)).toEqual(["name_zh", "type", "parent_code"]);
  });
});
