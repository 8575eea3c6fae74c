import { getTranslations } from "next-intl/server";
import { ActionBoard } from "@/components/problems/ActionBoard";
import { ActionTabs } from "@/components/problems/ActionTabs";
import { EmptyState, PageHeader } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { currentCampaign } from "@/lib/campaigns/queries";
import { boardActions } from "@/lib/actions/queries";

export default async function ActionBoardPage() {
  const user = await requirePageUser("action:view");
  const t = await getTranslations("actions");
  const campaign = await currentCampaign(user);
  const cards = campaign ? await boardActions(campaign.id) : [];
  const canManage = can(user.role, "action:manage");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <ActionTabs current="board" canManage={canManage} />
      {cards.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ActionBoard cards={cards} userId={user.id} canManage={canManage} />
      )}
    </>
  );
}
