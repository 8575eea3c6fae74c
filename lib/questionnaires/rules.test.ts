import { describe, expect, it } from "vitest";
import { editState, KEY_PATTERN, keyRefusal, newVersionRefusal, publishProblems, suggestValue, swapPartner } from "@/lib/questionnaires/rules";
import { likertOptions, PROFILE_FIELDS, profilePreset } from "@/lib/questionnaires/presets";
import { PREFER_NOT_TO_SAY } from "@/lib/surveys/structure";

describe("question keys", () => {
  it("are snake_case", () => {
    for (const ok of ["hours_week", "q1", "a", "own_money_2"]) expect(KEY_PATTERN.test(ok), ok).toBe(true);
    for (const bad of ["Hours", "hours-week", "1st", "_x", "x_", "a__b", "hours week", "工时"]) expect(KEY_PATTERN.test(bad), bad).toBe(false);
  });

  const earlierTypes = new Map([["hours_week", "NUMBER" as const]]);

  it("are unique within a version", () => {
    expect(keyRefusal({ currentKey: null, newKey: "pressure", newType: "TEXT", keysInVersion: ["pressure"], earlierTypes })).toBe("key_taken");
    expect(keyRefusal({ currentKey: "pressure", newKey: "pressure", newType: "TEXT", keysInVersion: ["pressure"], earlierTypes })).toBeNull();
  });

  it("stay stable across versions: no renaming a carried-over key, no new type for an old key", () => {
    expect(keyRefusal({ currentKey: "hours_week", newKey: "hours_per_week", newType: "NUMBER", keysInVersion: ["hours_week"], earlierTypes })).toBe("key_fixed");
    expect(keyRefusal({ currentKey: null, newKey: "hours_week", newType: "TEXT", keysInVersion: [], earlierTypes })).toBe("key_type_fixed");
    expect(keyRefusal({ currentKey: null, newKey: "hours_week", newType: "NUMBER", keysInVersion: [], earlierTypes })).toBeNull();
    expect(keyRefusal({ currentKey: "brand_new", newKey: "renamed", newType: "TEXT", keysInVersion: ["brand_new"], earlierTypes })).toBeNull();
  });
});

describe("option values", () => {
  it("are suggested from English labels, and left to the admin for others", () => {
    expect(suggestValue("Radios and phones")).toBe("radios_and_phones");
    expect(suggestValue(" 5 to 15 years! ")).toBe("5_to_15_years");
    expect(suggestValue("车辆")).toBe("");
  });
});

describe("versioning", () => {
  it("lets only drafts change: published and retired versions never do", () => {
    expect(editState({ status: "DRAFT" })).toBe("editable");
    expect(editState({ status: "PUBLISHED" })).toBe("published");
    expect(editState({ status: "RETIRED" })).toBe("retired");
  });

  it("copies a new version only from a published or retired one, and keeps one draft at a time", () => {
    expect(newVersionRefusal({ status: "DRAFT" }, false)).toBe("not_published");
    expect(newVersionRefusal({ status: "PUBLISHED" }, true)).toBe("draft_exists");
    expect(newVersionRefusal({ status: "PUBLISHED" }, false)).toBeNull();
    expect(newVersionRefusal({ status: "RETIRED" }, false)).toBeNull();
  });

  it("lists what stops publishing", () => {
    const choice = (key: string, values: string[], profileField: string | null = null) => ({ key, type: "SINGLE_CHOICE" as const, profileField, options: values.map((value) => ({ value })) });
    expect(publishProblems([])).toEqual([{ code: "no_questions" }]);
    expect(
      publishProblems([
        { title: "A", questions: [choice("a", ["x"]), choice("a", ["x", "y"])] },
        { title: "Empty", questions: [] },
        { title: "You", questions: [choice("age_band", ["young", "old"], "AGE_BAND")] },
      ]),
    ).toEqual([
      { code: "empty_section", section: "Empty" },
      { code: "too_few_options", key: "a" },
      { code: "duplicate_key", key: "a" },
      { code: "profile_without_prefer_not", key: "age_band" },
    ]);
    expect(publishProblems([{ title: "A", questions: [{ key: "t", type: "TEXT", profileField: null, options: [] }] }])).toEqual([]);
  });
});

describe("reordering", () => {
  const list = [{ id: "a" }, { id: "b" }, { id: "c" }];
  it("swaps with the neighbour, and not past either end", () => {
    expect(swapPartner(list, "b", "up")?.id).toBe("a");
    expect(swapPartner(list, "b", "down")?.id).toBe("c");
    expect(swapPartner(list, "a", "up")).toBeNull();
    expect(swapPartner(list, "c", "down")).toBeNull();
    expect(swapPartner(list, "x", "down")).toBeNull();
  });
});

describe("presets", () => {
  it("offer each profile question in coarse bands with prefer-not-to-say, in both languages", () => {
    for (const field of PROFILE_FIELDS) {
      for (const language of ["en", "zh"] as const) {
        const preset = profilePreset(field, language);
        expect(preset.options.length).toBeLessThanOrEqual(5);
        expect(preset.options.at(-1)?.value).toBe(PREFER_NOT_TO_SAY);
        expect(KEY_PATTERN.test(preset.key)).toBe(true);
      }
    }
    expect(profilePreset("AGE_BAND", "zh").prompt).toBe("年龄");
  });

  it("give Likert questions the values 1 to 5 that the answer check expects", () => {
    expect(likertOptions("en").map((o) => o.value)).toEqual(["1", "2", "3", "4", "5"]);
  });
});
