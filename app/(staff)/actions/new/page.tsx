import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/problems/ActionForm";
import { ActionTabs } from "@/components/problems/ActionTabs";
import { EmptyState, PageHeader } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { currentCampaign } from "@/lib/campaigns/queries";
import { actionFormChoices } from "@/lib/actions/queries";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewActionPage({ searchParams }: Props) {
  const user = await requirePageUser("action:manage");
  const t = await getTranslations("actions");
  const campaign = await currentCampaign(user);
  const params = await searchParams;
  const problem = typeof params.problem === "string" ? params.problem : null;
  if (!campaign)
    return (
      <>
        <PageHeader title={t("form.newTitle")} />
        <EmptyState>{t("empty")}</EmptyState>
      </>
    );
  const choices = await actionFormChoices(campaign.id);
  return (
    <>
      <PageHeader title={t("form.newTitle")} intro={t("form.newIntro")} />
      <ActionTabs current="new" canManage />
      <ActionForm
        campaignId={campaign.id}
        choices={choices}
        initial={{
          title: "",
          titleZh: "",
          description: "",
          owner: "",
          officeName: "",
          dueOn: "",
          status: "PLANNED",
          problemIds: problem && choices.problems.some((p) => p.id === problem) ? [problem] : [],
        }}
      />
    </>
  );
}
