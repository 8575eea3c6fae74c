import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

// The visit schedule as the lead's page and the administrators' group page read it. A lead sees
// the groups they belong to in the campaign; an administrator every group.

const scheduleSelect = (userId: string) =>
  ({
    id: true, name: true, nameZh: true,
    campaign: { select: { id: true, startsOn: true, endsOn: true } },
    members: { where: { userId }, select: { isLead: true } },
    units: {
      orderBy: [{ visitOn: { sort: "asc", nulls: "last" } }, { unit: { code: "asc" } }] as Prisma.GroupUnitOrderByWithRelationInput[],
      select: { unitId: true, visitOn: true, visitMethod: true, heldOn: true, unit: { select: { code: true, name: true, nameZh: true } } },
    },
  }) satisfies Prisma.ResearchGroupSelect;

export async function scheduleGroups(user: Pick<CurrentUser, "id" | "role">, campaignId: string) {
  return db.researchGroup.findMany({
    where: user.role === "ADMIN" ? { campaignId } : { campaignId, members: { some: { userId: user.id } } },
    orderBy: { name: "asc" },
    select: scheduleSelect(user.id),
  });
}

export async function groupSchedule(userId: string, groupId: string) {
  return db.researchGroup.findUnique({ where: { id: groupId }, select: scheduleSelect(userId) });
}

/** Sessions logged at these units in the campaign, offered for linking when a visit is marked held. */
export async function linkableSessions(campaignId: string, unitIds: string[]) {
  return db.listeningSession.findMany({
    where: { campaignId, unitId: { in: unitIds } },
    orderBy: { heldOn: "asc" },
    select: { id: true, unitId: true, kind: true, heldOn: true, groupId: true },
  });
}
