import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { scopeOf, unitSubtree } from "@/lib/auth/scope";
import { seedDemo } from "@/lib/demo/seed";
import { installDefaultTaxonomy } from "@/lib/taxonomy/install";
import { currentCampaign } from "@/lib/campaigns/queries";
import { overviewCounts } from "@/lib/overview/queries";
import { getUnit, listUnits } from "@/lib/units/queries";
import { listSessions } from "@/lib/seminars/queries";
import { resetDatabase, unitIdByCode, userByEmail } from "./helpers";

beforeAll(async () => {
  await resetDatabase();
  await installDefaultTaxonomy(db);
  expect(await seedDemo(db)).toBe(true);
});

describe("scoping of queries by role", () => {
  it("gives admins every unit", async () => {
    const scope = await scopeOf(await userByEmail("admin@demo.local"));
    expect(scope).toEqual({ kind: "all" });
    expect(await listUnits(scope)).toHaveLength(22);
  });

  it("gives a research lead exactly the group's 7 units", async () => {
    const scope = await scopeOf(await userByEmail("lead@demo.local"));
    const units = await listUnits(scope);
    expect(units.map((u) => u.code).sort()).toEqual(["BR-KC", "BR-NG", "DT-PT", "OF-CC", "PS-DQ", "PS-MK", "SQ-NG"]);
    expect(await getUnit(scope, await unitIdByCode("PS-MK"))).not.toBeNull();
    expect(await getUnit(scope, await unitIdByCode("PS-XM"))).toBeNull();
  });

  it("gives a branch head the branch and the units under it", async () => {
    const scope = await scopeOf(await userByEmail("branchhead@demo.local"));
    expect((await listUnits(scope)).map((u) => u.code).sort()).toEqual(["BR-NG", "PS-MK", "SQ-NG"]);
  });

  it("gives the Political Department's head, placed at the bureau, the whole tree", async () => {
    const scope = await scopeOf(await userByEmail("head@demo.local"));
    expect(scope.kind).toBe("units");
    expect(await listUnits(scope)).toHaveLength(22);
  });

  it("gives a head without a unit nothing rather than everything", async () => {
    const user = await userByEmail("head@demo.local");
    const scope = await scopeOf({ ...user, unitId: null });
    expect(scope).toEqual({ kind: "units", unitIds: [] });
    expect(await listUnits(scope)).toHaveLength(0);
  });

  it("counts only in-scope responses and sessions", async () => {
    const campaign = (await currentCampaign())!;
    const all = await overviewCounts({ kind: "all" }, campaign.id);
    const lead = await overviewCounts(await scopeOf(await userByEmail("lead@demo.local")), campaign.id);
    const groupUnits = await db.groupUnit.findMany({ where: { group: { name: "Group 1" } }, select: { unitId: true } });
    const expected = await db.response.count({ where: { unitId: { in: groupUnits.map((g) => g.unitId) } } });
    expect(all.responses).toBe(320);
    expect(lead.responses).toBe(expected);
    expect(lead.responses).toBeLessThan(all.responses!);
    const sessions = await listSessions(await scopeOf(await userByEmail("lead@demo.local")), campaign.id);
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((s) => ["Minkang Road Police Station", "Nanguan Sub-bureau", "East Bridge Police Station", "Nanguan Criminal-Police Squadron", "Patrol Detachment"].includes(s.unit.name))).toBe(true);
  });

  it("gives a lead nothing in another campaign: leading group 1 in one campaign is not leading in another", async () => {
    const lead = await userByEmail("lead@demo.local");
    const campaign = (await currentCampaign())!;
    const other = await db.campaign.create({
      data: { slug: "next-year", name: "Next year", nameZh: "明年", startsOn: campaign.startsOn, endsOn: campaign.endsOn, status: "ACTIVE" },
      select: { id: true },
    });
    try {
      expect(await scopeOf(lead, other.id)).toEqual({ kind: "units", unitIds: [] });
      expect((await listUnits(await scopeOf(lead, campaign.id))).length).toBe(7);
    } finally {
      await db.campaign.delete({ where: { id: other.id } });
    }
  });

  it("walks the unit tree", async () => {
    const subtree = await unitSubtree(await unitIdByCode("BR-ED"));
    expect(subtree.sort()).toEqual([await unitIdByCode("BR-ED"), await unitIdByCode("PS-AP"), await unitIdByCode("PS-JL")].sort());
  });

  it("refuses an undefined filter instead of widening the query (strictUndefinedChecks)", async () => {
    await expect(db.unit.findMany({ where: { id: undefined } })).rejects.toThrow();
  });
});
