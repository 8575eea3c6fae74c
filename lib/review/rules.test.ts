import { describe, expect, it } from "vitest";
import {
  checkMaskedText,
  decisionStatus,
  findingEvidenceText,
  parseRanked,
  primaryCategory,
  safeText,
  sameLabels,
  suggestedLabels,
} from "@/lib/review/rules";

const ranked = [
  { category: "equipment" as const, score: 0.99 },
  { category: "funding" as const, score: 0.62 },
  { category: "rights" as const, score: 0.3 },
];

describe("suggestions and decisions", () => {
  it("proposes the top category and every other from the threshold up", () => {
    expect(suggestedLabels(ranked)).toEqual(["equipment", "funding"]);
    expect(suggestedLabels([{ category: "other", score: 0.2 }])).toEqual(["other"]);
  });

  it("compares label sets regardless of order, and the aspect too", () => {
    expect(sameLabels({ categories: ["funding", "equipment"], aspect: "B3" }, { categories: ["equipment", "funding"], aspect: "B3" })).toBe(true);
    expect(sameLabels({ categories: ["equipment"], aspect: "B3" }, { categories: ["equipment", "funding"], aspect: "B3" })).toBe(false);
    expect(sameLabels({ categories: ["equipment", "funding"], aspect: "B2" }, { categories: ["equipment", "funding"], aspect: "B3" })).toBe(false);
  });

  it("calls a decision ACCEPTED only when it keeps the suggestion exactly", () => {
    const suggestion = { ranked, aspect: "B3" };
    expect(decisionStatus({ categories: ["equipment", "funding"], aspect: "B3" }, suggestion)).toBe("ACCEPTED");
    expect(decisionStatus({ categories: ["equipment"], aspect: "B3" }, suggestion)).toBe("CORRECTED");
    expect(decisionStatus({ categories: ["equipment", "funding"], aspect: null }, suggestion)).toBe("CORRECTED");
    expect(decisionStatus({ categories: ["equipment"], aspect: null }, null)).toBe("CORRECTED");
  });

  it("gives a finding the aspect's own category when it was chosen", () => {
    expect(primaryCategory(["funding", "equipment"], "equipment")).toBe("equipment");
    expect(primaryCategory(["funding", "equipment"], "rights")).toBe("funding");
    expect(primaryCategory([], null)).toBeNull();
  });

  it("reads stored rankings defensively", () => {
    expect(parseRanked([{ category: "rights", score: 1 }, { category: "nonsense", score: 1 }, null, "x"])).toEqual([{ category: "rights", score: 1 }]);
    expect(parseRanked({})).toEqual([]);
  });
});

describe("masking", () => {
  const text = "值班被殴打。有事可以打我电话13912345678。";

  it("shows a text with personal details only masked until a reviewer approves a version", () => {
    const safe = safeText(text, null);
    expect(safe.text).not.toContain("13912345678");
    expect(safe.text).toContain("［电话］");
    expect(safe.spans.map((s) => s.kind)).toEqual(["phone"]);
    expect(safeText(text, "reviewed version").text).toBe("reviewed version");
    expect(safeText("No money for the patrol car.", null).text).toBe("No money for the patrol car.");
  });

  it("refuses a masked text that still carries the number, even reformatted", () => {
    const spans = safeText(text, null).spans;
    expect(checkMaskedText("有事可以打我电话139-1234-5678。", spans)).toEqual({ code: "maskStillPii", kinds: ["phone"] });
    expect(checkMaskedText("Call me on 13800001111", [])).toEqual({ code: "maskStillPii", kinds: ["phone"] });
    expect(checkMaskedText("   ", spans)).toEqual({ code: "maskEmpty" });
    expect(checkMaskedText(safeText(text, null).text, spans)).toBeNull();
  });

  it("writes a finding's evidence as the statement and its quote", () => {
    expect(findingEvidenceText(" No guns. ", " Why? ")).toBe("No guns. “Why?”");
    expect(findingEvidenceText("No guns.", "")).toBe("No guns.");
    expect(findingEvidenceText("No guns.", null)).toBe("No guns.");
  });
});
