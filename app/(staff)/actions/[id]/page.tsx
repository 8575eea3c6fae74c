import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/problems/ActionForm";
import { AuditHistory } from "@/components/problems/AuditHistory";
import { NotePublishToggle } from "@/components/problems/NotePublishToggle";
import { ProgressButton } from "@/components/problems/ProgressButton";
import { PageHeader, TitledSection } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { actionDetail, actionFormChoices } from "@/lib/actions/queries";
import { localTitle } from "@/i18n/local-name";

type Props = { params: Promise<{ id: string }> };

export default async function ActionPage({ params }: Props) {
  const user = await requirePageUser("action:view");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const action = await actionDetail(id);
  if (!action) notFound();
  const t = await getTranslations("actions");
  const zh = (await getLocale()) === "zh";
  const canManage = can(user.role, "action:manage");
  const mayProgress = canManage || action.ownerId === user.id;
  const title = localTitle(action, zh);
  const choices = canManage ? await actionFormChoices(action.campaignId) : null;
  return (
    <>
      <PageHeader title={`${action.number ? `${action.number}. ` : ""}${title}`}>
        <Link href="/actions" className="text-sm text-brand-800 hover:underline">
          {t("backToBoard")}
        </Link>
      </PageHeader>
      <dl className="mb-6 grid grid-cols-2 gap-3 text-sm md:grid-cols-4">
        <div>
          <dt className="text-slate-600">{t("table.status")}</dt>
          <dd data-testid="action-status">{t(`statuses.${action.status}`)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("table.owner")}</dt>
          <dd>{action.ownerName}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("table.due")}</dt>
          <dd className={action.overdue ? "font-semibold text-red-700" : ""}>
            {action.dueOn ? (action.overdue ? t("overdueOn", { date: action.dueOn }) : action.dueOn) : "—"}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("table.problems")}</dt>
          <dd>
            {action.problems.map((p) => (
              <span key={p.id} className="block">
                {can(user.role, "problem:view") ? (
                  <Link href={`/problems/${p.id}`} className="text-brand-800 hover:underline">
                    {localTitle(p, zh)}
                  </Link>
                ) : (
                  localTitle(p, zh)
                )}
              </span>
            ))}
          </dd>
        </div>
      </dl>
      {action.description ? <p className="mb-6 max-w-3xl whitespace-pre-line text-sm">{action.description}</p> : null}
      {mayProgress ? (
        <TitledSection id="progress" title={t("progress.title")}>
          {action.ownerId === null && !canManage ? null : (
            <ProgressButton id={action.id} title={title} version={action.version} status={action.status} />
          )}
        </TitledSection>
      ) : null}
      <TitledSection id="timeline" title={t("timeline.title")}>
        {action.updates.length === 0 ? (
          <p className="text-sm text-slate-600">{t("timeline.empty")}</p>
        ) : (
          <ol className="space-y-2">
            {action.updates.map((u) => (
              <li key={u.id} className="rounded border border-slate-200 bg-white p-3 text-sm" data-testid="timeline-note">
                <p className="text-xs text-slate-600">
                  {u.createdAt.toISOString().slice(0, 10)} · {u.author ?? "—"}
                  {u.statusTo ? ` · ${t("timeline.movedTo", { status: t(`statuses.${u.statusTo}`) })}` : ""} ·{" "}
                  <span data-testid="note-state">{u.published ? t("timeline.published") : t("timeline.internal")}</span>
                </p>
                <p className="mt-1 whitespace-pre-line">{u.body}</p>
                {u.bodyZh ? (
                  <p className="mt-1 whitespace-pre-line" lang="zh">
                    {u.bodyZh}
                  </p>
                ) : null}
                {canManage ? (
                  <div className="mt-2">
                    <NotePublishToggle id={u.id} published={u.published} />
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </TitledSection>
      {choices ? (
        <TitledSection id="edit" title={t("form.editTitle")}>
          <ActionForm
            campaignId={action.campaignId}
            choices={choices}
            initial={{
              id: action.id,
              version: action.version,
              title: action.title,
              titleZh: action.titleZh,
              description: action.description,
              owner: action.ownerId ? `user:${action.ownerId}` : "office",
              officeName: action.ownerId ? "" : action.ownerName,
              dueOn: action.dueOn,
              status: action.status,
              problemIds: action.problems.map((p) => p.id),
            }}
          />
        </TitledSection>
      ) : null}
      <TitledSection id="history" title={t("history")} className="">
        <AuditHistory entries={action.history} />
      </TitledSection>
    </>
  );
}
