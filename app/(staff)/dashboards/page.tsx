import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/i18n/local-name";
import { AnswerSections } from "@/components/dashboards/AnswerSections";
import { CampaignComparison } from "@/components/dashboards/CampaignComparison";
import { Refusal } from "@/components/dashboards/ChartCard";
import { FilterBar } from "@/components/dashboards/FilterBar";
import { OverviewSection } from "@/components/dashboards/OverviewSection";
import { ProblemSections } from "@/components/dashboards/ProblemSections";
import { ActionClosure } from "@/components/problems/ActionClosure";
import { PageHeader } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { scopeOf } from "@/lib/auth/scope";
import { currentCampaign } from "@/lib/campaigns/queries";
import { closureByCategory } from "@/lib/actions/closure";
import { startComparison } from "@/lib/dashboards/comparison";
import { parseFilters } from "@/lib/dashboards/filters";
import { loadDashboard } from "@/lib/dashboards/dashboard-data";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardsPage({ searchParams }: Props) {
  const user = await requirePageUser("dashboard:view");
  const t = await getTranslations("dashboards");
  const zh = (await getLocale()) === "zh";
  // The campaign in the address, else the one chosen in the header; the lead's scope follows it.
  const params = await searchParams;
  const asked = parseFilters(params);
  const filters = { ...asked, campaign: asked.campaign ?? (await currentCampaign(user))?.id ?? null };
  // `compare` picks the earlier campaign of the comparison section (lib/dashboards/comparison.ts).
  // The earlier side and the follow-up card are read while the dashboard loads, not after it.
  const compare = typeof params.compare === "string" ? params.compare : null;
  const finishComparison = startComparison(user, filters, compare);
  const closure = filters.campaign && can(user.role, "problem:view") ? closureByCategory(filters.campaign) : null;
  closure?.catch(() => {}); // awaited by ActionClosure, or not needed
  const data = await loadDashboard(await scopeOf(user, filters.campaign ?? undefined), filters);
  const comparison = await finishComparison(data);
  const units = new Map(data.options.units.map((u) => [u.id, u]));
  const unitName = (id: string) => {
    const unit = units.get(id);
    return unit ? localName(unit, zh) : t("overview.noUnit");
  };
  const depth = new Map<string, number>();
  for (const unit of data.selection)
    depth.set(unit.id, unit.parentId && depth.has(unit.parentId) ? depth.get(unit.parentId)! + 1 : 0);
  const depthOf = (id: string) => depth.get(id) ?? 0;
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <FilterBar data={data} />
      {data.status.kind === "refused" ? (
        <Refusal reason={data.status.reason} />
      ) : (
        <div data-testid="dashboard">
          <p className="text-sm text-slate-600" data-testid="hidden-legend">
            {t("hiddenLegend")} {t("drillHint")}
          </p>
          {data.overview ? <OverviewSection data={data} overview={data.overview} unitName={unitName} /> : null}
          {data.categories ? <ProblemSections data={data} unitName={unitName} depthOf={depthOf} /> : null}
          <AnswerSections data={data} />
          {comparison ? <CampaignComparison comparison={comparison} filters={data.filters} zh={zh} /> : null}
        </div>
      )}
      {data.campaign && can(user.role, "problem:view") ? (
        <ActionClosure closure={data.campaign.id === filters.campaign && closure ? closure : closureByCategory(data.campaign.id)} />
      ) : null}
    </>
  );
}
