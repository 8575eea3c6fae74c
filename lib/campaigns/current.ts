import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

// Which campaign a staff member works on: the one picked in the header's switcher (stored on the
// user, so it follows them to another browser), else the default one.

const campaignSummarySelect = { id: true, slug: true, name: true, nameZh: true, startsOn: true, endsOn: true, status: true } as const;

/** The default campaign: the latest open one, else the latest that is not archived, else any. */
async function defaultCampaign() {
  const select = campaignSummarySelect;
  return (
    (await db.campaign.findFirst({ where: { status: "ACTIVE" }, orderBy: [{ startsOn: "desc" }, { slug: "asc" }], select })) ??
    (await db.campaign.findFirst({ where: { status: { not: "ARCHIVED" } }, orderBy: [{ startsOn: "desc" }, { slug: "asc" }], select })) ??
    (await db.campaign.findFirst({ orderBy: [{ startsOn: "desc" }, { slug: "asc" }], select }))
  );
}

/** The campaign the user chose, or the default one; null only when there is no campaign at all. */
export const chosenCampaign = cache(async (userId: string | null) => {
  if (userId) {
    const user = await db.user.findUnique({ where: { id: userId }, select: { currentCampaign: { select: campaignSummarySelect } } });
    if (user?.currentCampaign) return user.currentCampaign;
  }
  return defaultCampaign();
});
