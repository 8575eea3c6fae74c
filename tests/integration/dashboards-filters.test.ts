// Filters, scopes and drill-down on the hand-computed fixture (lib/dashboards/testing/fixture.ts);
// the unfiltered figures are in dashboards.test.ts.
import { scopeOf } from "@/lib/auth/scope";
import { loadEvidence } from "@/lib/dashboards/evidence";
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

describe("filters", () => {
  it("follows role level into every figure, seminar participants included", async () => {
    const d = await view({ role: "officer" });
    expect(d.status).toEqual({ kind: "ok", respondents: 20 });
    // 6 of the seminar's 8 are officers; showing 6 would give the 2 leaders away (8 - 6).
    expect(d.overview!.seminarPeople).toBeNull();
    // Officers' hours: 8, 9x5, 10x7, 11x4, 12x2, 16: median 10, Q1 9, Q3 11.
    expect(d.numbers.find((n) => n.key === "hours_day")).toMatchObject({ n: 20, q1: 9, median: 10, q3: 11 });
    // Seminar findings have no profile: left out. Officers raising funding (8) and workload (14) are
    // hidden: next to the unfiltered totals they would give away the few leaders (and the seminar's
    // officers) who raised them.
    expect(d.categories!.totals.find((t) => t.category === "funding")!.value).toBeNull();
    expect(d.categories!.totals.find((t) => t.category === "workload")!.value).toBeNull();
    expect(d.overview!.units.every((u) => u.rate === null)).toBe(true);
    // Profile filters apply to the whole scope: no unit's own figure is shown under them.
    expect(d.overview!.units.every((u) => u.own === null || u.own === 0)).toBe(true);
  });

  it("narrows to a unit type and to a unit's subtree, with the figures of the one protected table", async () => {
    const stations = await view({ unitType: "STATION" });
    expect(stations.selection.map((u) => u.name)).toEqual(["Station A1"]);
    // Station A1's 8 is the complement of Branch A's own 3 (17 = 3 + 8 + 6) in every view, so the
    // station-only view cannot show it either.
    expect(stations.status).toEqual({ kind: "ok", respondents: null });
    const branch = await view({ unit: ids.A });
    expect(branch.overview!.units.map((u) => [u.own, u.subtree])).toEqual([
      [null, 17],
      [6, undefined],
      [null, undefined],
    ]);
  });

  it("refuses a profile filter with a unit filter, and views of 1-4 respondents", async () => {
    expect((await view({ unit: ids.A1, role: "leader" })).status).toEqual({ kind: "refused", reason: "combined" });
    expect((await view({ unitType: "STATION", role: "officer" })).status).toEqual({
      kind: "refused",
      reason: "combined",
    });
    expect((await view({ role: "officer", service: "0_5" })).status).toEqual({ kind: "refused", reason: "combined" });
    expect((await view({ unitType: "BRANCH" })).status).toEqual({ kind: "refused", reason: "small" });
    const refused = await view({ unitType: "BRANCH" });
    expect([refused.overview, refused.categories, refused.numbers, refused.quotes]).toEqual([null, null, [], []]);
  });
});

describe("scope", () => {
  it("shows a research lead only the group's units", async () => {
    const scope = await scopeOf({ id: ids.lead, role: "RESEARCH_LEAD", unitId: null });
    const d = await view({}, scope);
    expect(d.status).toEqual({ kind: "ok", respondents: 20 });
    expect(d.options.units.map((u) => u.name).sort()).toEqual(["Detachment B", "Station A1"]);
    expect(d.overview!.units.map((u) => u.unitId).sort()).toEqual([ids.A1, ids.B].sort());
    expect((await view({ unit: ids.A2 }, scope)).status).toEqual({ kind: "refused", reason: "outOfScope" });
  });
});

describe("drill-down", () => {
  const drill = (
    params: Record<string, string>,
    target: Parameters<typeof loadEvidence>[2],
    scope: Parameters<typeof loadEvidence>[0] = admin,
  ) => loadEvidence(scope, parseFilters(params), target);

  it("lists the masked evidence behind a heatmap cell", async () => {
    const e = await drill({}, { kind: "cell", unitId: ids.B, category: "funding" });
    expect([e.status.kind, e.figure, e.total, e.unmasked]).toEqual(["ok", 16, 11, 0]);
    expect(e.items.map((i) => i.text).sort()).toEqual(
      ["No money for fuel", ...Array.from({ length: 10 }, (_, i) => `B masked work ${i}`)].sort(),
    );
    expect(e.items.every((i) => i.unitId === ids.B)).toBe(true);
  });

  it("withholds unmasked text and refuses small or hidden figures", async () => {
    const b1 = await drill({}, { kind: "aspect", aspect: "B1" });
    // One text still waits to be masked; a count of 1 to 4 people is itself hidden (shown as 0).
    expect([b1.figure, b1.total, b1.unmasked, b1.items.length]).toEqual([18, 18, 0, 17]);
    expect(JSON.stringify(b1)).not.toContain("13912345678");
    // Across units, no text is tied to its unit (A1's 8 would be a small group of its own).
    expect(b1.items.every((i) => i.unitId === null)).toBe(true);
    expect((await drill({}, { kind: "cell", unitId: ids.A1, category: "workload" })).status).toEqual({
      kind: "refused",
      reason: "few",
    });
    // A1's 8 is hidden in the heatmap as a complement: its list would give the number away.
    expect((await drill({}, { kind: "unit", unitId: ids.A1 })).status).toEqual({ kind: "refused", reason: "hidden" });
    const scope = await scopeOf({ id: ids.lead, role: "RESEARCH_LEAD", unitId: null });
    expect((await drill({}, { kind: "cell", unitId: ids.A2, category: "funding" }, scope)).status).toEqual({
      kind: "refused",
      reason: "outOfScope",
    });
  });
});
