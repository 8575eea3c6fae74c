import { getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/auth/scope";
import { currentCampaign } from "@/lib/campaigns/queries";
import { overviewCounts } from "@/lib/overview/queries";

export default async function PaperPage() {
  const user = await requirePageUser("paper:enter");
  const t = await getTranslations("paper");
  const campaign = await currentCampaign();
  const counts = campaign ? await overviewCounts(await scopeOf(user), campaign.id) : null;
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <EmptyState>
        <p>{t("empty")}</p>
        {counts ? <p className="mt-2 text-sm">{t("counted", { count: counts.paperResponses })}</p> : null}
      </EmptyState>
    </>
  );
}
