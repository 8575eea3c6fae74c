import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/exports/csv";
import { responsesTable, type ExportQuestion, type ExportResponse } from "@/lib/exports/responses";

const questions: ExportQuestion[] = [
  { id: "q-hours", key: "hours", prompt: "Hours a day", type: "NUMBER", options: [] },
  {
    id: "q-load",
    key: "load",
    prompt: "Workload",
    type: "SINGLE_CHOICE",
    options: [{ value: "high", label: "Too high" }],
  },
  { id: "q-text", key: "say", prompt: "Anything else", type: "TEXT", options: [] },
];
const labels = {
  unit: "Unit",
  role: "Role",
  service: "Service",
  age: "Age",
  otherUnits: "other units",
  unreviewed: "[not yet reviewed]",
};

// 12 responses in submission order: 8 from the big station, 3 from a small squadron, 1 without unit.
const responses: ExportResponse[] = Array.from({ length: 12 }, (_, i) => ({
  unit: i < 8 ? "Big Station" : i < 11 ? "Small Squadron" : null,
  roleLevel: i < 6 ? "officer" : "leader",
  serviceYears: i === 0 ? "30plus" : "5to10",
  ageBand: null,
  answers: [
    { questionId: "q-hours", numberValue: i, textValue: null, choices: [], reviewedText: null },
    { questionId: "q-load", numberValue: null, textValue: null, choices: ["high"], reviewedText: null },
    {
      questionId: "q-text",
      numberValue: null,
      textValue: "Call me on 138",
      choices: [],
      reviewedText: i % 2 ? "Call me on [phone]" : null,
    },
  ],
}));

describe("responsesTable", () => {
  const table = responsesTable(questions, responses, labels);

  it("has no column that could order or link the rows", () => {
    expect(table.header).toEqual([
      "Unit",
      "Role",
      "Service",
      "Age",
      "hours: Hours a day",
      "load: Workload",
      "say: Anything else",
    ]);
    expect(toCsv(table)).not.toMatch(/id|date|submitted|source/i);
  });

  it("merges units and bands so that no unit x band combination has fewer than 5 rows", () => {
    // Big Station's 5 officers of 5-10 years keep every column; its 30+ year officer and its two
    // leaders, the small squadron and the kiosk row share the merged bucket.
    const combinations = table.rows.map((r) => r.slice(0, 4).join("|"));
    expect(combinations.filter((c) => c === "Big Station|officer|5to10|")).toHaveLength(5);
    expect(combinations.filter((c) => c === "other units|||")).toHaveLength(7);
    expect(table.rows.map((r) => r[0])).not.toContain("Small Squadron");
    expect(table.rows.map((r) => r[2])).not.toContain("30plus");
  });

  it("labels answers and shows free text only reviewed and masked", () => {
    expect(table.rows.every((r) => r[5] === "Too high")).toBe(true);
    const texts = table.rows.map((r) => r[6]);
    expect(texts).not.toContain("Call me on 138");
    expect(new Set(texts)).toEqual(new Set(["Call me on [phone]", "[not yet reviewed]"]));
  });

  it("shuffles the rows: submission order does not survive", () => {
    // The hours answer equals the submission index in this fixture; with a reversing "random"
    // source the order is reversed, and across real shuffles the identity order is not kept.
    const reversed = responsesTable(questions, responses, labels, () => 0);
    expect(reversed.rows.map((r) => r[4])).not.toEqual(responses.map((_, i) => i));
    const identity = Array.from({ length: 20 }, () =>
      responsesTable(questions, responses, labels)
        .rows.map((r) => r[4])
        .join(","),
    );
    expect(identity.filter((o) => o === responses.map((_, i) => i).join(","))).toHaveLength(0);
  });
});
