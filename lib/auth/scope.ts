import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { chosenCampaign } from "@/lib/campaigns/current";

// What part of the organisation a staff member may see. Every query that reads unit-bound data
// goes through `unitWhere(scope)`; an empty unit list sees nothing, never everything.
export type Scope = { kind: "all" } | { kind: "units"; unitIds: string[] };

/**
 * `campaignId`: the campaign the caller works on (default: the one chosen in the header). A lead's
 * units come from the groups they belong to IN THAT CAMPAIGN only: leading group 1 in one campaign
 * gives nothing in another.
 */
export async function scopeOf(user: Pick<CurrentUser, "id" | "role" | "unitId">, campaignId?: string): Promise<Scope> {
  if (user.role === "ADMIN") return { kind: "all" };
  if (user.role === "DEPARTMENT_HEAD") {
    if (!user.unitId) return { kind: "units", unitIds: [] };
    return { kind: "units", unitIds: await unitSubtree(user.unitId) };
  }
  const campaign = campaignId ?? (await chosenCampaign(user.id))?.id;
  if (!campaign) return { kind: "units", unitIds: [] };
  const rows = await db.groupUnit.findMany({
    where: { group: { campaignId: campaign, members: { some: { userId: user.id } } } },
    select: { unitId: true },
  });
  return { kind: "units", unitIds: [...new Set(rows.map((r) => r.unitId))] };
}

/**
 * The unit and every unit below it. The bureau's head therefore sees everything. Read once per
 * request (React's cache): the dashboard's comparison asks for the same scope again.
 */
export const unitSubtree = cache(async (rootId: string): Promise<string[]> => {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE tree AS (
      SELECT id FROM "Unit" WHERE id = ${rootId}
      UNION ALL
      SELECT u.id FROM "Unit" u JOIN tree t ON u."parentId" = t.id
    )
    SELECT id FROM tree`;
  return rows.map((r) => r.id);
});

export function inScope(scope: Scope, unitId: string | null | undefined): boolean {
  if (scope.kind === "all") return true;
  return !!unitId && scope.unitIds.includes(unitId);
}

/** A Prisma filter on a `unitId` column for the scope. */
export function unitWhere(scope: Scope): { unitId?: { in: string[] } } {
  return scope.kind === "all" ? {} : { unitId: { in: scope.unitIds } };
}
