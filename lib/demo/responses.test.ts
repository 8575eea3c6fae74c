import { describe, expect, it } from "vitest";
import { DEMO_UNITS, VISITED_UNITS } from "@/lib/demo/organisation";
import { DEMO_MEASURES } from "@/lib/demo/measures";
import { DEMO_QUESTIONNAIRE } from "@/lib/demo/questionnaire";
import { generateResponses } from "@/lib/demo/responses";
import { ASPECTS } from "@/lib/classification/taxonomy";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("demo data", () => {
  it("is the same on every run and different for another seed", () => {
    expect(generateResponses(7, 50)).toEqual(generateResponses(7, 50));
    expect(generateResponses(8, 50)).not.toEqual(generateResponses(7, 50));
  });

  it("matches the seed report: 21 visited units, 16 measures, a few hundred responses", () => {
    expect(VISITED_UNITS).toHaveLength(21);
    expect(DEMO_MEASURES.map((m) => m.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(generateResponses()).toHaveLength(320);
  });

  it("keeps figures in the report's ranges", () => {
    const responses = generateResponses();
    const values = (key: string) => responses.flatMap((r) => r.answers.filter((a) => a.key === key).map((a) => a.numberValue!));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    expect(median(values("hours_day"))).toBeGreaterThanOrEqual(12);
    expect(median(values("hours_day"))).toBeLessThanOrEqual(15);
    expect(median(values("own_money"))).toBeGreaterThanOrEqual(300);
    expect(median(values("own_money"))).toBeLessThanOrEqual(500);
    expect(Math.abs(median(values("hours_week")) - 84)).toBeLessThanOrEqual(5);
    for (const r of responses) for (const a of r.answers) if (a.key === "hours_day") expect(a.numberValue).toBeLessThanOrEqual(24);
  });

  it("gives responses random-looking UUIDv4 ids and only campaign days", () => {
    const responses = generateResponses();
    expect(new Set(responses.map((r) => r.id)).size).toBe(responses.length);
    for (const r of responses) {
      expect(r.id).toMatch(UUID_V4);
      expect(r.day).toBeGreaterThanOrEqual(0);
      expect(r.day).toBeLessThanOrEqual(15);
    }
  });

  it("uses only known units and aspects, and covers all 7 sections and every question type", () => {
    const codes = new Set(DEMO_UNITS.map((u) => u.code));
    for (const r of generateResponses()) expect(codes.has(r.unit)).toBe(true);
    const questions = DEMO_QUESTIONNAIRE.sections.flatMap((s) => s.questions);
    const aspects = new Set(ASPECTS.map((a) => a.code));
    for (const q of questions) if (q.aspect) expect(aspects.has(q.aspect)).toBe(true);
    const sections = new Set(questions.filter((q) => q.aspect).map((q) => q.aspect![0]));
    expect([...sections].sort()).toEqual(["A", "B", "C", "D", "E", "F", "G"]);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(["SINGLE_CHOICE", "MULTI_CHOICE", "LIKERT", "NUMBER", "TEXT"]));
  });
});
