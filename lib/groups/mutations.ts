import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { invalid, saved, type FormOutcome } from "@/lib/server-actions/form-outcome";

// Research groups of a campaign: administrators create them, pick members (staff users), one
// lead and the units the group visits. Audited with before and after.

export async function createGroup(actorId: string, input: { campaignId: string; name: string; nameZh: string }): Promise<FormOutcome> {
  const campaign = await db.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true } });
  if (!campaign) throw new NotFoundError();
  try {
    return await db.$transaction(async (tx) => {
      const group = await tx.researchGroup.create({ data: input, select: { id: true } });
      await recordAudit(tx, { actorId, action: "group.create", targetType: "ResearchGroup", targetId: group.id, after: input });
      return saved(group.id);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return invalid("name", "nameTaken");
    throw error;
  }
}

export async function renameGroup(actorId: string, input: { groupId: string; name: string; nameZh: string }): Promise<FormOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.researchGroup.findUnique({ where: { id: input.groupId }, select: { name: true, nameZh: true } });
      if (!before) throw new NotFoundError();
      await tx.researchGroup.update({ where: { id: input.groupId }, data: { name: input.name, nameZh: input.nameZh } });
      await recordAudit(tx, { actorId, action: "group.rename", targetType: "ResearchGroup", targetId: input.groupId, before, after: { name: input.name, nameZh: input.nameZh } });
      return saved(input.groupId);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return invalid("name", "nameTaken");
    throw error;
  }
}

/** Replaces the members; the lead must be one of them and an active research lead or admin. */
export async function setGroupMembers(actorId: string, input: { groupId: string; memberIds: string[]; leadId: string | null }): Promise<FormOutcome> {
  const members = new Set(input.memberIds);
  if (input.leadId) members.add(input.leadId);
  return db.$transaction(async (tx) => {
    const before = await tx.groupMember.findMany({ where: { groupId: input.groupId }, select: { userId: true, isLead: true } });
    if (!(await tx.researchGroup.findUnique({ where: { id: input.groupId }, select: { id: true } }))) throw new NotFoundError();
    const users = await tx.user.findMany({ where: { id: { in: [...members] } }, select: { id: true, role: true, active: true } });
    if (users.length !== members.size || users.some((u) => !u.active)) return invalid("memberIds", "memberUnknown");
    const lead = users.find((u) => u.id === input.leadId);
    if (lead && lead.role === "DEPARTMENT_HEAD") return invalid("leadId", "leadRole");
    await tx.groupMember.deleteMany({ where: { groupId: input.groupId } });
    await tx.groupMember.createMany({ data: [...members].map((userId) => ({ groupId: input.groupId, userId, isLead: userId === input.leadId })) });
    await recordAudit(tx, {
      actorId, action: "group.members", targetType: "ResearchGroup", targetId: input.groupId,
      before: { members: before.map((m) => m.userId).sort(), lead: before.find((m) => m.isLead)?.userId ?? null },
      after: { members: [...members].sort(), lead: input.leadId },
    });
    return saved(input.groupId);
  });
}

/**
 * Replaces the group's units (only units of its campaign). Visits already planned for units that
 * stay are kept; a unit with a held visit cannot be taken away.
 */
export async function setGroupUnits(actorId: string, input: { groupId: string; unitIds: string[] }): Promise<FormOutcome> {
  return db.$transaction(async (tx) => {
    const group = await tx.researchGroup.findUnique({ where: { id: input.groupId }, select: { campaignId: true, units: { select: { unitId: true, heldOn: true } } } });
    if (!group) throw new NotFoundError();
    const wanted = new Set(input.unitIds);
    const inCampaign = await tx.campaignUnit.count({ where: { campaignId: group.campaignId, unitId: { in: [...wanted] } } });
    if (inCampaign !== wanted.size) return invalid("unitIds", "unitNotInCampaign");
    const had = new Set(group.units.map((u) => u.unitId));
    const removed = group.units.filter((u) => !wanted.has(u.unitId));
    if (removed.some((u) => u.heldOn)) return invalid("unitIds", "unitVisited");
    await tx.groupUnit.deleteMany({ where: { groupId: input.groupId, unitId: { in: removed.map((u) => u.unitId) } } });
    await tx.groupUnit.createMany({ data: [...wanted].filter((id) => !had.has(id)).map((unitId) => ({ groupId: input.groupId, unitId })) });
    await recordAudit(tx, { actorId, action: "group.units", targetType: "ResearchGroup", targetId: input.groupId, before: { units: [...had].sort() }, after: { units: [...wanted].sort() } });
    return saved(input.groupId);
  });
}
