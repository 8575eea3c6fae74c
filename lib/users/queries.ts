import "server-only";
import { db } from "@/lib/db/client";

/** Staff accounts without their password hashes or set-up tokens. */
export async function listUsers() {
  const users = await db.user.findMany({
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, setupTokenExpires: true, unit: { select: { name: true, nameZh: true } } },
  });
  // Whether a set-up link is still waiting to be used: the expiry says so, the token stays here.
  return users.map(({ setupTokenExpires, ...u }) => ({ ...u, setupPending: !!setupTokenExpires && setupTokenExpires > new Date() }));
}

/** One account for the administrators' edit page. */
export async function userForAdmin(id: string) {
  return db.user.findUnique({
    where: { id },
    select: {
      id: true, name: true, email: true, role: true, unitId: true, active: true,
      groupMemberships: { select: { isLead: true, group: { select: { name: true, nameZh: true, campaign: { select: { name: true, nameZh: true } } } } } },
    },
  });
}

/** Units a department head can be placed at (retired ones excluded), in code order. */
export async function homeUnitChoices() {
  return db.unit.findMany({ where: { retired: false }, orderBy: { code: "asc" }, select: { id: true, code: true, name: true, nameZh: true } });
}

/** The chosen campaign's groups, to put a new account in at once. */
export async function groupChoices(campaignId: string) {
  return db.researchGroup.findMany({ where: { campaignId }, orderBy: { name: "asc" }, select: { id: true, name: true, nameZh: true } });
}
