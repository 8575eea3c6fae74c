import { describe, expect, it } from "vitest";
import { generateSchema } from "@/components/codes/generate-schema";
import { readMessageKey } from "@/i18n/validation";
import en from "@/messages/en/codes.json";
import zh from "@/messages/zh/codes.json";

const campaignId = "00000000-0000-4000-8000-000000000001";
const unitId = "00000000-0000-4000-8000-000000000002";

function messages(input: unknown): string[] {
  const result = generateSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe("access-code batch form messages", () => {
  it.each([["0"], ["501"], ["2.5"], ["many"]])("size %s is refused with the limit in both languages", (size) => {
    const [code] = messages({ campaignId, unitId, size });
    const { key, params } = readMessageKey(code);
    expect(params.max).toBe(500);
    const validation = { en: en.generate.validation as Record<string, string>, zh: zh.generate.validation as Record<string, string> };
    expect(validation.en[key]).toContain("{max}");
    expect(validation.zh[key]).toContain("{max}");
  });

  it("names a missing unit by a key both languages have", () => {
    const [code] = messages({ campaignId, unitId: "", size: "30" });
    expect(en.generate.validation).toHaveProperty(code);
    expect(zh.generate.validation).toHaveProperty(code);
  });
});
