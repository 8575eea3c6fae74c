import "server-only";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";

// What part of the organisation a staff member may see. Every query that reads unit-bound data
// goes through `unitWhere(scope)`; an empty unit list sees nothing, never everything.
export type Scope = { kind: "all" } | { kind: "units"; unitIds: string[] };

export async function scopeOf(user: Pick<CurrentUser, "id" | "role" | "unitId">): Promise<Scope> {
  if (user.role === "ADMIN") return { kind: "all" };
  if (user.role === "DEPARTMENT_HEAD") {
    if (!user.unitId) return { kind: "units", unitIds: [] };
    return { kind: "units", unitIds: await unitSubtree(user.unitId) };
  }
  // Only groups of campaigns still under way: a lead who visited a unit in an earlier campaign
  // does not keep it. (Two campaigns running at once still share one scope.)
  const rows = await db.groupUnit.findMany({
    where: { group: { members: { some: { userId: user.id } }, campaign: { status: { not: "CLOSED" } } } },
    select: { unitId: true },
  });
  return { kind: "units", unitIds: [...new Set(rows.map((r) => r.unitId))] };
}

/** The unit and every unit below it. The bureau's head therefore sees everything. */
export async function unitSubtree(rootId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE tree AS (
      SELECT id FROM "Unit" WHERE id = ${rootId}
      UNION ALL
      SELECT u.id FROM "Unit" u JOIN tree t ON u."parentId" = t.id
    )
    SELECT id FROM tree`;
  return rows.map((r) => r.id);
}

export function inScope(scope: Scope, unitId: string | null | undefined): boolean {
  if (scope.kind === "all") return true;
  return !!unitId && scope.unitIds.includes(unitId);
}

/** A Prisma filter on a `unitId` column for the scope. */
export function unitWhere(scope: Scope): { unitId?: { in: string[] } } {
  return scope.kind === "all" ? {} : { unitId: { in: scope.unitIds } };
}
