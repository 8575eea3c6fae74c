import "server-only";
import { acceptsSubmissions } from "@/lib/campaigns/lifecycle";
import { db } from "@/lib/db/client";
import { todayUtc } from "@/lib/dates";
import { DomainError } from "@/lib/errors";

/** Staff entry paths (paper sheets, imports, code batches) call this before writing anything. */
export async function requireCampaignAccepting(campaignId: string): Promise<void> {
  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: { status: true, startsOn: true, endsOn: true } });
  if (!campaign || !acceptsSubmissions(campaign, todayUtc())) throw new DomainError("campaign_closed");
}
