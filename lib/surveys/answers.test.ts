import { describe, expect, it } from "vitest";
import { checkAnswers, describeIssue, MAX_TEXT_LENGTH, type AnswerIssue } from "@/lib/surveys/answers";
import type { QuestionnaireView, QuestionView } from "@/lib/surveys/structure";

const base = { help: "", required: false, aspectCode: null, profileField: null, numberUnit: null, minValue: null, maxValue: null, options: [] };
const q = (key: string, type: QuestionView["type"], extra: Partial<QuestionView> = {}): QuestionView => ({ id: `id-${key}`, key, type, prompt: key, ...base, ...extra });
const opts = (...values: string[]) => values.map((value) => ({ value, label: value.toUpperCase() }));

const view: QuestionnaireView = {
  versionId: "v1", campaignId: "c1", title: "T", intro: "", language: "en", status: "PUBLISHED",
  sections: [
    { id: "s1", title: "About you", questions: [q("role", "SINGLE_CHOICE", { profileField: "ROLE_LEVEL", options: opts("officer", "leader", "prefer_not") }), q("age", "SINGLE_CHOICE", { profileField: "AGE_BAND", options: opts("u30", "prefer_not") })] },
    {
      id: "s2", title: "Work",
      questions: [
        q("hours", "NUMBER", { required: true, minValue: 0, maxValue: 24 }),
        q("fair", "LIKERT", { options: opts("1", "2", "3", "4", "5") }),
        q("pressure", "SINGLE_CHOICE", { required: true, options: opts("work", "mind") }),
        q("lacks", "MULTI_CHOICE", { options: opts("cars", "radios", "funds") }),
        q("story", "TEXT"),
      ],
    },
  ],
};

const issues = (raw: Record<string, unknown>): AnswerIssue[] => {
  const result = checkAnswers(view, raw);
  return result.ok ? [] : result.issues;
};

describe("checkAnswers", () => {
  it("accepts a complete answer set and stores each type in its column", () => {
    const result = checkAnswers(view, { role: "officer", age: "u30", hours: "13.5", fair: 2, pressure: "work", lacks: ["funds", "cars", "cars"], story: "  No fuel money.  " });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const byKey = Object.fromEntries(result.answers.map((a) => [a.key, a]));
    expect(byKey.hours).toMatchObject({ questionId: "id-hours", numberValue: 13.5, textValue: null, choices: [] });
    expect(byKey.fair.numberValue).toBe(2);
    expect(byKey.pressure.choices).toEqual(["work"]);
    expect(byKey.lacks.choices).toEqual(["cars", "funds"]); // questionnaire order, no repeats
    expect(byKey.story.textValue).toBe("No fuel money.");
    expect(result.profile).toEqual({ roleLevel: "officer", serviceYears: null, ageBand: "u30" });
  });

  it("skips blank optional answers and stores no row for them", () => {
    const result = checkAnswers(view, { hours: 12, pressure: "mind", story: "   ", lacks: [], fair: null });
    expect(result.ok && result.answers.map((a) => a.key)).toEqual(["hours", "pressure"]);
  });

  it("names every missing required answer", () => {
    expect(issues({})).toEqual([{ key: "hours", code: "required" }, { key: "pressure", code: "required" }]);
    expect(issues({ hours: "", pressure: "  " }).map((i) => i.code)).toEqual(["required", "required"]);
  });

  it("refuses numbers that are not numbers or out of range", () => {
    const base = { pressure: "work" };
    expect(issues({ ...base, hours: "twelve" })).toEqual([{ key: "hours", code: "not_a_number" }]);
    expect(issues({ ...base, hours: "1e3" })).toEqual([{ key: "hours", code: "not_a_number" }]);
    expect(issues({ ...base, hours: Number.NaN })).toEqual([{ key: "hours", code: "not_a_number" }]);
    expect(issues({ ...base, hours: 25 })).toEqual([{ key: "hours", code: "out_of_range", min: 0, max: 24 }]);
    expect(issues({ ...base, hours: -1 })).toEqual([{ key: "hours", code: "out_of_range", min: 0, max: 24 }]);
    expect(issues({ ...base, hours: "24" })).toEqual([]);
  });

  it("keeps Likert answers to whole steps from 1 to 5", () => {
    const base = { hours: 10, pressure: "work" };
    for (const bad of [0, 6, 2.5, "x"]) expect(issues({ ...base, fair: bad })).toEqual([{ key: "fair", code: "out_of_range", min: 1, max: 5 }]);
    expect(issues({ ...base, fair: "5" })).toEqual([]);
  });

  it("accepts only offered options", () => {
    const base = { hours: 10 };
    expect(issues({ ...base, pressure: "boredom" })).toEqual([{ key: "pressure", code: "not_an_option" }]);
    expect(issues({ ...base, pressure: ["work"] })).toEqual([{ key: "pressure", code: "not_an_option" }]);
    expect(issues({ ...base, pressure: "work", lacks: ["cars", "boats"] })).toEqual([{ key: "lacks", code: "not_an_option" }]);
    expect(issues({ ...base, pressure: "work", lacks: "radios" })).toEqual([]);
  });

  it("limits free text and refuses non-text", () => {
    const base = { hours: 10, pressure: "work" };
    expect(issues({ ...base, story: "x".repeat(MAX_TEXT_LENGTH + 1) })).toEqual([{ key: "story", code: "too_long", max: MAX_TEXT_LENGTH }]);
    expect(issues({ ...base, story: "x".repeat(MAX_TEXT_LENGTH) })).toEqual([]);
    expect(issues({ ...base, story: 42 })).toEqual([{ key: "story", code: "not_an_option" }]);
  });

  it("refuses answers to questions the questionnaire does not have", () => {
    expect(issues({ hours: 10, pressure: "work", name: "Zhang Wei" })).toEqual([{ key: "name", code: "unknown_question" }]);
  });

  it("stores 'prefer not to say' as no band at all", () => {
    const result = checkAnswers(view, { role: "prefer_not", age: "prefer_not", hours: 9, pressure: "work" });
    expect(result.ok && result.profile).toEqual({ roleLevel: null, serviceYears: null, ageBand: null });
  });
});

describe("describeIssue", () => {
  it("says what to do", () => {
    expect(describeIssue({ key: "k", code: "required" })).toBe("This question needs an answer.");
    expect(describeIssue({ key: "k", code: "out_of_range", min: 0, max: 24 })).toBe("Enter a number from 0 up to 24.");
    expect(describeIssue({ key: "k", code: "out_of_range", min: null, max: 5 })).toBe("Enter a number up to 5.");
    expect(describeIssue({ key: "k", code: "too_long", max: 4000 })).toBe("Keep the answer under 4000 characters.");
  });
});

describe("text no column can store", () => {
  it("finds NUL and lone surrogates, and leaves paired ones (emoji) and ordinary text alone", async () => {
    const { hasUnstorableText } = await import("@/lib/surveys/answers");
    for (const bad of ["a\u0000b", "\ud800", "a\ud800b", "\udc00", "a\udc00", "😀\ud800", ["ok", "\u0000"]]) expect(hasUnstorableText(bad), JSON.stringify(bad)).toBe(true);
    for (const good of ["", "普通的回答", "emoji 😀 ok", "tab\tand\nnewline", ["a", "b"], 12, null]) expect(hasUnstorableText(good), JSON.stringify(good)).toBe(false);
  });
});
