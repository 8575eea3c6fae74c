import { describe, expect, it } from "vitest";
import { readMessageKey, withLimit } from "@/i18n/validation";

describe("validation message keys", () => {
  it("carries the limit a value broke", () => {
    expect(readMessageKey(withLimit("tooLong", 2000))).toEqual({ key: "tooLong", params: { max: 2000 } });
  });
  it("leaves a plain key alone", () => {
    expect(readMessageKey("unitRequired")).toEqual({ key: "unitRequired", params: {} });
  });
});

describe("the report editor's messages", () => {
  it("are keys under report, in both languages, and the long one names its limit", async () => {
    const { editParagraphSchema, MAX_PARAGRAPH } = await import("@/lib/reports/schemas");
    const messages = (text: string) => {
      const result = editParagraphSchema.safeParse({ versionId: "00000000-0000-4000-8000-000000000000", key: "k", text });
      return result.success ? [] : result.error.issues.map((i) => readMessageKey(i.message));
    };
    expect(messages(" ")).toEqual([{ key: "textEmpty", params: {} }]);
    expect(messages("x".repeat(MAX_PARAGRAPH + 1))).toEqual([{ key: "textTooLong", params: { max: MAX_PARAGRAPH } }]);
    for (const lang of ["en", "zh"]) {
      const report = (await import(`@/messages/${lang}/report.json`)).default as Record<string, string>;
      expect(report.textEmpty).toBeTruthy();
      expect(report.textTooLong).toContain("{max}");
    }
  });
});
