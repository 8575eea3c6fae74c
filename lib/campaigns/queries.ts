import "server-only";
import { chosenCampaign } from "@/lib/campaigns/current";
import { db, sqlQuery } from "@/lib/db/client";
import { Prisma, type CampaignStatus } from "@/lib/generated/prisma/client";

/**
 * The campaign staff pages work on: the one the user picked in the header's switcher, else the
 * latest open one, else the latest. Without a user (scripts, tests) the default one.
 */
export async function currentCampaign(user?: { id: string } | null) {
  return chosenCampaign(user?.id ?? null);
}

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

/** The campaigns the header's switcher offers: all for administrators, others all but drafts. */
export async function switchableCampaigns(isAdmin: boolean) {
  // Raw SQL: the header of every staff page reads it (the ORM's query planning cost more CPU).
  return sqlQuery<{ id: string; name: string; nameZh: string; status: CampaignStatus }>(Prisma.sql`
    SELECT id, name, "nameZh", status::text AS status FROM "Campaign"
    WHERE ${isAdmin} OR status <> 'DRAFT'
    ORDER BY "startsOn" DESC, slug ASC`);
}

/** One campaign with its settings and unit ids, for the administrators' campaign page. */
export async function campaignForAdmin(id: string) {
  return db.campaign.findUnique({
    where: { id },
    select: { id: true, slug: true, name: true, nameZh: true, startsOn: true, endsOn: true, status: true, units: { select: { unitId: true } } },
  });
}

/** Questionnaire versions a new campaign may start from: every published or retired version. */
export async function questionnaireVersionChoices() {
  return db.questionnaireVersion.findMany({
    where: { status: { in: ["PUBLISHED", "RETIRED"] } },
    orderBy: [{ questionnaire: { campaign: { startsOn: "desc" } } }, { version: "desc" }],
    select: { id: true, version: true, title: true, questionnaire: { select: { campaign: { select: { name: true, nameZh: true } } } } },
  });
}
