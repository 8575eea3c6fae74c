import "server-only";
import { recordChange } from "@/lib/audit/record";
import { canMove, type CampaignStatusName } from "@/lib/campaigns/lifecycle";
import { copyGroups, copyQuestionnaireVersion, latestVersionOf } from "@/lib/campaigns/copy";
import type { CreateCampaignInput, UpdateCampaignInput } from "@/lib/campaigns/schemas";
import { db } from "@/lib/db/client";
import { invalid, saved, type FormOutcome } from "@/lib/server-actions/form-outcome";
import type { Tx } from "@/lib/db/types";
import { isoDate } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import { subtreeIds } from "@/lib/units/tree";

// Administrators' changes to campaigns. Every change is audited with the values before and after.


/** Units picked one by one plus whole subtrees, without retired units (hidden from new campaigns). */
async function pickedUnits(tx: Tx, input: { unitIds: string[]; subtreeIds: string[] }, keep: ReadonlySet<string> = new Set()) {
  const units = await tx.unit.findMany({ select: { id: true, parentId: true, retired: true } });
  const live = new Set(units.filter((u) => !u.retired).map((u) => u.id));
  const known = new Set(units.map((u) => u.id));
  const picked = new Set<string>();
  for (const id of input.unitIds) if (!known.has(id)) return null;
  for (const id of input.subtreeIds) {
    if (!known.has(id)) return null;
    for (const below of subtreeIds(units, id)) if (live.has(below)) picked.add(below);
  }
  // A retired unit already in the campaign may stay (history); it cannot be newly added.
  for (const id of input.unitIds) if (live.has(id) || keep.has(id)) picked.add(id);
  return picked;
}

async function slugTaken(tx: Tx, slug: string, exceptId?: string) {
  const row = await tx.campaign.findUnique({ where: { slug }, select: { id: true } });
  return !!row && row.id !== exceptId;
}

export async function createCampaign(actorId: string, input: CreateCampaignInput): Promise<FormOutcome> {
  return db.$transaction(async (tx): Promise<FormOutcome> => {
    if (await slugTaken(tx, input.slug)) return invalid("slug", "slugTaken");
    const picked = await pickedUnits(tx, input);
    if (!picked) return invalid("unitIds", "unitUnknown");
    let source: { id: string } | null = null;
    if (input.copyFromId) {
      source = await tx.campaign.findUnique({ where: { id: input.copyFromId }, select: { id: true } });
      if (!source) return invalid("copyFromId", "campaignUnknown");
      const earlier = await tx.campaignUnit.findMany({ where: { campaignId: source.id, unit: { retired: false } }, select: { unitId: true } });
      for (const u of earlier) picked.add(u.unitId);
    }
    const campaign = await tx.campaign.create({
      data: {
        slug: input.slug, name: input.name, nameZh: input.nameZh, startsOn: input.startsOn, endsOn: input.endsOn, status: "DRAFT",
        units: { create: [...picked].map((unitId) => ({ unitId })) },
      },
      select: { id: true },
    });
    const versionToCopy = input.questionnaireVersionId ?? (source ? await latestVersionOf(tx, source.id) : null);
    const copiedVersion = versionToCopy ? await copyQuestionnaireVersion(tx, versionToCopy, campaign.id) : null;
    const groups = source ? await copyGroups(tx, source.id, campaign.id, picked) : 0;
    await recordChange(tx, {
      actorId, action: source ? "campaign.copy" : "campaign.create", targetType: "Campaign", targetId: campaign.id,
      after: { slug: input.slug, name: input.name, nameZh: input.nameZh, startsOn: isoDate(input.startsOn), endsOn: isoDate(input.endsOn), units: picked.size, copiedFrom: source?.id ?? null, questionnaireFrom: versionToCopy, copiedVersion, groups },
    });
    return saved(campaign.id);
  }, { timeout: 30_000, maxWait: 10_000 });
}

export async function updateCampaign(actorId: string, input: UpdateCampaignInput): Promise<FormOutcome> {
  const outcome = await db.$transaction(async (tx): Promise<FormOutcome> => {
    const before = await tx.campaign.findUnique({
      where: { id: input.id },
      select: { slug: true, name: true, nameZh: true, startsOn: true, endsOn: true, units: { select: { unitId: true } } },
    });
    if (!before) throw new NotFoundError();
    if (await slugTaken(tx, input.slug, input.id)) return invalid("slug", "slugTaken");
    const had = new Set(before.units.map((u) => u.unitId));
    const picked = await pickedUnits(tx, input, had);
    if (!picked) return invalid("unitIds", "unitUnknown");
    const dropped = [...had].filter((id) => !picked.has(id));
    // A unit a research group is assigned to stays until the group lets it go.
    const assigned = await tx.groupUnit.count({ where: { unitId: { in: dropped }, group: { campaignId: input.id } } });
    if (assigned > 0) return invalid("unitIds", "unitInGroup");
    await tx.campaign.update({ where: { id: input.id }, data: { slug: input.slug, name: input.name, nameZh: input.nameZh, startsOn: input.startsOn, endsOn: input.endsOn } });
    await tx.campaignUnit.deleteMany({ where: { campaignId: input.id, unitId: { in: dropped } } });
    await tx.campaignUnit.createMany({ data: [...picked].filter((id) => !had.has(id)).map((unitId) => ({ campaignId: input.id, unitId })) });
    await recordChange(tx, {
      actorId, action: "campaign.update", targetType: "Campaign", targetId: input.id,
      before: { slug: before.slug, name: before.name, nameZh: before.nameZh, startsOn: isoDate(before.startsOn), endsOn: isoDate(before.endsOn), units: [...had].sort() },
      after: { slug: input.slug, name: input.name, nameZh: input.nameZh, startsOn: isoDate(input.startsOn), endsOn: isoDate(input.endsOn), units: [...picked].sort() },
    });
    return saved(input.id);
  });
  return outcome;
}

export async function setCampaignStatus(actorId: string, id: string, status: CampaignStatusName): Promise<FormOutcome> {
  const outcome = await db.$transaction(async (tx): Promise<FormOutcome> => {
    const rows = await tx.$queryRaw<{ status: CampaignStatusName }[]>`SELECT status::text AS status FROM "Campaign" WHERE id = ${id} FOR UPDATE`;
    if (rows.length === 0) throw new NotFoundError();
    const from = rows[0].status;
    if (!canMove(from, status)) return invalid("status", "transitionRefused");
    await tx.campaign.update({ where: { id }, data: { status } });
    await recordChange(tx, { actorId, action: "campaign.status", targetType: "Campaign", targetId: id, before: { status: from }, after: { status } });
    return saved(id);
  });
  // This instance forgets at once; others within the survey cache's few seconds.
  return outcome;
}

/** The header's switcher: which campaign this user's staff pages show. */
export async function chooseCampaign(userId: string, campaignId: string, mayChooseDrafts: boolean): Promise<void> {
  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: { status: true } });
  if (!campaign || (campaign.status === "DRAFT" && !mayChooseDrafts)) throw new NotFoundError();
  await db.user.update({ where: { id: userId }, data: { currentCampaignId: campaignId } });
}
