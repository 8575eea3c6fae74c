// Comparing campaigns on the dashboards (lib/dashboards/comparison.ts) on the hand-computable
// fixture (lib/dashboards/testing/fixture.ts), with a few more earlier respondents so that the
// earlier side has a small group: the small-group rules on both sides before any difference, the
// reader's scope on both sides, and no hidden figure recoverable from a difference.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { scopeOf } from "@/lib/auth/scope";
import { loadComparison, type ComparisonData } from "@/lib/dashboards/comparison";
import { shareOf } from "@/lib/dashboards/comparison-figures";
import { parseFilters } from "@/lib/dashboards/filters";
import { loadDashboard } from "@/lib/dashboards/dashboard-data";
import { loadDashboardFixture } from "@/lib/dashboards/testing/fixture";
import type { DashboardData } from "@/lib/dashboards/types";
import { resetDatabase } from "./helpers";

let ids: Record<string, string> = {};
type Reader = { id: string; role: "ADMIN" | "DEPARTMENT_HEAD" | "RESEARCH_LEAD"; unitId: string | null };
let admin: Reader;
let detachmentHead: Reader;
let lead: Reader;

async function campaignWithQuestion(slug: string, startsOn: Date, aspectCode: string) {
  const campaign = await db.campaign.create({
    data: { slug, name: slug, nameZh: slug, startsOn, endsOn: startsOn, status: "CLOSED" },
    select: { id: true },
  });
  await db.questionnaireVersion.create({
    data: {
      questionnaire: { create: { campaignId: campaign.id, title: "Q" } },
      version: 1,
      status: "PUBLISHED",
      title: "Q",
      sections: { create: { order: 0, title: "S", questions: { create: { order: 0, key: "t", type: "TEXT", prompt: "t", aspectCode } } } },
    },
  });
  return campaign.id;
}

beforeAll(async () => {
  await resetDatabase();
  ids = await loadDashboardFixture();
  // The earlier campaign ("Before") gets 3 respondents at Squadron A2 with reviewed B1 texts (a
  // small group), and an hours question (aspect A2) that all its 19 respondents answer with 12.
  const version = await db.questionnaireVersion.findFirstOrThrow({
    where: { questionnaire: { campaignId: ids.previous } },
    select: { id: true, sections: { select: { id: true } } },
  });
  const work = await db.question.findFirstOrThrow({ where: { sectionId: version.sections[0].id, key: "work_text" } });
  for (let i = 0; i < 3; i++) {
    const responseId = randomUUID();
    await db.response.create({
      data: { id: responseId, campaignId: ids.previous, versionId: version.id, unitId: ids.A2, source: "ONLINE", submittedOn: new Date(Date.UTC(2026, 0, 10)) },
    });
    const answerId = randomUUID();
    await db.answer.create({ data: { id: answerId, responseId, questionId: work.id, textValue: `old A2 ${i}` } });
    await db.evidenceItem.create({
      data: {
        campaignId: ids.previous, unitId: ids.A2, kind: "ANSWER", answerId, text: `old A2 ${i}`,
        status: "ACCEPTED", categories: ["workload"], aspectCode: "B1", maskedText: `old A2 ${i}`,
      },
    });
  }
  const hours = await db.question.create({
    data: { sectionId: version.sections[0].id, order: 9, key: "hours_day", type: "NUMBER", prompt: "hours_day", aspectCode: "A2", minValue: 0, maxValue: 24 },
    select: { id: true },
  });
  const earlierResponses = await db.response.findMany({ where: { campaignId: ids.previous }, select: { id: true } });
  await db.answer.createMany({ data: earlierResponses.map((r) => ({ responseId: r.id, questionId: hours.id, numberValue: 12 })) });
  // An older campaign on B1 (compared only when picked) and a more recent one sharing no aspect.
  ids.older = await campaignWithQuestion("older", new Date(Date.UTC(2025, 5, 1)), "B1");
  ids.unrelated = await campaignWithQuestion("unrelated", new Date(Date.UTC(2026, 1, 1)), "G1");

  admin = await db.user.create({ data: { email: "admin@x", name: "A", passwordHash: "-", role: "ADMIN" }, select: { id: true, role: true, unitId: true } }) as Reader;
  detachmentHead = await db.user.create({
    data: { email: "head@x", name: "H", passwordHash: "-", role: "DEPARTMENT_HEAD", unitId: ids.B },
    select: { id: true, role: true, unitId: true },
  }) as Reader;
  lead = { id: ids.lead, role: "RESEARCH_LEAD", unitId: null };
});

/** What the dashboards page does: the current campaign's dashboard, then its comparison. */
async function compare(reader: Reader, params: Record<string, string> = {}, campaign = ids.campaign) {
  const filters = { ...parseFilters(params), campaign };
  const current = await loadDashboard(await scopeOf(reader, campaign), filters);
  const comparison = await loadComparison(reader, current, params.compare ?? null);
  return { current, comparison: comparison! };
}

/** The earlier campaign's own dashboard for the same reader and filters. */
async function earlierDashboard(reader: Reader, params: Record<string, string> = {}, campaign = ids.previous) {
  return loadDashboard(await scopeOf(reader, campaign), { ...parseFilters(params), campaign });
}

function figures(c: ComparisonData) {
  if (c.status.kind !== "ok") throw new Error(`comparison ${c.status.kind}`);
  return c.status.figures;
}

const aspectOf = (d: DashboardData, code: string) => d.aspects.find((a) => a.code === code)!;

/** Every number in what the page receives. */
function numbersIn(value: unknown): number[] {
  const found: number[] = [];
  JSON.stringify(value, (_, v: unknown) => {
    if (typeof v === "number") found.push(v);
    return v;
  });
  return found;
}

describe("picking the earlier campaign", () => {
  it("offers earlier campaigns sharing aspects, most recent first, and picks the most recent by default", async () => {
    const { comparison } = await compare(admin);
    // "unrelated" (February) shares no aspect; "Before" (January) and "older" (last June) share B1.
    expect(comparison.candidates.map((c) => c.id)).toEqual([ids.previous, ids.older]);
    expect(comparison.earlier?.id).toBe(ids.previous);
    // Before: work_text B1, rights_text A5, hours A2 (questions) and B1 (reviewed texts).
    expect(comparison.candidates[0].aspects).toBe(3);
    expect((await compare(admin, { compare: ids.older })).comparison.earlier?.id).toBe(ids.older);
    expect((await compare(admin, { compare: "none" })).comparison.status).toEqual({ kind: "off" });
    // A campaign that is not an earlier one with shared aspects falls back to the default.
    expect((await compare(admin, { compare: ids.unrelated })).comparison.earlier?.id).toBe(ids.previous);
  });

  it("offers nothing to the earliest campaign", async () => {
    const { comparison } = await compare(admin, {}, ids.older);
    expect(comparison).toBeNull();
  });
});

describe("the change per aspect, category and question", () => {
  it("compares shares of the people heard and means, from what each dashboard publishes", async () => {
    const { current, comparison } = await compare(admin);
    const earlier = await earlierDashboard(admin);
    const f = figures(comparison);
    // Heard: now 29 respondents + 8 at the seminar; before 16 + 3 respondents, no seminar.
    expect(f.heard).toEqual({ current: 37, earlier: 19 });
    // Only the aspects both use, in code order: A2 (hours), A5 (texts), B1.
    expect(f.aspects.map((a) => a.key)).toEqual(["A2", "A5", "B1"]);
    const b1 = f.aspects.find((a) => a.key === "B1")!;
    // Now 18 of 37 raised B1. Before, 5 at B and 3 at A2 = 8 of 19, but the 3 are a small group
    // and every unit type here has one unit, so the earlier dashboard hides the total too: no change.
    expect(aspectOf(earlier, "B1").people).toBeNull();
    expect(b1).toMatchObject({ people: { current: 18, earlier: null }, earlier: null, change: null, why: "earlierHidden" });
    expect(b1.current).toBeCloseTo(18 / 37);
    // A5: 3 now (hidden), nobody before: no change, and the reason says which side.
    expect(f.aspects.find((a) => a.key === "A5")).toMatchObject({ current: null, earlier: 0, change: null, why: "currentHidden" });
    // Funding: 10 texts at B and the seminar's 6 now, nobody before: a change, from the two dashboards.
    const funding = f.categories.find((c) => c.key === "funding")!;
    expect(current.categories!.totals.find((c) => c.category === "funding")!.value).toBe(16);
    expect(earlier.categories!.totals.find((c) => c.category === "funding")!.value).toBe(0);
    expect(funding).toMatchObject({ earlier: 0, why: null });
    expect(funding.change).toBeCloseTo(16 / 37);
    // Nothing the page receives gives the hidden 8 of 19 away, alone or from the published side.
    for (const v of numbersIn(comparison)) {
      expect(Math.abs(v - 8 / 19)).toBeGreaterThan(1e-9);
      expect(Math.abs(v - (18 / 37 - 8 / 19))).toBeGreaterThan(1e-9);
    }
    // The hours question (A2) was asked in both: mean now from the dashboard, 12 before.
    const hours = f.means.find((m) => m.key === "hours_day")!;
    const nowMean = current.numbers.find((n) => n.key === "hours_day")!.mean!;
    expect(hours).toMatchObject({ aspect: "A2", kind: "number", earlier: 12 });
    expect(hours.change).toBeCloseTo(nowMean - 12);
    // The Likert question is on C3, which the earlier campaign does not use: not compared.
    expect(f.means.map((m) => m.key)).toEqual(["hours_day"]);
  });
});

describe("small groups on both sides before the difference", () => {
  it("shows no change where the earlier side is a small group, and nothing recovers it", async () => {
    // Branch A with the units under it: before, 3 people at A2 raised B1 (hidden); now 8 at A1.
    const params = { unit: ids.A };
    const { current, comparison } = await compare(admin, params);
    const earlier = await earlierDashboard(admin, params);
    const f = figures(comparison);
    expect(aspectOf(earlier, "B1").people).toBeNull();
    const b1 = f.aspects.find((a) => a.key === "B1")!;
    expect(b1).toMatchObject({ earlier: null, change: null, why: "earlierHidden", people: { earlier: null } });
    expect(b1.current).toBe(shareOf(aspectOf(current, "B1").people, f.heard.current));
    // The hidden share is 3 of the 9 heard at Branch A before: neither it, nor its difference
    // from the published side, nor the 3 itself appears anywhere in what the page receives.
    expect(f.heard.earlier).toBe(9);
    const hiddenShare = 3 / 9;
    for (const v of numbersIn(comparison)) {
      expect(Math.abs(v - hiddenShare)).toBeGreaterThan(1e-9);
      if (b1.current !== null) expect(Math.abs(v - (b1.current - hiddenShare))).toBeGreaterThan(1e-9);
    }
    // Every change shown is the difference of two figures the two dashboards publish anyway.
    for (const row of [...f.aspects, ...f.categories]) {
      if (row.change === null) continue;
      expect(row.current).not.toBeNull();
      expect(row.earlier).not.toBeNull();
    }
    for (const a of f.aspects) expect(a.people.earlier).toBe(aspectOf(earlier, a.key).people);
  });

  it("refuses the whole comparison when the earlier side has 1-4 respondents", async () => {
    // Squadron A2: 6 respondents now, 3 before.
    const { comparison } = await compare(admin, { unit: ids.A2 });
    expect(comparison.status).toEqual({ kind: "refused", reason: "small" });
  });
});

describe("scope on both sides", () => {
  it("gives a department head their subtree in both campaigns", async () => {
    const { comparison } = await compare(detachmentHead);
    const earlier = await earlierDashboard(detachmentHead);
    const f = figures(comparison);
    // Detachment B alone: now 12 respondents and the seminar's 8; before 10 (not the bureau's 19).
    expect(f.heard).toEqual({ current: 20, earlier: 10 });
    expect(f.heard.earlier).toBe(earlier.overview!.reached);
    // B1 at B: 10 now, 5 before, both published in this head's scope: 10/20 - 5/10 = 0.
    expect(f.aspects.find((a) => a.key === "B1")).toMatchObject({ people: { current: 10, earlier: 5 }, change: 0, why: null });
    // Branch A is outside their scope on both sides.
    const outside = await compare(detachmentHead, { unit: ids.A });
    expect(outside.current.status).toEqual({ kind: "refused", reason: "outOfScope" });
    expect(outside.comparison).toBeNull();
  });

  it("gives a research lead nothing from a campaign where they lead no group", async () => {
    const { current, comparison } = await compare(lead);
    expect(current.status.kind).toBe("ok");
    expect(comparison.status).toEqual({ kind: "refused", reason: "differentUnits" });
    expect(JSON.stringify(comparison)).not.toMatch(/"(current|earlier)":\d/);
  });
});

describe("the earlier side's lighter load", () => {
  it("gives the same figures as the earlier campaign's own dashboard, for every reader and filter", async () => {
    // loadComparison loads the earlier side without the figures a comparison never shows
    // (choices, sources, days, codes, quotes); what it compares must be the page's own figures.
    const compared = (d: DashboardData) => ({
      status: d.status,
      selection: d.selection,
      reached: d.overview?.reached ?? null,
      categories: d.categories,
      aspects: d.aspects,
      numbers: d.numbers,
      likert: d.likert,
    });
    let checked = 0;
    for (const reader of [admin, detachmentHead, lead])
      for (const params of [{}, { unit: ids.A2 }, { unit: ids.B }, { role: "officer" }, { service: "0_5" }, { unitType: "STATION" }]) {
        const scope = await scopeOf(reader, ids.previous);
        const filters = { ...parseFilters(params), campaign: ids.previous, compare: null };
        const page = await loadDashboard(scope, filters);
        const light = await loadDashboard(scope, filters, undefined, "comparison");
        expect(compared(light)).toEqual(compared(page));
        expect(light.choices).toEqual([]);
        checked++;
      }
    expect(checked).toBe(18);
  });
});
