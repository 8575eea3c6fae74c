import { describe, expect, it } from "vitest";
import { addQuestionSchema, normalizeQuestion } from "@/lib/questionnaires/schemas";

const SECTION = "0b5e8e1a-3f0c-4d62-9a43-0d6f3c2a9b11";
const base = {
  sectionId: SECTION,
  key: "hours_week",
  type: "NUMBER",
  prompt: "  How many hours do you work in a week? ",
  help: "",
  required: true,
  aspectCode: "",
  options: [],
  numberUnit: "hours",
  minValue: 0,
  maxValue: 168,
  normValue: 40,
  normLabel: "40 hours under the Labour Law",
};

function messages(input: unknown) {
  const result = addQuestionSchema.safeParse(input);
  const first: Record<string, string> = {};
  // The form shows the first message of each field.
  if (!result.success) for (const i of result.error.issues) first[i.path.join(".")] ??= i.message;
  return first;
}

describe("question form schema", () => {
  it("accepts a number question with unit, range and norm, trimming text and emptying blanks", () => {
    const parsed = addQuestionSchema.parse(base);
    expect(parsed.prompt).toBe("How many hours do you work in a week?");
    expect(parsed.aspectCode).toBeNull();
    expect(parsed.normLabel).toBe("40 hours under the Labour Law");
  });

  it("names the field and the reason in words the form translates", () => {
    expect(messages({ ...base, key: "Hours-Week" })).toEqual({ key: "keyFormat" });
    expect(messages({ ...base, key: "unit" })).toEqual({ key: "keyReserved" });
    expect(messages({ ...base, key: "" })).toEqual({ key: "keyRequired" });
    expect(messages({ ...base, prompt: "   " })).toEqual({ prompt: "promptRequired" });
    expect(messages({ ...base, minValue: 10, maxValue: 5, normValue: null, normLabel: "" })).toEqual({ maxValue: "rangeOrder" });
    expect(messages({ ...base, normValue: 200 })).toEqual({ normValue: "normOutOfRange" });
    expect(messages({ ...base, normValue: null })).toEqual({ normValue: "normLabelWithoutValue" });
    expect(messages({ ...base, minValue: Number.NaN })).toEqual({ minValue: "numberInvalid" });
  });

  it("wants at least two distinct, well-formed options for choice questions", () => {
    const choice = { ...base, type: "MULTI_CHOICE", numberUnit: null, minValue: null, maxValue: null, normValue: null, normLabel: null };
    expect(messages({ ...choice, options: [{ value: "a", label: "A" }] })).toEqual({ options: "optionsTooFew" });
    expect(messages({ ...choice, options: [{ value: "a", label: "A" }, { value: "a", label: "B" }] })).toEqual({ "options.1.value": "optionDuplicate" });
    expect(messages({ ...choice, options: [{ value: "Car park", label: "A" }, { value: "b", label: "" }] })).toEqual({
      "options.0.value": "optionValueFormat",
      "options.1.label": "optionLabelRequired",
    });
    expect(messages({ ...choice, options: [{ value: "5_15", label: "5 to 15 years" }, { value: "b", label: "B" }] })).toEqual({});
  });

  it("drops fields that do not belong to the type", () => {
    const text = normalizeQuestion(addQuestionSchema.parse({ ...base, type: "TEXT", options: [], normValue: 40 }));
    expect(text).toMatchObject({ type: "TEXT", numberUnit: null, minValue: null, maxValue: null, normValue: null, normLabel: null, options: [] });
  });
});
