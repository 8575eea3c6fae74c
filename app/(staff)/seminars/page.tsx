import { getLocale, getTranslations } from "next-intl/server";
import { Cell, EmptyState, PageHeader, Table } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/auth/scope";
import { currentCampaign } from "@/lib/campaigns/queries";
import { isoDate } from "@/lib/dates";
import { listSessions } from "@/lib/seminars/queries";

export default async function SeminarsPage() {
  const user = await requirePageUser("seminar:log");
  const t = await getTranslations();
  const zh = (await getLocale()) === "zh";
  const campaign = await currentCampaign();
  const sessions = campaign ? await listSessions(await scopeOf(user), campaign.id) : [];
  return (
    <>
      <PageHeader title={t("seminars.title")} intro={t("seminars.intro")} />
      {sessions.length === 0 ? (
        <EmptyState>{t("seminars.empty")}</EmptyState>
      ) : (
        <Table head={[t("seminars.date"), t("seminars.unit"), t("seminars.kind"), t("seminars.findings")]}>
          {sessions.map((s) => (
            <tr key={s.id} data-testid="session-row">
              <Cell>{isoDate(s.heldOn)}</Cell>
              <Cell>{zh ? s.unit.nameZh : s.unit.name}</Cell>
              <Cell>{t(`seminars.kinds.${s.kind}`)}</Cell>
              <Cell>{s._count.findings}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
