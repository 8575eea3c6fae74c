import { describe, expect, it, vi } from "vitest";
import { findingEvidence, maskField, resolveEditedField, type StoredEvidence } from "@/lib/seminars/evidence";

const today = new Date(Date.UTC(2026, 3, 10));
const suggestion = { ranked: [{ category: "equipment" as const, score: 0.97 }, { category: "funding" as const, score: 0.7 }], aspect: "B3", words: ["patrol car"], modelVersion: 3 };

function run(args: Partial<Parameters<typeof findingEvidence>[0]> = {}) {
  const suggest = vi.fn(() => suggestion);
  const result = findingEvidence({
    statement: "No money to repair the patrol car.",
    quote: null,
    labels: { categories: ["equipment", "funding"], aspect: "B3" },
    previous: null,
    suggest,
    userId: "lead",
    today,
    ...args,
  });
  return { result, suggest };
}

const stored = (overrides: Partial<StoredEvidence> = {}): StoredEvidence => ({
  text: "No money to repair the patrol car.",
  status: "CORRECTED",
  modelVersion: "2",
  suggestedCategories: [{ category: "funding", score: 0.9 }],
  suggestedAspectCode: "B2",
  suggestionWords: ["money"],
  maskedText: "No money to repair the patrol car.",
  categories: ["equipment", "funding"],
  aspectCode: "B3",
  reviewedById: "earlier",
  reviewedOn: new Date(Date.UTC(2026, 3, 9)),
  ...overrides,
});

describe("a finding's evidence item", () => {
  it("is accepted when the lead keeps the suggestion, and quotable when it has no personal details", () => {
    const { result } = run();
    expect(result).toMatchObject({ status: "ACCEPTED", categories: ["funding", "equipment"], aspectCode: "B3", modelVersion: "3", reviewedById: "lead" });
    expect(result.maskedText).toBe(result.text);
  });

  it("is corrected when the lead changes the labels", () => {
    expect(run({ labels: { categories: ["funding"], aspect: "B2" } }).result.status).toBe("CORRECTED");
  });

  it("waits for the review queue when the lead gives no labels", () => {
    const { result } = run({ labels: { categories: [], aspect: null } });
    expect(result).toMatchObject({ status: "PENDING", categories: [], aspectCode: null, maskedText: null, reviewedById: null });
  });

  it("waits for masking when the quote has a phone number", () => {
    const { result } = run({ quote: "Call me on 13912345678" });
    expect(result.status).toBe("ACCEPTED");
    expect(result.maskedText).toBeNull();
    expect(result.piiSpans.map((s) => s.kind)).toEqual(["phone"]);
  });

  it("keeps the suggestion, decision and reviewer of an unchanged finding", () => {
    const { result, suggest } = run({ previous: stored() });
    expect(suggest).not.toHaveBeenCalled();
    expect(result).toMatchObject({ status: "CORRECTED", reviewedById: "earlier", modelVersion: "2", suggestedAspectCode: "B2" });
  });

  it("asks for a new suggestion and a new decision when the text changed", () => {
    const { result, suggest } = run({ statement: "No money to repair the patrol car or the radios.", previous: stored() });
    expect(suggest).toHaveBeenCalledOnce();
    expect(result).toMatchObject({ status: "ACCEPTED", reviewedById: "lead", modelVersion: "3" });
  });
});

describe("editing masked fields", () => {
  it("treats the masked form of a stored text as unchanged, so the original stays", () => {
    const original = "Officer Zhang Wei was hit; call 13912345678.";
    expect(maskField(original)).not.toContain("13912345678");
    expect(resolveEditedField(maskField(original), original)).toBe(original);
    expect(resolveEditedField("A new text", original)).toBe("A new text");
    expect(resolveEditedField(null, original)).toBeNull();
  });
});
