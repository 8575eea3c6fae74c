import "server-only";
import type { Scope } from "@/lib/auth/scope";
import { isoDate } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { parseFilters } from "@/lib/dashboards/filters";
import { loadDashboard } from "@/lib/dashboards/dashboard-data";
import { draftReport, type DraftInput, type Translate } from "@/lib/reports/draft";
import type { Paragraph } from "@/lib/reports/paragraphs";

// What the report is drafted from. The figures come from the dashboards' own loader, already
// protected by the small-group rules, for the whole bureau: the report exists only at bureau
// level (see lib/reports/queries.ts, which admits only whole-bureau scopes).

export async function draftFromData(
  scope: Scope,
  campaignId: string,
  locale: string,
  t: Translate,
): Promise<Paragraph[] | null> {
  const [dashboard, campaign, groups, units, measures] = await Promise.all([
    loadDashboard(scope, parseFilters({ campaign: campaignId })),
    db.campaign.findUnique({ where: { id: campaignId }, select: { methods: true } }),
    db.researchGroup.count({ where: { campaignId } }),
    db.campaignUnit.count({ where: { campaignId } }),
    db.action.findMany({
      where: { campaignId, number: { not: null } },
      orderBy: { number: "asc" },
      select: { number: true, title: true, ownerName: true, dueOn: true, status: true },
    }),
  ]);
  if (!dashboard.campaign || !campaign || !dashboard.overview) return null;
  const input: DraftInput = {
    locale,
    campaign: { ...dashboard.campaign, methods: campaign.methods },
    groups,
    units,
    overview: dashboard.overview,
    unitsById: new Map(dashboard.options.units.map((u) => [u.id, u])),
    aspects: dashboard.aspects,
    numbers: dashboard.numbers,
    quotes: dashboard.quotes,
    measures: measures.map((m) => ({ ...m, dueOn: m.dueOn ? isoDate(m.dueOn) : null })),
  };
  return draftReport(input, t);
}
