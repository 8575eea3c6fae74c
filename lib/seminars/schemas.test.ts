import { describe, expect, it } from "vitest";
import { readMessageKey } from "@/i18n/validation";
import { MAX_PEOPLE, MAX_STATEMENT, sessionSchema } from "@/lib/seminars/schemas";
import en from "@/messages/en/seminars.json";
import zh from "@/messages/zh/seminars.json";

const base = {
  sessionId: null,
  campaignId: "00000000-0000-4000-8000-000000000001",
  unitId: "00000000-0000-4000-8000-000000000002",
  kind: "SEMINAR",
  heldOn: "2026-05-01",
  participants: { leader: 1, section_chief: 0, instructor: 0, officer: 5 },
  notes: "",
  findings: [],
};

function errors(input: unknown): Record<string, string> {
  const result = sessionSchema.safeParse(input);
  const out: Record<string, string> = {};
  if (!result.success) for (const issue of result.error.issues) out[issue.path.join(".")] ??= issue.message;
  return out;
}

describe("session form messages", () => {
  it("says the limit of a text that is too long, in both languages", () => {
    const finding = { id: null, statement: "x".repeat(MAX_STATEMENT + 1), quote: null, figures: [], categories: [], aspectCode: null, severity: "LOW", raisedBy: 1 };
    const { key, params } = readMessageKey(errors({ ...base, findings: [finding] })["findings.0.statement"]);
    expect(key).toBe("tooLong");
    expect(params.max).toBe(MAX_STATEMENT);
    expect(en.validation.tooLong).toContain("{max");
    expect(zh.validation.tooLong).toContain("{max");
  });

  it("tells a huge participant count its upper limit, not 'a whole number, 0 or more'", () => {
    const { key, params } = readMessageKey(errors({ ...base, participants: { ...base.participants, officer: 99999999999 } })["participants.officer"]);
    expect(key).toBe("tooMany");
    expect(params.max).toBe(MAX_PEOPLE);
    expect(zh.validation).toHaveProperty("tooMany");
  });
});
