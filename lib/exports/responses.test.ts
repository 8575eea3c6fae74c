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
  otherUnits: "other units",
  other: "other",
  unreviewed: "[not yet reviewed]",
};

// 12 responses in submission order: 8 from the big station, 3 from a small squadron, 1 without unit.
const responses: ExportResponse[] = Array.from({ length: 12 }, (_, i) => ({
  unit: i < 8 ? "Big Station" : i < 11 ? "Small Squadron" : null,
  roleLevel: i < 6 ? "officer" : "leader",
  serviceYears: i === 0 ? "30plus" : "5to10",
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
      "hours: Hours a day",
      "load: Workload",
      "say: Anything else",
    ]);
    expect(toCsv(table)).not.toMatch(/id|date|submitted|source/i);
  });

  it("merges units and bands with fewer than 5 responses", () => {
    const units = table.rows.map((r) => r[0]);
    expect(units.filter((u) => u === "Big Station")).toHaveLength(8);
    expect(units.filter((u) => u === "other units")).toHaveLength(3);
    expect(units).not.toContain("Small Squadron");
    expect(table.rows.map((r) => r[2])).not.toContain("30plus");
  });

  it("labels answers and shows free text only reviewed and masked", () => {
    expect(table.rows.every((r) => r[4] === "Too high")).toBe(true);
    const texts = table.rows.map((r) => r[5]);
    expect(texts).not.toContain("Call me on 138");
    expect(new Set(texts)).toEqual(new Set(["Call me on [phone]", "[not yet reviewed]"]));
  });

  it("shuffles the rows: submission order does not survive", () => {
    // The hours answer equals the submission index in this fixture; with a reversing "random"
    // source the order is reversed, and across real shuffles the identity order is not kept.
    const reversed = responsesTable(questions, responses, labels, () => 0);
    expect(reversed.rows.map((r) => r[3])).not.toEqual(responses.map((_, i) => i));
    const identity = Array.from({ length: 20 }, () =>
      responsesTable(questions, responses, labels)
        .rows.map((r) => r[3])
        .join(","),
    );
    expect(identity.filter((o) => o === responses.map((_, i) => i).join(","))).toHaveLength(0);
  });
});
