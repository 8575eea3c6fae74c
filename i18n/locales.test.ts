import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/i18n/locales";
import { NAMESPACES } from "@/i18n/messages";

function keys(object: object, prefix = ""): string[] {
  return Object.entries(object).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const read = (locale: string, ns: string) => JSON.parse(readFileSync(`messages/${locale}/${ns}.json`, "utf8"));

describe("interface languages", () => {
  it("loads exactly the namespace files that exist", () => {
    for (const locale of ["en", "zh"]) {
      expect(readdirSync(`messages/${locale}`).map((f) => f.replace(/\.json$/, "")).sort()).toEqual([...NAMESPACES].sort());
    }
  });

  it("has every English string in Chinese and the other way round", () => {
    for (const ns of NAMESPACES) expect(keys(read("zh", ns)).sort(), ns).toEqual(keys(read("en", ns)).sort());
  });

  it("picks the browser's preferred supported language, else Chinese", () => {
    expect(negotiateLocale("en-US,en;q=0.9")).toBe("en");
    expect(negotiateLocale("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(negotiateLocale("fr-FR,en;q=0.5,zh;q=0.7")).toBe("zh");
    expect(negotiateLocale("de")).toBe("zh");
    expect(negotiateLocale(null)).toBe("zh");
  });
});
