import { getLocale, getTranslations } from "next-intl/server";
import { MyActions } from "@/components/problems/MyActions";
import { EmptyState, PageHeader, StatCard } from "@/components/ui/Page";
import { myActions } from "@/lib/actions/queries";
import { requirePageUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/auth/scope";
import { currentCampaign } from "@/lib/campaigns/queries";
import { isoDate } from "@/lib/dates";
import { overviewCounts } from "@/lib/overview/queries";
import { localName } from "@/i18n/local-name";

export default async function OverviewPage() {
  const user = await requirePageUser();
  const t = await getTranslations();
  const locale = await getLocale();
  const campaign = await currentCampaign(user);
  if (!campaign) {
    return (
      <>
        <PageHeader title={t("overview.title")} />
        <EmptyState>{t("overview.noCampaign")}</EmptyState>
      </>
    );
  }
  const scope = await scopeOf(user);
  const [counts, mine] = await Promise.all([overviewCounts(scope, campaign.id), myActions(user.id)]);
  return (
    <>
      <PageHeader
        title={localName(campaign, locale)}
        intro={`${t("overview.dates", { start: isoDate(campaign.startsOn), end: isoDate(campaign.endsOn) })} · ${t(`campaignStatus.${campaign.status}`)}`}
      />
      <p className="mb-4 text-sm text-slate-600" data-testid="scope-note">
        {scope.kind === "all" ? t("overview.scopeAll") : t("overview.scopeSome", { count: scope.unitIds.length })}
      </p>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <StatCard label={t("overview.unitsInScope")} value={counts.unitCount} testId="stat-units" />
        <StatCard
          label={t("overview.responses")}
          value={counts.responses === null ? t("overview.hidden") : counts.responses}
          testId="stat-responses"
        />
        <StatCard label={t("overview.sessions")} value={counts.sessions} testId="stat-sessions" />
        <StatCard label={t("overview.pendingReview")} value={counts.pendingReview} testId="stat-pending" />
        <StatCard label={t("overview.actions")} value={counts.actions} testId="stat-actions" />
      </div>
      <MyActions actions={mine} />
    </>
  );
}
