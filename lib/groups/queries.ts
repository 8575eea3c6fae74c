import "server-only";
import { db } from "@/lib/db/client";

/** A campaign's groups with members, lead and units, for the administrators' campaign page. */
export async function campaignGroups(campaignId: string) {
  return db.researchGroup.findMany({
    where: { campaignId },
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, nameZh: true,
      members: { orderBy: { user: { name: "asc" } }, select: { isLead: true, user: { select: { id: true, name: true, role: true } } } },
      units: { select: { unitId: true, visitOn: true, visitMethod: true, heldOn: true } },
    },
  });
}

/** One group with its campaign, for the administrators' group page. */
export async function groupForAdmin(groupId: string) {
  return db.researchGroup.findUnique({
    where: { id: groupId },
    select: {
      id: true, name: true, nameZh: true,
      campaign: { select: { id: true, name: true, nameZh: true, startsOn: true, endsOn: true, units: { select: { unit: { select: { id: true, code: true, name: true, nameZh: true } } } } } },
      members: { select: { isLead: true, userId: true } },
      units: { select: { unitId: true } },
    },
  });
}

/** Staff who can be group members: active leads and admins. */
export async function memberChoices() {
  return db.user.findMany({ where: { active: true, role: { in: ["RESEARCH_LEAD", "ADMIN"] } }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true, role: true } });
}
