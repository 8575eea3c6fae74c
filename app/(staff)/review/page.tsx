import { getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/auth/scope";
import { currentCampaign } from "@/lib/campaigns/queries";
import { overviewCounts } from "@/lib/overview/queries";

export default async function ReviewPage() {
  const user = await requirePageUser("review:classify");
  const t = await getTranslations("review");
  const campaign = await currentCampaign();
  const counts = campaign ? await overviewCounts(await scopeOf(user), campaign.id) : null;
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <EmptyState>{counts && counts.pendingReview > 0 ? t("pending", { count: counts.pendingReview }) : t("empty")}</EmptyState>
    </>
  );
}
