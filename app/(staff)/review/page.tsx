import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState, PageHeader, StatCard } from "@/components/ui/Page";
import { BulkAccept } from "@/components/review/BulkAccept";
import { ReviewQueue } from "@/components/review/ReviewQueue";
import { ShortcutHelp } from "@/components/review/ShortcutHelp";
import { buttonClass, inputClass } from "@/components/ui/form-parts";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { scopeOf } from "@/lib/auth/scope";
import { currentCampaign } from "@/lib/campaigns/queries";
import { aspectChoices, bulkCounts, loadQueue, QUEUE_LIMIT, QUEUE_TABS, reviewCampaigns, reviewStats, type QueueTab } from "@/lib/review/queries";
import { BULK_THRESHOLDS, DEFAULT_BULK_THRESHOLD } from "@/lib/review/rules";
import { localName } from "@/i18n/local-name";

type Search = Promise<{ campaign?: string | string[]; tab?: string | string[] }>;

export default async function ReviewPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePageUser("review:classify");
  const t = await getTranslations("review");
  const zh = (await getLocale()) === "zh";
  const scope = await scopeOf(user);
  const params = await searchParams;
  const campaigns = await reviewCampaigns(scope);
  const current = await currentCampaign(user);
  const campaign = campaigns.find((c) => c.id === params.campaign) ?? campaigns.find((c) => c.id === current?.id) ?? campaigns[0];
  if (!campaign) {
    return (
      <>
        <PageHeader title={t("title")} intro={t("intro")} />
        <EmptyState>{t("noCampaign")}</EmptyState>
      </>
    );
  }
  const tab: QueueTab = (QUEUE_TABS as readonly string[]).includes(String(params.tab)) ? (params.tab as QueueTab) : "pending";

  const [items, stats, counts, aspects] = await Promise.all([
    loadQueue(scope, campaign.id, tab),
    reviewStats(scope, campaign.id),
    bulkCounts(scope, campaign.id, BULK_THRESHOLDS),
    aspectChoices(),
  ]);
  const agreement = stats.judged > 0 ? Math.round((stats.agreed / stats.judged) * 100) : null;
  const tabHref = (to: QueueTab) => `/review?campaign=${campaign.id}&tab=${to}`;

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        {campaigns.length > 1 ? (
          // Choosing a campaign is navigation, not a mutation: a plain GET form.
          <form method="get" className="flex items-end gap-2">
            <div>
              <label htmlFor="review-campaign" className="mb-1 block text-sm font-medium">{t("campaign")}</label>
              <select id="review-campaign" name="campaign" defaultValue={campaign.id} className={inputClass}>
                {campaigns.map((c) => <option key={c.id} value={c.id}>{localName(c, zh)}</option>)}
              </select>
            </div>
            <button type="submit" className={buttonClass}>{t("show")}</button>
          </form>
        ) : null}
      </PageHeader>

      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard label={t("stats.pending")} value={stats.pending} testId="stat-pending" />
        <StatCard label={t("stats.toMask")} value={stats.toMask} testId="stat-to-mask" />
        <StatCard label={t("stats.reviewed")} value={stats.reviewed} testId="stat-reviewed" />
        <StatCard
          label={t("stats.agreement")}
          value={
            <span title={t("stats.agreementHint")}>
              {agreement === null ? "–" : `${agreement} %`}
              <span className="block text-xs font-normal text-slate-600">{t("stats.agreementDetail", { agreed: stats.agreed, judged: stats.judged })}</span>
            </span>
          }
          testId="stat-agreement"
        />
      </div>

      <div className="grid gap-6 xl:grid-cols-[1fr_20rem]">
        <section aria-labelledby="queue-heading" className="min-w-0">
          <h2 id="queue-heading" className="sr-only">{t("listLabel")}</h2>
          <nav aria-label={t("tabsLabel")} className="mb-3 flex gap-1 border-b border-slate-200">
            {QUEUE_TABS.map((to) => (
              <Link
                key={to}
                href={tabHref(to)}
                aria-current={to === tab ? "page" : undefined}
                className={`-mb-px rounded-t border px-3 py-1.5 text-sm ${to === tab ? "border-slate-200 border-b-white bg-white font-medium text-brand-900" : "border-transparent text-slate-600 hover:text-brand-700"}`}
                data-testid={`tab-${to}`}
              >
                {t(`tabs.${to}`, { count: to === "pending" ? stats.pending : stats.toMask })}
              </Link>
            ))}
          </nav>
          {items.length >= QUEUE_LIMIT ? <p className="mb-2 text-sm text-slate-600">{t("limited", { count: QUEUE_LIMIT })}</p> : null}
          {items.length === 0 ? (
            <EmptyState>{t(tab === "pending" ? "empty" : "emptyMask")}</EmptyState>
          ) : (
            <ReviewQueue
              key={`${tab}:${items.length}:${items[0].id}:${items[items.length - 1].id}`}
              items={items}
              tab={tab}
              aspects={aspects}
              canReadOriginal={can(user.role, "pii:read-original")}
            />
          )}
        </section>
        <aside className="space-y-4">
          {tab === "pending" ? <BulkAccept campaignId={campaign.id} thresholds={BULK_THRESHOLDS} counts={counts} initial={DEFAULT_BULK_THRESHOLD} /> : null}
          <ShortcutHelp />
        </aside>
      </div>
    </>
  );
}
