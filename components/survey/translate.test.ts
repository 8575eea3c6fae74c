import { afterEach, describe, expect, it, vi } from "vitest";
import { makeTranslate, pluralCategory } from "@/components/survey/translate";
import enReceipt from "@/messages/en/receipt.json";
import zhReceipt from "@/messages/zh/receipt.json";
import enSurvey from "@/messages/en/survey.json";

describe("the officer pages' translator", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("says 1 question and 2 questions, in the ICU plural form the staff side uses", () => {
    const t = makeTranslate(enReceipt, "en");
    expect(t("result.answered", { count: 1 })).toBe("1 question answered.");
    expect(t("result.answered", { count: 2 })).toBe("2 questions answered.");
    expect(t("result.answered", { count: 0 })).toBe("0 questions answered.");
    expect(makeTranslate(zhReceipt, "zh")("result.answered", { count: 1 })).toBe("共回答 1 题。");
    expect(makeTranslate(enSurvey, "en")("review.answered", { answered: 1, total: 1 })).toBe("1 of 1 question answered.");
  });

  it("falls back to its own rule where the browser has no Intl.PluralRules", () => {
    vi.stubGlobal("Intl", { ...Intl, PluralRules: undefined });
    expect(pluralCategory("en", 1)).toBe("one");
    expect(pluralCategory("en", 3)).toBe("other");
    expect(pluralCategory("zh", 1)).toBe("other");
    expect(makeTranslate(enReceipt, "en")("result.answered", { count: 1 })).toBe("1 question answered.");
  });

  it("keeps exact forms, nested placeholders and unknown keys", () => {
    const t = makeTranslate({ a: "{n, plural, =0 {none} one {# of {what}} other {# of {what}s}}", b: "{x} and {y}" }, "en");
    expect(t("a", { n: 0, what: "code" })).toBe("none");
    expect(t("a", { n: 1, what: "code" })).toBe("1 of code");
    expect(t("a", { n: 5, what: "code" })).toBe("5 of codes");
    expect(t("b", { x: 1 })).toBe("1 and {y}");
    expect(t("missing.key")).toBe("missing.key");
  });
});
