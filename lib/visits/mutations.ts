import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import { isoDate, todayUtc } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import { invalid, saved, type FormOutcome } from "@/lib/server-actions/form-outcome";
import type { VisitMethodName } from "@/lib/visits/schedule";

// Planning and keeping the visit schedule. Administrators may change any group's visits; a lead
// only those of a group they lead. Out-of-reach visits look exactly like missing ones.

async function visitFor(tx: Tx, user: Pick<CurrentUser, "id" | "role">, groupId: string, unitId: string) {
  const visit = await tx.groupUnit.findUnique({
    where: { groupId_unitId: { groupId, unitId } },
    select: {
      visitOn: true, visitMethod: true, heldOn: true,
      group: { select: { campaignId: true, campaign: { select: { startsOn: true, endsOn: true } }, members: { where: { userId: user.id, isLead: true }, select: { userId: true } } } },
    },
  });
  if (!visit || (user.role !== "ADMIN" && visit.group.members.length === 0)) throw new NotFoundError();
  return visit;
}

const within = (day: Date, c: { startsOn: Date; endsOn: Date }) => day >= c.startsOn && day <= c.endsOn;

/** Plans a visit, or moves it to another day or method. */
export async function planVisit(user: Pick<CurrentUser, "id" | "role">, input: { groupId: string; unitId: string; visitOn: Date; visitMethod: VisitMethodName }): Promise<FormOutcome> {
  return db.$transaction(async (tx) => {
    const visit = await visitFor(tx, user, input.groupId, input.unitId);
    if (!within(input.visitOn, visit.group.campaign)) return invalid("visitOn", "dateOutsideCampaign");
    await tx.groupUnit.update({ where: { groupId_unitId: { groupId: input.groupId, unitId: input.unitId } }, data: { visitOn: input.visitOn, visitMethod: input.visitMethod } });
    await recordAudit(tx, {
      actorId: user.id, action: visit.visitOn ? "visit.move" : "visit.plan", targetType: "GroupUnit", targetId: `${input.groupId}:${input.unitId}`,
      before: { visitOn: isoDate(visit.visitOn), visitMethod: visit.visitMethod },
      after: { visitOn: isoDate(input.visitOn), visitMethod: input.visitMethod },
    });
    return saved(input.unitId);
  });
}

/** Marks a visit held on a day (not in the future) and links the listening sessions logged there. */
export async function markVisitHeld(user: Pick<CurrentUser, "id" | "role">, input: { groupId: string; unitId: string; heldOn: Date; sessionIds: string[] }): Promise<FormOutcome> {
  return db.$transaction(async (tx) => {
    const visit = await visitFor(tx, user, input.groupId, input.unitId);
    if (input.heldOn > todayUtc()) return invalid("heldOn", "heldInFuture");
    if (!within(input.heldOn, visit.group.campaign)) return invalid("heldOn", "dateOutsideCampaign");
    const sessions = await tx.listeningSession.count({ where: { id: { in: input.sessionIds }, campaignId: visit.group.campaignId, unitId: input.unitId } });
    if (sessions !== input.sessionIds.length) return invalid("sessionIds", "sessionUnknown");
    await tx.groupUnit.update({ where: { groupId_unitId: { groupId: input.groupId, unitId: input.unitId } }, data: { heldOn: input.heldOn } });
    if (input.sessionIds.length > 0) await tx.listeningSession.updateMany({ where: { id: { in: input.sessionIds } }, data: { groupId: input.groupId } });
    await recordAudit(tx, {
      actorId: user.id, action: "visit.held", targetType: "GroupUnit", targetId: `${input.groupId}:${input.unitId}`,
      before: { heldOn: isoDate(visit.heldOn) }, after: { heldOn: isoDate(input.heldOn), sessions: input.sessionIds },
    });
    return saved(input.unitId);
  });
}
