import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditHistory } from "@/components/problems/AuditHistory";
import { CommentForm } from "@/components/problems/CommentForm";
import { MergeForm } from "@/components/problems/MergeForm";
import { ProblemEditForm } from "@/components/problems/ProblemEditForm";
import { FiguresLine, Quotes, Verdicts } from "@/components/problems/Register";
import { SplitForm } from "@/components/problems/SplitForm";
import { PageHeader, TitledSection } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { scopeOf } from "@/lib/auth/scope";
import { problemChoices, problemDetail, splitCandidates } from "@/lib/problems/queries";
import { localTitle } from "@/i18n/local-name";

type Props = { params: Promise<{ id: string }> };

export default async function ProblemPage({ params }: Props) {
  const user = await requirePageUser("problem:view");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const problem = await problemDetail(await scopeOf(user), id);
  if (!problem) notFound();
  const t = await getTranslations("problems");
  const ta = await getTranslations("actions");
  const zh = (await getLocale()) === "zh";
  const canManage = can(user.role, "problem:manage");
  const [choices, items] = canManage
    ? await Promise.all([problemChoices(problem.campaignId), splitCandidates(id, problem.figures.quotable)])
    : [[], []];
  const drill = problem.aspectCode ? `/dashboards/evidence?campaign=${problem.campaignId}&aspect=${problem.aspectCode}` : null;
  return (
    <>
      <PageHeader title={localTitle(problem, zh)}>
        <Link href="/problems" className="text-sm text-brand-800 hover:underline">
          {t("backToRegister")}
        </Link>
      </PageHeader>
      <div className="mb-6 space-y-1">
        <p className="text-sm">
          <span className="rounded bg-slate-100 px-2 py-0.5 font-medium" data-testid="problem-status">
            {t(`statuses.${problem.status}`)}
          </span>{" "}
          {problem.aspectCode ? `${problem.aspectCode} · ${problem.aspect ? localTitle(problem.aspect, zh) : ""} · ` : ""}
          {t(`categories.${problem.category}`)}
          {problem.published ? ` · ${t("register.published")}` : ""}
        </p>
        {problem.statusReason ? (
          <p className="text-sm">
            {t("register.reason", { reason: problem.statusReason })}
            {problem.escalatedTo ? ` ${t("register.escalatedTo", { to: problem.escalatedTo })}` : ""}
          </p>
        ) : null}
        {(zh ? problem.descriptionZh || problem.description : problem.description || problem.descriptionZh) ? (
          <p className="max-w-3xl whitespace-pre-line text-sm">{zh ? problem.descriptionZh || problem.description : problem.description || problem.descriptionZh}</p>
        ) : null}
        <FiguresLine figures={problem.figures} />
        {canManage ? (
          <p>
            {t("verdicts.title")}: <Verdicts verdicts={problem.verdicts} />
          </p>
        ) : null}
      </div>

      <TitledSection id="evidence" title={t("evidence.title")} headingClassName="mb-1">
        <p className="mb-2 text-sm text-slate-600">
          {problem.evidenceCount === null ? "" : `${t("evidence.linked", { count: problem.evidenceCount })} `}
          {problem.figures.findingsQuotable ? "" : t("evidence.withheld")}
        </p>
        <Quotes quotes={problem.evidence} />
        {drill ? (
          <p className="mt-2 text-sm">
            <Link href={drill} className="text-brand-800 hover:underline" data-testid="evidence-drill">
              {t("evidence.drill", { aspect: problem.aspectCode! })}
            </Link>
          </p>
        ) : null}
      </TitledSection>

      <TitledSection id="actions" title={t("actionsTitle")}>
        {problem.actions.length === 0 ? <p className="text-sm text-slate-600">{t("noActions")}</p> : null}
        <ul className="space-y-1 text-sm">
          {problem.actions.map((a) => (
            <li key={a.id}>
              <Link href={`/actions/${a.id}`} className="text-brand-800 hover:underline">
                {a.number ? `${a.number}. ` : ""}
                {localTitle(a, zh)}
              </Link>{" "}
              · {a.ownerName} · {ta(`statuses.${a.status}`)}
            </li>
          ))}
        </ul>
        {can(user.role, "action:manage") ? (
          <p className="mt-2 text-sm">
            <Link href={`/actions/new?problem=${problem.id}`} className="text-brand-800 hover:underline" data-testid="new-action-for-problem">
              {t("newAction")}
            </Link>
          </p>
        ) : null}
      </TitledSection>

      <TitledSection id="comments" title={t("comments.title")}>
        {problem.comments.length === 0 ? <p className="text-sm text-slate-600">{t("comments.none")}</p> : null}
        <ul className="space-y-1 text-sm" data-testid="comments">
          {problem.comments.map((c) => (
            <li key={c.id} className="rounded bg-amber-50 px-2 py-1">
              <span className="font-medium">{c.author}</span> ({c.createdAt.toISOString().slice(0, 10)}): {c.body}
            </li>
          ))}
        </ul>
        {can(user.role, "comment:write") ? (
          <CommentForm campaignId={problem.campaignId} subject={`problem:${problem.id}`} label={t("comments.add")} />
        ) : null}
      </TitledSection>

      {canManage ? (
        <>
          <TitledSection id="edit" title={t("form.editTitle")}>
            <ProblemEditForm
              initial={{
                id: problem.id,
                version: problem.version,
                title: problem.title,
                titleZh: problem.titleZh,
                description: problem.description,
                descriptionZh: problem.descriptionZh,
                status: problem.status,
                statusReason: problem.statusReason,
                escalatedTo: problem.escalatedTo,
                published: problem.published,
              }}
            />
          </TitledSection>
          <TitledSection id="merge" title={t("merge.title")}>
            <MergeForm targetId={problem.id} choices={choices} />
          </TitledSection>
          <TitledSection id="split" title={t("split.title")}>
            <SplitForm problemId={problem.id} version={problem.version} items={items} />
          </TitledSection>
        </>
      ) : null}

      <TitledSection id="history" title={t("history")} className="">
        <AuditHistory entries={problem.history} />
      </TitledSection>
    </>
  );
}
