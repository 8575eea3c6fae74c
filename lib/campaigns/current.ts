import "server-only";
import { cache } from "react";
import { sqlQuery } from "@/lib/db/client";
import { Prisma, type CampaignStatus } from "@/lib/generated/prisma/client";

// Which campaign a staff member works on: the one picked in the header's switcher (stored on the
// user, so it follows them to another browser), else the default one.

/**
 * The campaign the user chose, or the default one (the latest open campaign, else the latest that
 * is not archived, else any); null only when there is no campaign at all. One statement, read once
 * per request: every staff page asks (the header, and the page itself). Dates as UTC midnight, as
 * the ORM gives them.
 */
export const chosenCampaign = cache(async (userId: string | null) => {
  const [campaign] = await sqlQuery<CampaignSummary>(Prisma.sql`
    SELECT id, slug, name, "nameZh", status::text AS status,
           "startsOn"::timestamp AT TIME ZONE 'UTC' AS "startsOn", "endsOn"::timestamp AT TIME ZONE 'UTC' AS "endsOn"
    FROM "Campaign"
    ORDER BY id IS NOT DISTINCT FROM (SELECT "currentCampaignId" FROM "User" WHERE id = ${userId}) DESC,
             status = 'ACTIVE' DESC, status <> 'ARCHIVED' DESC, "startsOn" DESC, slug ASC
    LIMIT 1`);
  return campaign ?? null;
});

type CampaignSummary = { id: string; slug: string; name: string; nameZh: string; startsOn: Date; endsOn: Date; status: CampaignStatus };
