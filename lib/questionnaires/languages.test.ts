import { describe, expect, it } from "vitest";
import { bilingual, missingTranslations, pick, stored, translatableOf } from "@/lib/questionnaires/languages";

describe("questionnaire texts in two languages", () => {
  it("maps stored own/translation columns to languages and back", () => {
    expect(bilingual("小时", "hours", "zh")).toEqual({ zh: "小时", en: "hours" });
    expect(bilingual(null, "", "en")).toEqual({ en: "", zh: "" });
    expect(stored({ zh: "小时", en: "hours" }, "en")).toEqual({ own: "hours", translation: "小时" });
  });

  it("picks the wanted language, else the other one and says so, else nothing", () => {
    expect(pick({ zh: "工作", en: "Work" }, "zh")).toEqual({ text: "工作" });
    expect(pick({ zh: "工作", en: "  " }, "en")).toEqual({ text: "工作", fellBack: "zh" });
    expect(pick({ zh: "", en: "" }, "en")).toEqual({ text: "" });
  });

  it("lists each text written in one language only, with the language it lacks", () => {
    const version = translatableOf(
      {
        title: "Pulse", titleTranslation: "", intro: "", introTranslation: "",
        sections: [{
          title: "Work", titleTranslation: "工作",
          questions: [
            { key: "hours", type: "NUMBER", profileField: null, prompt: "Hours?", promptTranslation: "几小时？", help: "", helpTranslation: "可不填",
              numberUnit: "hours", numberUnitTranslation: "", normLabel: null, normLabelTranslation: "", options: [] },
            { key: "say", type: "TEXT", profileField: null, prompt: "Say", promptTranslation: "说", help: "", helpTranslation: "",
              numberUnit: null, numberUnitTranslation: "", normLabel: null, normLabelTranslation: "", options: [{ value: "x", label: "X", labelTranslation: "" }] },
          ],
        }],
      },
      "en",
    );
    expect(missingTranslations(version)).toEqual([
      { kind: "title", lang: "zh" },
      { kind: "help", key: "hours", lang: "en" },
      { kind: "numberUnit", key: "hours", lang: "zh" },
      { kind: "option", key: "say", option: "x", lang: "zh" },
    ]);
  });
});
