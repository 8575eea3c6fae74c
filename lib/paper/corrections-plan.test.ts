import { describe, expect, it } from "vitest";
import { formValues, planCorrection, type SavedAnswer } from "@/lib/paper/corrections-plan";
import { checkAnswers } from "@/lib/surveys/answers";
import type { QuestionnaireView, QuestionView } from "@/lib/surveys/structure";

const question = (id: string, type: QuestionView["type"], options: string[] = []): QuestionView => ({
  id, key: `k_${id}`, type, prompt: id, help: "", required: false, aspectCode: null, profileField: null,
  numberUnit: null, minValue: 0, maxValue: 100, options: options.map((value) => ({ value, label: value })),
});
const view: QuestionnaireView = {
  versionId: "v", campaignId: "c", title: "t", intro: "", language: "en", status: "PUBLISHED",
  sections: [{ id: "s", title: "s", questions: [
    question("n", "NUMBER"), question("l", "LIKERT", ["1", "2", "3", "4", "5"]), question("s1", "SINGLE_CHOICE", ["a", "b"]),
    question("m", "MULTI_CHOICE", ["x", "y", "z"]), question("t", "TEXT"),
  ] }],
};
const saved: SavedAnswer[] = [
  { id: "an", questionId: "n", numberValue: 12.5, textValue: null, choices: [] },
  { id: "al", questionId: "l", numberValue: 4, textValue: null, choices: [] },
  { id: "as", questionId: "s1", numberValue: null, textValue: null, choices: ["b"] },
  { id: "am", questionId: "m", numberValue: null, textValue: null, choices: ["x", "z"] },
  { id: "at", questionId: "t", numberValue: null, textValue: "The car is old", choices: [] },
];

describe("a stored paper sheet read back into the entry form", () => {
  it("gives every answer in the form's own shape, which the validator accepts unchanged", () => {
    const values = formValues(view, saved);
    expect(values).toEqual({ k_n: "12.5", k_l: "4", k_s1: "b", k_m: ["x", "z"], k_t: "The car is old" });
    const check = checkAnswers(view, values);
    expect(check.ok && planCorrection(view, saved, check.answers)).toEqual({ removed: [], changed: [], added: [], keys: [] });
  });
});

describe("planning a correction", () => {
  it("lists removed, changed and added answers with their keys, and which texts changed", () => {
    const partial = saved.filter((a) => a.questionId !== "l" && a.questionId !== "s1");
    const check = checkAnswers(view, { k_n: "13", k_s1: "b", k_m: ["x", "z"], k_t: "The car is very old" });
    if (!check.ok) throw new Error("valid answers refused");
    const plan = planCorrection(view, partial.concat({ id: "al", questionId: "l", numberValue: 4, textValue: null, choices: [] }), check.answers);
    expect(plan.removed.map((a) => a.id)).toEqual(["al"]);
    expect(plan.changed.map((c) => [c.before.id, c.textChanged])).toEqual([["an", false], ["at", true]]);
    expect(plan.added.map((a) => a.questionId)).toEqual(["s1"]);
    expect(plan.keys).toEqual(["k_l", "k_n", "k_s1", "k_t"]);
  });

  it("sees a changed choice list as a change, the same list as none", () => {
    const check = checkAnswers(view, { ...formValues(view, saved), k_m: ["z"] });
    if (!check.ok) throw new Error("valid answers refused");
    const plan = planCorrection(view, saved, check.answers);
    expect(plan.changed.map((c) => c.before.id)).toEqual(["am"]);
    expect(plan.keys).toEqual(["k_m"]);
  });
});
