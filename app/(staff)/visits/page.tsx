import { getLocale, getTranslations } from "next-intl/server";
import { VisitSchedule } from "@/components/admin/VisitSchedule";
import { EmptyState, PageHeader } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { currentCampaign } from "@/lib/campaigns/queries";
import { groupProgress } from "@/lib/visits/schedule";
import { linkableSessions, scheduleGroups } from "@/lib/visits/queries";
import { localName } from "@/i18n/local-name";

export default async function VisitsPage() {
  const user = await requirePageUser("visit:keep");
  const t = await getTranslations();
  const zh = (await getLocale()) === "zh";
  const campaign = await currentCampaign(user);
  const groups = campaign ? await scheduleGroups(user, campaign.id) : [];
  const sessions = campaign ? await linkableSessions(campaign.id, groups.flatMap((g) => g.units.map((u) => u.unitId))) : [];
  return (
    <>
      <PageHeader title={t("visits.title")} intro={t("visits.intro")} />
      {groups.length === 0 ? (
        <EmptyState>{t("visits.empty")}</EmptyState>
      ) : (
        groups.map((g) => (
          <section key={g.id} className="mb-10" data-testid="visit-group">
            <h2 className="mb-1 text-lg font-semibold">{localName(g, zh)}</h2>
            <p className="mb-3 text-sm text-slate-600" data-testid="visit-progress">{t("campaigns.visitedOf", groupProgress(g.units))}</p>
            <VisitSchedule
              groupId={g.id}
              campaign={g.campaign}
              visits={g.units}
              sessions={sessions}
              canEdit={user.role === "ADMIN" || g.members.some((m) => m.isLead)}
            />
          </section>
        ))
      )}
    </>
  );
}
