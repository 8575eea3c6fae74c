import "server-only";
import { db } from "@/lib/db/client";
import { unitWhere, type Scope } from "@/lib/auth/scope";
import { scopeRespondents } from "@/lib/dashboards/totals";

/**
 * Headline counts of a campaign within the caller's scope. The respondents figure is the
 * dashboards' protected scope total (the same figure, hidden in the same cases), never a raw count.
 * Actions count for a limited scope only when their problem rests on evidence from its units.
 */
export async function overviewCounts(scope: Scope, campaignId: string) {
  const units = unitWhere(scope);
  const [unitCount, responses, sessions, pendingReview, actions] = await Promise.all([
    scope.kind === "all" ? db.campaignUnit.count({ where: { campaignId } }) : Promise.resolve(scope.unitIds.length),
    scopeRespondents(scope, campaignId),
    db.listeningSession.count({ where: { campaignId, ...units } }),
    db.evidenceItem.count({ where: { campaignId, status: "PENDING", ...units } }),
    db.action.count({
      where:
        scope.kind === "all"
          ? { campaignId }
          : { campaignId, problem: { evidence: { some: { evidence: { unitId: { in: scope.unitIds } } } } } },
    }),
  ]);
  return { unitCount, responses, sessions, pendingReview, actions };
}
