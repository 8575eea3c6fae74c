import "server-only";
import { inScope, type Scope } from "@/lib/auth/scope";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { issueBatch } from "@/lib/access-codes/issue";
import { isCampaignUnit } from "@/lib/access-codes/participation";
import { makeSlips, surveyAddress, type Slip } from "@/lib/access-codes/slips";

// What administrators do with codes: issue a batch for a unit (and get its printable slips, the
// only time its codes exist in clear) and open or close a campaign's kiosk link.

export type GeneratedBatch = { unit: { name: string; nameZh: string }; campaign: { name: string; nameZh: string }; address: string; slips: Slip[] };

export async function issueSlips(input: { campaignId: string; unitId: string; size: number; actorId: string; scope: Scope; origin: string }): Promise<GeneratedBatch> {
  const { campaignId, unitId, size, actorId } = input;
  if (!inScope(input.scope, unitId) || !(await isCampaignUnit(campaignId, unitId))) throw new NotFoundError();
  const campaign = await db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { slug: true, name: true, nameZh: true } });
  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { name: true, nameZh: true } });
  const { batchId, codes } = await issueBatch({ campaignId, unitId, size, createdById: actorId });
  // The audit trail names the batch, never its codes.
  await db.auditEvent.create({ data: { actorId, action: "codes.issue", targetType: "AccessCodeBatch", targetId: batchId, details: { unitId, size } } });
  const address = surveyAddress(input.origin, campaign.slug);
  return { unit, campaign: { name: campaign.name, nameZh: campaign.nameZh }, address, slips: await makeSlips(address, codes) };
}

export async function setKiosk(campaignId: string, open: boolean, actorId: string): Promise<void> {
  const { count } = await db.campaign.updateMany({ where: { id: campaignId }, data: { kioskOpen: open } });
  if (count === 0) throw new NotFoundError();
  await db.auditEvent.create({ data: { actorId, action: open ? "campaign.kiosk_open" : "campaign.kiosk_close", targetType: "Campaign", targetId: campaignId } });
}

/** The campaign's code settings for the admin page. */
export async function codeCampaign(campaignId: string) {
  return db.campaign.findUnique({ where: { id: campaignId }, select: { id: true, slug: true, kioskOpen: true } });
}
