import "server-only";
import { db } from "@/lib/db/client";
import { unitWhere, type Scope } from "@/lib/auth/scope";

/** Headline counts of a campaign within the caller's scope. */
export async function overviewCounts(scope: Scope, campaignId: string) {
  const units = unitWhere(scope);
  const [unitCount, responses, sessions, pendingReview, actions] = await Promise.all([
    scope.kind === "all" ? db.campaignUnit.count({ where: { campaignId } }) : Promise.resolve(scope.unitIds.length),
    db.response.count({ where: { campaignId, ...units } }),
    db.listeningSession.count({ where: { campaignId, ...units } }),
    db.evidenceItem.count({ where: { campaignId, status: "PENDING", ...units } }),
    db.action.count({ where: { campaignId } }),
  ]);
  return { unitCount, responses, sessions, pendingReview, actions };
}
