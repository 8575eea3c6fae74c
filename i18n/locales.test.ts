import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { negotiateLocale } from "@/i18n/locales";

function keys(object: object, prefix = ""): string[] {
  return Object.entries(object).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("interface languages", () => {
  it("has every English string in Chinese and the other way round", () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it("picks the browser's preferred supported language, else Chinese", () => {
    expect(negotiateLocale("en-US,en;q=0.9")).toBe("en");
    expect(negotiateLocale("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(negotiateLocale("fr-FR,en;q=0.5,zh;q=0.7")).toBe("zh");
    expect(negotiateLocale("de")).toBe("zh");
    expect(negotiateLocale(null)).toBe("zh");
  });
});
