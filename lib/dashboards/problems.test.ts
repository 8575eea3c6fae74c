import { describe, expect, it } from "vitest";
import { buildAspects, type AspectInfo } from "@/lib/dashboards/problems";

const aspect = (code: string): AspectInfo => ({
  code,
  section: code[0],
  category: "workload",
  titleEn: code,
  titleZh: code,
});

describe("aspect rows", () => {
  it("lets officers' own texts be quoted only where at least 10 respondents wrote on the aspect", () => {
    const totals = new Map([
      // 10 "people", but 9 of them are seminar participants: one officer's text must not be quoted.
      ["aspect:B1", { respondents: 1, seminarPeople: 9, severityPoints: 18 }],
      ["aspect:B2", { respondents: 10, seminarPeople: 0, severityPoints: 0 }],
    ]);
    const figure = (topic: string) => {
      const t = totals.get(topic);
      return t ? t.respondents + t.seminarPeople : 0;
    };
    const rows = buildAspects([aspect("B1"), aspect("B2")], new Set(["u"]), figure, totals, 20);
    const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));
    expect(byCode.B1.people).toBe(10);
    expect(byCode.B1.answersQuotable).toBe(false);
    expect(byCode.B2.answersQuotable).toBe(true);
  });
});
