import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Cell, EmptyState, PageHeader, Table } from "@/components/ui/Page";
import { buttonClass } from "@/components/ui/form-parts";
import { requirePageUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/auth/scope";
import { currentCampaign } from "@/lib/campaigns/queries";
import { isoDate } from "@/lib/dates";
import { listSessions, readParticipants } from "@/lib/seminars/queries";
import { participantTotal } from "@/lib/seminars/schemas";
import { localName } from "@/i18n/local-name";

export default async function SeminarsPage() {
  const user = await requirePageUser("seminar:log");
  const t = await getTranslations();
  const zh = (await getLocale()) === "zh";
  const campaign = await currentCampaign(user);
  const sessions = campaign ? await listSessions(await scopeOf(user), campaign.id) : [];
  return (
    <>
      <PageHeader title={t("seminars.title")} intro={t("seminars.intro")}>
        {campaign ? <Link href="/seminars/new" className={buttonClass} data-testid="log-session">{t("seminars.logSession")}</Link> : null}
      </PageHeader>
      {sessions.length === 0 ? (
        <EmptyState>{t("seminars.empty")}</EmptyState>
      ) : (
        <Table caption={t("seminars.title")} head={[t("seminars.date"), t("seminars.unit"), t("seminars.kind"), t("seminars.participants"), t("seminars.findings")]}>
          {sessions.map((s) => (
            <tr key={s.id} data-testid="session-row">
              <Cell>
                <Link href={`/seminars/${s.id}`} className="text-brand-700 underline">{isoDate(s.heldOn)}</Link>
              </Cell>
              <Cell>{localName(s.unit, zh)}</Cell>
              <Cell>{t(`seminars.kinds.${s.kind}`)}</Cell>
              <Cell className="tabular-nums">{participantTotal(readParticipants(s.participants))}</Cell>
              <Cell className="tabular-nums">{s._count.findings}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
