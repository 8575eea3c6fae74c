import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { AcceptSuggestion } from "@/components/problems/AcceptSuggestion";
import { CommentForm } from "@/components/problems/CommentForm";
import type { ProblemFigures } from "@/lib/problems/figures";
import type { RegisterProblem, Suggestion, VerdictCounts } from "@/lib/problems/queries";
import { localTitle } from "@/i18n/local-name";

// The register's two lists. Every figure arrives protected (null = hidden); texts arrive masked.

export async function FiguresLine({ figures }: { figures: ProblemFigures }) {
  const t = await getTranslations("problems.figures");
  return (
    <p className="text-sm text-slate-700" data-testid="figures">
      <span data-testid="figure-people">{figures.people === null ? t("hiddenPeople") : t("people", { count: figures.people })}</span>
      {" · "}
      <span data-testid="figure-units">{t("units", { count: figures.units })}</span>
      {figures.severity !== null ? ` · ${t("severity", { value: figures.severity.toFixed(1) })}` : ""}
    </p>
  );
}

export async function Quotes({ quotes }: { quotes: { id: string; text: string }[] }) {
  if (quotes.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1 border-l-2 border-slate-200 pl-3 text-sm italic text-slate-700" data-testid="quotes">
      {quotes.map((q) => (
        <li key={q.id}>“{q.text}”</li>
      ))}
    </ul>
  );
}

export async function Verdicts({ verdicts }: { verdicts: VerdictCounts | null }) {
  const t = await getTranslations("problems.verdicts");
  if (!verdicts) return <span className="text-xs text-slate-600">{t("none")}</span>;
  const show = (v: number | null) => (v === null ? t("hidden") : String(v));
  if (verdicts.total === null)
    return (
      <span className="text-xs text-slate-600" data-testid="verdicts">
        {t("tooFew")}
      </span>
    );
  return (
    <span className="text-xs text-slate-700" data-testid="verdicts">
      {t("counts", { better: show(verdicts.better), same: show(verdicts.noChange), worse: show(verdicts.worse) })}
    </span>
  );
}

export async function SuggestionList({
  suggestions,
  campaignId,
  canManage,
  canComment,
  comments,
}: {
  suggestions: Suggestion[];
  campaignId: string;
  canManage: boolean;
  canComment: boolean;
  /** Comments on aspects ("aspect:B2"), the same subjects the dashboards' aspects use. */
  comments: Map<string, { id: string; author: string; body: string }[]>;
}) {
  const t = await getTranslations("problems");
  const zh = (await getLocale()) === "zh";
  if (suggestions.length === 0) return <p className="text-sm text-slate-600">{t("suggestions.empty")}</p>;
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {suggestions.map((s) => (
        <li key={s.aspectCode} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="suggestion" data-aspect={s.aspectCode}>
          <div className="flex items-start justify-between gap-2">
            <div>
              <h3 className="font-medium text-brand-900">
                {s.aspectCode} · {localTitle(s, zh)}
              </h3>
              <p className="text-xs text-slate-600">{t(`categories.${s.category}`)}</p>
            </div>
            {canManage ? <AcceptSuggestion campaignId={campaignId} aspectCode={s.aspectCode} /> : null}
          </div>
          <FiguresLine figures={s.figures} />
          {s.registered > 0 ? <p className="text-xs text-slate-600">{t("suggestions.registered", { count: s.registered })}</p> : null}
          <Quotes quotes={s.quotes} />
          <CommentList comments={comments.get(`aspect:${s.aspectCode}`) ?? []} />
          {canComment ? <CommentForm campaignId={campaignId} subject={`aspect:${s.aspectCode}`} label={t("comments.addAspect")} /> : null}
        </li>
      ))}
    </ul>
  );
}

function CommentList({ comments }: { comments: { id: string; author: string; body: string }[] }) {
  if (comments.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1 text-sm" data-testid="comments">
      {comments.map((c) => (
        <li key={c.id} className="rounded bg-amber-50 px-2 py-1">
          <span className="font-medium">{c.author}</span>: {c.body}
        </li>
      ))}
    </ul>
  );
}

export async function ProblemList({
  problems,
  campaignId,
  canComment,
  canManage,
}: {
  problems: RegisterProblem[];
  campaignId: string;
  canComment: boolean;
  canManage: boolean;
}) {
  const t = await getTranslations("problems");
  const zh = (await getLocale()) === "zh";
  if (problems.length === 0) return <p className="text-sm text-slate-600">{t("register.empty")}</p>;
  return (
    <ul className="space-y-3">
      {problems.map((p) => (
        <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="problem" data-problem-id={p.id}>
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div>
              <h3 className="font-medium">
                <Link href={`/problems/${p.id}`} className="text-brand-800 hover:underline">
                  {localTitle(p, zh)}
                </Link>
              </h3>
              <p className="text-xs text-slate-600">
                {p.aspectCode ? `${p.aspectCode} · ` : ""}
                {t(`categories.${p.category}`)} · {t("register.actions", { count: p._count.actions })}
                {p.published ? ` · ${t("register.published")}` : ""}
              </p>
            </div>
            <div className="text-right">
              <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-medium" data-testid="problem-status">
                {t(`statuses.${p.status}`)}
              </span>
              {canManage ? (
                <div className="mt-1">
                  <Verdicts verdicts={p.verdicts} />
                </div>
              ) : null}
            </div>
          </div>
          {p.statusReason ? (
            <p className="mt-1 text-sm text-slate-700">
              {t("register.reason", { reason: p.statusReason })}
              {p.escalatedTo ? ` ${t("register.escalatedTo", { to: p.escalatedTo })}` : ""}
            </p>
          ) : null}
          <FiguresLine figures={p.figures} />
          <Quotes quotes={p.quotes} />
          <CommentList comments={p.comments} />
          {canComment ? <CommentForm campaignId={campaignId} subject={`problem:${p.id}`} label={t("comments.add")} /> : null}
        </li>
      ))}
    </ul>
  );
}
