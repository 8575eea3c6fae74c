import "server-only";
import { chosenCampaign } from "@/lib/campaigns/current";
import { db } from "@/lib/db/client";

/**
 * The campaign staff pages work on: the one the user picked in the header's switcher, else the
 * latest open one, else the latest. Without a user (scripts, tests) the default one.
 */
export async function currentCampaign(user?: { id: string } | null) {
  return chosenCampaign(user?.id ?? null);
}

export type CampaignSummary = Awaited<ReturnType<typeof currentCampaign>>;

/** Every campaign with its groups, for administrators. */
export async function listCampaigns() {
  return db.campaign.findMany({
    orderBy: { startsOn: "desc" },
    select: {
      id: true,
      name: true,
      nameZh: true,
      startsOn: true,
      endsOn: true,
      status: true,
      _count: { select: { units: true } },
      groups: {
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          nameZh: true,
          members: { select: { isLead: true, user: { select: { name: true } } } },
          _count: { select: { units: true } },
        },
      },
    },
  });
}
