import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/Page";
import { FindingView } from "@/components/seminars/FindingView";
import { buttonClass } from "@/components/ui/form-parts";
import { requirePageUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/auth/scope";
import { aspectChoices } from "@/lib/review/queries";
import { getSession } from "@/lib/seminars/queries";
import { ROLE_LEVELS } from "@/lib/seminars/schemas";
import { localName, localTitle } from "@/i18n/local-name";

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser("seminar:log");
  const t = await getTranslations("seminars");
  const zh = (await getLocale()) === "zh";
  const { id } = await params;
  const session = /^[0-9a-f-]{36}$/i.test(id) ? await getSession(await scopeOf(user), id) : null;
  if (!session) notFound();
  const aspects = new Map((await aspectChoices()).map((a) => [a.code, localTitle(a, zh)]));
  const unit = localName(session.unit, zh);
  return (
    <>
      <PageHeader title={`${t(`kinds.${session.kind}`)} · ${unit}`} intro={t("detail.intro", { date: session.heldOn, campaign: localName(session.campaign, zh) })}>
        <Link href={`/seminars/${session.id}/edit`} className={buttonClass} data-testid="edit-session">{t("detail.edit")}</Link>
      </PageHeader>
      <dl className="mb-6 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]" data-testid="session-summary">
        <dt className="font-medium">{t("form.participants")}</dt>
        <dd>{ROLE_LEVELS.filter((r) => session.participants[r] > 0).map((r) => `${t(`roles.${r}`)} ${session.participants[r]}`).join(" · ") || "–"}</dd>
        <dt className="font-medium">{t("form.notes")}</dt>
        <dd className="whitespace-pre-wrap">{session.notes || "–"}</dd>
        {session.loggedBy ? (
          <>
            <dt className="font-medium">{t("detail.loggedBy")}</dt>
            <dd>{session.loggedBy}</dd>
          </>
        ) : null}
      </dl>
      <h2 className="mb-3 text-lg font-semibold">{t("form.findings")}</h2>
      {session.findings.length === 0 ? <p className="text-sm text-slate-600">{t("form.noFindings")}</p> : null}
      <ol className="space-y-3">
        {session.findings.map((f) => (
          <li key={f.id}>
            <FindingView finding={f} aspectTitle={f.aspectCode ? (aspects.get(f.aspectCode) ?? "") : null} />
          </li>
        ))}
      </ol>
    </>
  );
}
