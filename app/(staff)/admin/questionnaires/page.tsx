import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Cell, EmptyState, PageHeader, Table } from "@/components/ui/Page";
import { StatusBadge } from "@/components/questionnaires/StatusBadge";
import { NewQuestionnaireForm } from "@/components/questionnaires/VersionForms";
import { requirePageUser } from "@/lib/auth/current-user";
import { isoDate } from "@/lib/dates";
import { listCampaignChoices, listQuestionnaires } from "@/lib/questionnaires/queries";
import { localName } from "@/i18n/local-name";

export default async function QuestionnairesPage() {
  await requirePageUser("questionnaire:manage");
  const t = await getTranslations("questionnaires");
  const zh = (await getLocale()) === "zh";
  const [questionnaires, campaigns] = await Promise.all([listQuestionnaires(), listCampaignChoices()]);
  // A campaign has one live version (the one PUBLISHED), so the list itself says which it is.
  const live = campaigns.map((c) => {
    const found = questionnaires.filter((q) => q.campaignId === c.id).flatMap((q) => q.versions.filter((v) => v.status === "PUBLISHED").map((v) => ({ q, v })))[0];
    return { id: c.id, name: localName(c, zh), found };
  });
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <h2 className="mb-2 text-lg font-semibold">{t("create.heading")}</h2>
      <div className="mb-8">
        <NewQuestionnaireForm campaigns={campaigns.map((c) => ({ id: c.id, name: localName(c, zh) }))} />
      </div>
      <h2 className="mb-2 text-lg font-semibold">{t("live.heading")}</h2>
      <ul className="mb-8 space-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="live-summary">
        {live.map((c) => (
          <li key={c.id} data-testid="live-campaign">
            <span className="font-medium">{c.name}</span>:{" "}
            {c.found ? (
              <Link href={`/admin/questionnaires/${c.found.v.id}`} className="text-brand-700 underline">
                {t("live.answering", { title: c.found.q.title, version: c.found.v.version, date: isoDate(c.found.v.publishedOn) })}
              </Link>
            ) : (
              <span className="text-slate-700">{t("live.nothing")}</span>
            )}
          </li>
        ))}
      </ul>
      {questionnaires.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        questionnaires.map((q) => (
          <section key={q.id} className="mb-8" data-testid="questionnaire">
            <h2 className="text-lg font-semibold">{q.title}</h2>
            <p className="mb-2 text-sm text-slate-600">
              {localName(q.campaign, zh)} · {t(`create.${q.language === "en" ? "en" : "zh"}`)}
            </p>
            <Table head={[t("list.version"), t("list.status"), t("list.published"), t("list.responses"), t("list.actions")]} caption={q.title}>
              {q.versions.map((v) => (
                <tr key={v.id} data-testid="version-row">
                  <Cell>{t("versionN", { version: v.version })}</Cell>
                  <Cell><StatusBadge status={v.status} /></Cell>
                  <Cell>{isoDate(v.publishedOn) || "–"}</Cell>
                  <Cell>{v._count.responses}</Cell>
                  <Cell className="whitespace-nowrap">
                    <Link href={`/admin/questionnaires/${v.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {v.status === "DRAFT" ? t("list.build") : t("list.open")}
                    </Link>
                    {" · "}
                    <Link href={`/admin/questionnaires/${v.id}/preview`} className="text-brand-700 underline-offset-2 hover:underline">
                      {t("builder.preview")}
                    </Link>
                  </Cell>
                </tr>
              ))}
            </Table>
          </section>
        ))
      )}
    </>
  );
}
