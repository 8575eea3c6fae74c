import "server-only";
import { db } from "@/lib/db/client";
import { unitWhere, type Scope } from "@/lib/auth/scope";
import { isSmall } from "@/lib/dashboards/suppression";

// Participation per unit = codes used / codes issued. Shown only where at least 5 codes were
// issued: below that a rate (or a used count) would say too much about a handful of people.
export const MIN_CODES_FOR_RATE = 5;

export type UnitParticipation = {
  unitId: string;
  code: string;
  name: string;
  nameZh: string;
  issued: number;
  /** null when hidden (see `hidden`). */
  used: number | null;
  rate: number | null;
  /** Why the rate is not shown: too few codes issued, or 1-4 officers used (or did not use) theirs. */
  hidden: "fewIssued" | "small" | null;
};

export function participationOf(
  issued: number,
  used: number,
): { used: number | null; rate: number | null; hidden: UnitParticipation["hidden"] } {
  if (issued < MIN_CODES_FOR_RATE) return { used: null, rate: null, hidden: "fewIssued" };
  // Used codes are online respondents: 1 to 4 of them (or of the rest) are as telling as a
  // dashboard cell of 1 to 4, which the dashboards hide too.
  if (isSmall(used) || isSmall(issued - used)) return { used: null, rate: null, hidden: "small" };
  return { used, rate: used / issued, hidden: null };
}

/** Every campaign unit in scope with its codes issued and, where allowed, used and the rate. */
export async function participationByUnit(campaignId: string, scope: Scope): Promise<UnitParticipation[]> {
  const units = await db.campaignUnit.findMany({
    where: { campaignId, ...unitWhere(scope) },
    select: { unit: { select: { id: true, code: true, name: true, nameZh: true } } },
    orderBy: { unit: { code: "asc" } },
  });
  const counts = await db.$queryRaw<{ unitId: string; issued: number; used: number }[]>`
    SELECT b."unitId", count(c."id")::int AS issued, (count(c."id") FILTER (WHERE c."used"))::int AS used
    FROM "AccessCodeBatch" b JOIN "AccessCode" c ON c."batchId" = b."id"
    WHERE b."campaignId" = ${campaignId}
    GROUP BY b."unitId"`;
  return units.map(({ unit }) => {
    const row = counts.find((c) => c.unitId === unit.id);
    const issued = row?.issued ?? 0;
    return {
      unitId: unit.id,
      code: unit.code,
      name: unit.name,
      nameZh: unit.nameZh,
      issued,
      ...participationOf(issued, row?.used ?? 0),
    };
  });
}

/** The campaign's batches in scope (no codes: those exist in clear only when generated). */
export async function listBatches(campaignId: string, scope: Scope) {
  return db.accessCodeBatch.findMany({
    where: { campaignId, ...unitWhere(scope) },
    orderBy: [{ createdOn: "desc" }, { id: "asc" }],
    select: {
      id: true,
      size: true,
      createdOn: true,
      unit: { select: { code: true, name: true, nameZh: true } },
      createdBy: { select: { name: true } },
    },
  });
}

/** Whether a unit takes part in the campaign (codes are issued only for such units). */
export async function isCampaignUnit(campaignId: string, unitId: string): Promise<boolean> {
  return !!(await db.campaignUnit.findUnique({
    where: { campaignId_unitId: { campaignId, unitId } },
    select: { unitId: true },
  }));
}
