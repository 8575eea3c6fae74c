import { describe, expect, it } from "vitest";
import { langIfOther, textLanguage } from "@/i18n/text-language";

describe("language of a quote", () => {
  it("tells Chinese from English", () => {
    expect(textLanguage("加班太多，休息不够。")).toBe("zh");
    expect(textLanguage("We work 84 hours a week.")).toBe("en");
    expect(textLanguage("我们每周 84 hours 加班很多")).toBe("zh");
  });
  it("marks only a quote in the other language than the page", () => {
    expect(langIfOther("We work too much.", "zh")).toBe("en");
    expect(langIfOther("We work too much.", "en")).toBeUndefined();
    expect(langIfOther("值班太多", "en")).toBe("zh");
    expect(langIfOther("值班太多", "zh")).toBeUndefined();
  });
});
