import "server-only";
import { db } from "@/lib/db/client";

/** The campaign staff pages show by default: the latest active one, else the latest. */
export async function currentCampaign() {
  const select = { id: true, slug: true, name: true, nameZh: true, startsOn: true, endsOn: true, status: true } as const;
  return (
    (await db.campaign.findFirst({ where: { status: "ACTIVE" }, orderBy: { startsOn: "desc" }, select })) ??
    (await db.campaign.findFirst({ orderBy: { startsOn: "desc" }, select }))
  );
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
