import "server-only";
import { db } from "@/lib/db/client";
import { unitWhere, type Scope } from "@/lib/auth/scope";
import { scopeRespondents } from "@/lib/dashboards/totals";

/**
 * Headline counts of a campaign within the caller's scope. The respondents figure is the
 * dashboards' protected scope total (the same figure, hidden in the same cases), never a raw count.
 * Actions: see countActions.
 */
export async function overviewCounts(scope: Scope, campaignId: string) {
  const units = unitWhere(scope);
  const [unitCount, responses, sessions, pendingReview, actions] = await Promise.all([
    scope.kind === "all" ? db.campaignUnit.count({ where: { campaignId } }) : Promise.resolve(scope.unitIds.length),
    scopeRespondents(scope, campaignId),
    db.listeningSession.count({ where: { campaignId, ...units } }),
    db.evidenceItem.count({ where: { campaignId, status: "PENDING", ...units } }),
    countActions(scope, campaignId),
  ]);
  return { unitCount, responses, sessions, pendingReview, actions };
}

/**
 * The campaign's next-work measures are the bureau's: a scope that holds the top of the unit tree
 * (the bureau's head, admins) counts them all; a head further down counts only actions whose
 * problem rests on evidence from the head's units (issue 10: the sub-bureau head counted all 16).
 */
async function countActions(scope: Scope, campaignId: string): Promise<number> {
  if (scope.kind === "all") return db.action.count({ where: { campaignId } });
  const top = await db.unit.count({ where: { id: { in: scope.unitIds }, parentId: null } });
  if (top > 0) return db.action.count({ where: { campaignId } });
  return db.action.count({
    where: { campaignId, problem: { evidence: { some: { evidence: { unitId: { in: scope.unitIds } } } } } },
  });
}
