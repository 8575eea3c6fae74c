import "server-only";
import type { Scope } from "@/lib/auth/scope";
import { countWaitingResponses } from "@/lib/dashboards/pending";
import { respondentsFine, scopeUnitsOf } from "@/lib/dashboards/scope-reads";
import { ScopeProtection } from "@/lib/dashboards/scope-protection";
import type { Figure } from "@/lib/dashboards/types";
import { populationCells, resolveView } from "@/lib/dashboards/resolve-view";

const NO_FILTERS = { unit: null, unitType: null, role: null, service: null };

/**
 * The scope's respondents as the dashboards publish them (protected with every unit, subtree and
 * profile figure of the scope), for pages outside the dashboards that show the same number.
 */
export async function scopeRespondents(scope: Scope, campaignId: string): Promise<Figure> {
  const [view] = await Promise.all([
    resolveView(scope, { ...NO_FILTERS, campaign: campaignId }),
    countWaitingResponses(),
  ]);
  const cells = await populationCells(campaignId, view.scopeUnits);
  const protection = new ScopeProtection({
    units: scopeUnitsOf(view),
    respondents: respondentsFine(cells),
    seminar: [],
    topics: new Map(),
  });
  return protection.respondents(view.scopeUnits, { role: null, service: null });
}
