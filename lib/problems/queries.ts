import "server-only";
import { db } from "@/lib/db/client";

/** The campaign's follow-up actions in measure order. */
export async function listActions(campaignId: string) {
  return db.action.findMany({
    where: { campaignId },
    orderBy: [{ number: "asc" }, { createdAt: "asc" }],
    select: { id: true, number: true, title: true, ownerName: true, dueOn: true, status: true },
  });
}
