import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

// The kiosk link: while it is open, the campaign's survey takes answers without an access code
// (they count for no unit, source KIOSK).

export async function setKiosk(campaignId: string, open: boolean, actorId: string): Promise<void> {
  const { count } = await db.campaign.updateMany({ where: { id: campaignId }, data: { kioskOpen: open } });
  if (count === 0) throw new NotFoundError();
  await db.auditEvent.create({ data: { actorId, action: open ? "campaign.kiosk_open" : "campaign.kiosk_close", targetType: "Campaign", targetId: campaignId } });
}

/** The campaign's code settings for the admin page. */
export async function codeCampaign(campaignId: string) {
  return db.campaign.findUnique({ where: { id: campaignId }, select: { id: true, slug: true, kioskOpen: true } });
}
