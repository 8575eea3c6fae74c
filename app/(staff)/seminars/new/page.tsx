import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui/Page";
import { SessionForm } from "@/components/seminars/SessionForm";
import { emptyDraft } from "@/components/seminars/draft";
import { requirePageUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/auth/scope";
import { currentCampaign } from "@/lib/campaigns/queries";
import { isoDate, todayUtc } from "@/lib/dates";
import { aspectChoices } from "@/lib/review/queries";
import { sessionUnits } from "@/lib/seminars/queries";
import { localName } from "@/i18n/local-name";

export default async function NewSessionPage() {
  const user = await requirePageUser("seminar:log");
  const t = await getTranslations("seminars");
  const zh = (await getLocale()) === "zh";
  const campaign = await currentCampaign(user);
  const units = campaign ? await sessionUnits(await scopeOf(user), campaign.id) : [];
  if (!campaign || units.length === 0) {
    return (
      <>
        <PageHeader title={t("form.newTitle")} />
        <EmptyState>{t("form.noUnits")}</EmptyState>
      </>
    );
  }
  const range = { id: campaign.id, startsOn: isoDate(campaign.startsOn), endsOn: isoDate(campaign.endsOn) };
  return (
    <>
      <PageHeader title={t("form.newTitle")} intro={t("form.intro", { campaign: localName(campaign, zh) })} />
      <SessionForm
        campaign={range}
        units={units.map((u) => ({ id: u.id, label: `${u.code} · ${localName(u, zh)}` }))}
        aspects={await aspectChoices()}
        initial={emptyDraft(units, range, isoDate(todayUtc()))}
      />
    </>
  );
}
