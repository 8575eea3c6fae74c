// Every dashboard aggregate against figures worked out by hand on a small fixture
// (lib/dashboards/testing/fixture.ts), read through the functions the pages use, so the
// triggers, the queries and the protection are all under test. Hand calculations are in the
// comments next to each expectation. Filters, scope and drill-down: dashboards-filters.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { loadDashboard } from "@/lib/dashboards/dashboard-data";
import { parseFilters } from "@/lib/dashboards/filters";
import { loadDashboardFixture } from "@/lib/dashboards/testing/fixture";
import { resetDatabase } from "./helpers";

let ids: Record<string, string> = {};
const NOW = new Date(Date.UTC(2026, 3, 9)); // day 2 of the 3-day campaign

beforeAll(async () => {
  await resetDatabase();
  ids = await loadDashboardFixture();
});

const admin = { kind: "all" } as const;
const view = (params: Record<string, string> = {}, scope: Parameters<typeof loadDashboard>[0] = admin) =>
  loadDashboard(scope, parseFilters(params), NOW);
const row = <T extends { unitId: string }>(rows: T[], code: string) => rows.find((r) => r.unitId === ids[code])!;

describe("campaign overview", () => {
  it("counts people reached, sources, days and participation, hiding a small unit and its complement", async () => {
    const d = await view();
    expect(d.status).toEqual({ kind: "ok", respondents: 29 });
    const o = d.overview!;
    expect([o.respondents, o.seminarPeople, o.reached, o.sessions]).toEqual([29, 8, 37, 1]);
    expect(o.sources).toEqual([
      { source: "ONLINE", value: 24 },
      { source: "KIOSK", value: 0 },
      { source: "PAPER", value: 5 },
    ]);
    expect(o.days!.map((x) => x.value)).toEqual([10, 10, 9]);
    expect(o.campaignDay).toEqual({ current: 2, total: 3, finished: false });
    // Branch A's own 3 are hidden; 17 - 8 - 6 would give them away, so Station A1 (8) goes too,
    // in this view and every other (the scope's one protected table).
    expect(d.selection.map((u) => u.name)).toEqual(["Bureau", "Branch A", "Squadron A2", "Station A1", "Detachment B"]);
    expect(row(o.units, "R")).toMatchObject({ own: 0, subtree: 29 });
    expect(row(o.units, "A")).toMatchObject({ own: null, subtree: 17, rate: null });
    expect(row(o.units, "A2")).toMatchObject({ own: 6, rate: 0.5 });
    // A1's own figure is hidden, so is its rate (6 of 10 codes would also leave its 2 paper
    // respondents readable).
    expect(row(o.units, "A1")).toMatchObject({ own: null, codes: 10, rate: null, rateBase: "codes" });
    expect(row(o.units, "B")).toMatchObject({ own: 12, codes: 20, rate: 0.6, rateBase: "codes" });
    expect(row(o.units, "R")).toMatchObject({ codes: null, rate: 0, rateBase: "headcount" });
  });
});

describe("reviewed problems", () => {
  it("counts distinct respondents per category and unit, with the seminar's officers", async () => {
    const c = (await view()).categories!;
    // any: A 3 (hidden) + A1 8 (complement) + B 10 texts + 6 at the seminar = 27.
    expect(c.any).toBe(27);
    expect(row(c.rows, "B")).toMatchObject({ any: 16 });
    expect([row(c.rows, "A").any, row(c.rows, "A1").any, row(c.rows, "A2").any]).toEqual([null, null, 0]);
    const cell = (code: string, category: string) =>
      row(c.rows, code).cells.find((x) => x.category === category)!.value;
    // A1's three respondents with two workload texts each count once: 8, not 11.
    expect([cell("A1", "workload"), cell("B", "workload"), cell("B", "funding")]).toEqual([8, 10, 16]);
    expect([cell("A1", "rights"), cell("A", "equipment")]).toEqual([null, null]);
    const total = (category: string) => c.totals.find((t) => t.category === category)!;
    expect(total("workload")).toEqual({ category: "workload", value: 18, share: 18 / 27 });
    expect(total("funding")).toEqual({ category: "funding", value: 16, share: 16 / 27 });
    // A column total equal to its one hidden cell would give it away.
    expect([total("rights").value, total("equipment").value, total("training").value]).toEqual([null, null, 0]);
  });

  it("ranks aspects by people and severity, and hides small ones", async () => {
    const d = await view();
    const aspect = (code: string) => d.aspects.find((a) => a.code === code)!;
    expect(d.aspects.slice(0, 2).map((a) => a.code)).toEqual(["B1", "B2"]);
    expect(aspect("B1")).toMatchObject({
      people: 18,
      share: 18 / 27,
      severity: null,
      section: "B",
    });
    expect(aspect("B2")).toMatchObject({ people: 6, severity: 3 });
    expect([aspect("A5").people, aspect("B3").people, aspect("G4").people]).toEqual([null, null, 0]);
    expect(d.aspects).toHaveLength(37);
  });

  it("quotes only masked reviewed text, and only where 10 or more people are behind it", async () => {
    const d = await view();
    expect(d.quotes.map((g) => g.aspect)).toEqual(["B1"]); // B2's 6 and A5's 3 are too few
    const quotes = d.quotes[0].quotes;
    expect(quotes).toHaveLength(3);
    for (const q of quotes) expect(q.text).toMatch(/^(A1|B) masked work \d$/);
    expect(JSON.stringify(d)).not.toContain("13912345678");
    expect(JSON.stringify(d)).not.toContain("raw text");
  });
});

describe("numeric and Likert questions", () => {
  it("gives exact quartiles and the norm, hiding small bins and the norm split", async () => {
    const hours = (await view()).numbers.find((n) => n.key === "hours_day")!;
    // 29 answers: 8, 9x5, 10x7, 11x5, 12x8, 13, 14, 16. Q1 rank 7 = 10, median rank 14 = 11, Q3 rank 21 = 12.
    expect(hours).toMatchObject({ n: 29, q1: 10, median: 11, q3: 12, norm: 8, normLabel: "8-hour day" });
    expect(hours.mean).toBeCloseTo(317 / 29, 9);
    // Only one answer is at or under 8 hours, so "28 above the norm" would reveal it.
    expect([hours.aboveNorm, hours.aboveNormShare]).toEqual([null, null]);
    // Bins of 1 hour from 8: 1, 5, 7, 5, 8, 1, 2 (14 and 16 in the open last bin); 1 + 1 + 2 = 4 is
    // still a small group, so a 5 is hidden too (which one follows from the scope's whole table).
    expect(hours.bins.map((b) => b.from)).toEqual([8, 9, 10, 11, 12, 13, 14]);
    expect(hours.bins.map((b) => b.value)).toEqual([null, 5, 7, null, 8, null, null]);
  });

  it("counts Likert answers, hiding the small ones together", async () => {
    const likert = (await view()).likert.find((l) => l.key === "assessment_fair")!;
    expect(likert).toMatchObject({ n: 29, counts: [10, 9, 5, null, null], hidden: 5, aspect: "C3" });
  });
});
