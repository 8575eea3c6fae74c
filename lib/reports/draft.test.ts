import { describe, expect, it } from "vitest";
import { draftReport } from "@/lib/reports/draft";
import { CAMPAIGN_ID, fixture, translator } from "@/lib/reports/fixture.test-data";
import { applyEdit, diffVersions, mergeRegenerated, type Paragraph } from "@/lib/reports/paragraphs";

const byKey = (ps: Paragraph[], key: string) => ps.find((p) => p.key === key);

describe("draftReport", () => {
  const report = draftReport(fixture(), translator("en"));

  it("has the four parts in order", () => {
    expect(report.filter((p) => p.kind === "h1").map((p) => p.text)).toEqual([
      "I. Basic situation",
      "II. Problems raised, by section and aspect",
      "III. The Political Department's own problems and the suggestions addressed to it",
      "IV. Causes and next-work measures",
    ]);
  });

  it("states the hand-computed figures", () => {
    expect(byKey(report, "opening")?.text).toContain(
      "3 research groups spent 16 days listening to the officers of 21 units",
    );
    const reach = byKey(report, "basic.reach")!.text;
    expect(reach).toContain(
      "In all 60 officers were reached: 40 answered the questionnaire (30 online, fewer than 5 at a kiosk, 7 on paper)",
    );
    expect(reach).toContain("20 took part in 4 unit reports");
    // Raised: A1, B1, C1 (hidden, still raised), E1 = 4 aspects in 4 sections; 3 grassroots, 1 Political Department.
    expect(byKey(report, "basic.taxonomy")!.text).toContain("4 aspects in 4 sections: 3 aspects in 3 sections concern");
    expect(byKey(report, "aspect.A1.people")!.text).toBe(
      "Raised by 24 respondents and seminar participants, 40% of those who raised any problem.",
    );
    expect(byKey(report, "number.hours")!.text).toBe(
      '"Hours worked on a normal day": half of the 36 answers lie at 12-15 hours (median 13).',
    );
    expect(byKey(report, "aspect.B1.quotes")!.text).toBe(
      'Officers said: "We work from dawn to midnight."; "No rest days.".',
    );
  });

  it("lists only units with at least 5 codes in the participation table", () => {
    expect(byKey(report, "basic.participation")!.rows).toEqual([
      ["Unit", "Respondents", "Codes issued", "Participation"],
      ["Minkang Road Station", "25", "30", "80%"],
    ]);
  });

  it("says in words that a section's figures are from too few respondents", () => {
    expect(byKey(report, "section.C.small")!.text).toMatch(/Too few respondents/);
    expect(byKey(report, "aspect.C1")).toBeUndefined();
    expect(byKey(report, "aspect.A2")).toBeUndefined();
    expect(byKey(report, "section.D.none")!.text).toBe("No problems were raised in this section.");
  });

  it("puts sections E-G in part III and numbers the measures", () => {
    const part3 = report.findIndex((p) => p.key === "part3");
    const part4 = report.findIndex((p) => p.key === "part4");
    const e1 = report.findIndex((p) => p.key === "aspect.E1");
    expect(e1).toBeGreaterThan(part3);
    expect(e1).toBeLessThan(part4);
    expect(report.filter((p) => p.kind === "item").map((p) => p.text)).toEqual([
      "1. Protect officers on duty",
      "2. Pay overtime",
    ]);
    expect(byKey(report, "measures.table")!.rows![1]).toEqual([
      "1",
      "Protect officers on duty",
      "Legal Section",
      "no date",
      "in progress",
    ]);
  });

  it("links figures to the evidence of their aspect", () => {
    expect(byKey(report, "aspect.A1.people")!.href).toBe(`/dashboards/evidence?campaign=${CAMPAIGN_ID}&aspect=A1`);
  });

  it("writes Chinese with the original's numbering", () => {
    const zh = draftReport(fixture({ locale: "zh" }), translator("zh"));
    expect(zh.filter((p) => p.kind === "h1").map((p) => p.text.slice(0, 2))).toEqual(["一、", "二、", "三、", "四、"]);
    expect(byKey(zh, "section.A")!.text).toBe("（一）维护民警合法权益方面的问题");
    expect(byKey(zh, "section.B")!.text.startsWith("（二）")).toBe(true);
    expect(byKey(zh, "basic.reach")!.text).toContain("共接触民警60人");
  });
});

describe("regeneration", () => {
  const t = translator("en");
  const first = draftReport(fixture(), t);
  const edited = applyEdit(first, "aspect.A1.people", "Many officers feel unprotected.")!;

  it("keeps an edited paragraph and refreshes the others", () => {
    const changed = fixture({ overview: { ...fixture().overview, respondents: 41 } });
    const merged = mergeRegenerated(edited, draftReport(changed, t));
    expect(byKey(merged, "aspect.A1.people")).toMatchObject({
      text: "Many officers feel unprotected.",
      edited: true,
      stale: false,
    });
    expect(byKey(merged, "basic.reach")!.text).toContain("41 answered");
  });

  it("flags an edited paragraph whose figures changed since", () => {
    const aspects = fixture().aspects.map((a) => (a.code === "A1" ? { ...a, people: 26, share: 0.42 } : a));
    const merged = mergeRegenerated(edited, draftReport(fixture({ aspects }), t));
    expect(byKey(merged, "aspect.A1.people")).toMatchObject({
      text: "Many officers feel unprotected.",
      edited: true,
      stale: true,
    });
    // Still stale after a further regeneration with the same figures: only a new edit clears it.
    const again = mergeRegenerated(merged, draftReport(fixture({ aspects }), t));
    expect(byKey(again, "aspect.A1.people")!.stale).toBe(true);
    expect(byKey(applyEdit(again, "aspect.A1.people", "Rewritten.")!, "aspect.A1.people")!.stale).toBe(false);
  });

  it("keeps an edited paragraph whose aspect is no longer drafted", () => {
    const aspects = fixture().aspects.filter((a) => a.code !== "A1");
    const merged = mergeRegenerated(edited, draftReport(fixture({ aspects }), t));
    expect(byKey(merged, "aspect.A1.people")!.text).toBe("Many officers feel unprotected.");
  });

  it("refuses to edit headings and tables", () => {
    expect(applyEdit(first, "part1", "x")).toBeNull();
    expect(applyEdit(first, "basic.participation", "x")).toBeNull();
  });

  it("compares versions paragraph by paragraph", () => {
    const rows = diffVersions(first, edited);
    expect(rows.filter((r) => r.change !== "same")).toEqual([
      {
        change: "changed",
        key: "aspect.A1.people",
        before: "Raised by 24 respondents and seminar participants, 40% of those who raised any problem.",
        after: "Many officers feel unprotected.",
      },
    ]);
  });
});
