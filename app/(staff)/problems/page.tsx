import { getTranslations } from "next-intl/server";
import { Cell, EmptyState, PageHeader, Table } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { currentCampaign } from "@/lib/campaigns/queries";
import { isoDate } from "@/lib/dates";
import { listActions } from "@/lib/problems/queries";

export default async function ProblemsPage() {
  const user = await requirePageUser("problem:manage");
  const t = await getTranslations("problems");
  const campaign = await currentCampaign(user);
  const actions = campaign ? await listActions(campaign.id) : [];
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {actions.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <Table head={[t("number"), t("action"), t("owner"), t("due"), t("status")]}>
          {actions.map((a) => (
            <tr key={a.id} data-testid="action-row">
              <Cell>{a.number}</Cell>
              <Cell>{a.title}</Cell>
              <Cell>{a.ownerName}</Cell>
              <Cell className="whitespace-nowrap">{isoDate(a.dueOn)}</Cell>
              <Cell>{t(`statuses.${a.status}`)}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
