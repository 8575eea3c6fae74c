import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { langIfOther } from "@/i18n/text-language";
import type { SessionDetail } from "@/lib/seminars/queries";

type Finding = SessionDetail["findings"][number];

/** A logged finding as read back: masked text, figures, labels, and where its review stands. */
export async function FindingView({ finding: f, aspectTitle }: { finding: Finding; aspectTitle: string | null }) {
  const t = await getTranslations("seminars");
  const tc = await getTranslations("classification");
  const locale = await getLocale();
  const review = f.review;
  const state = !review ? null : review.status === "PENDING" ? "pending" : review.status === "NOT_A_PROBLEM" ? "notProblem" : review.masked ? "quotable" : "toMask";
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4" data-testid="finding">
      <p className="text-slate-900" lang={langIfOther(f.statement, locale)} data-testid="finding-statement-view">{f.statement}</p>
      {f.quote ? <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 italic text-slate-800" lang={langIfOther(f.quote, locale)} data-testid="finding-quote-view">“{f.quote}”</blockquote> : null}
      {f.figures.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-2 text-sm">
          {f.figures.map((g, i) => (
            <li key={i} className="rounded bg-slate-100 px-2 py-0.5" data-testid="figure">
              <span className="font-semibold tabular-nums">{g.value.toLocaleString()}</span> {g.unit} · {g.measures}
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{tc("categoriesLabel")}</dt>
        <dd data-testid="finding-categories">{f.categories.length > 0 ? f.categories.map((c) => tc(`categories.${c}`)).join(", ") : "–"}</dd>
        <dt className="font-medium">{tc("aspectLabel")}</dt>
        <dd data-testid="finding-aspect">{f.aspectCode ? `${f.aspectCode} · ${aspectTitle}` : "–"}</dd>
        <dt className="font-medium">{t("form.severity")}</dt>
        <dd>{t(`severity.${f.severity}`)} · {t("detail.raisedBy", { count: f.raisedBy })}</dd>
        {state ? (
          <>
            <dt className="font-medium">{t("detail.review")}</dt>
            <dd data-testid="finding-review" data-state={state}>
              {t(`detail.reviewState.${state}`)}
              {state === "pending" || state === "toMask" ? (
                <>
                  {" · "}
                  <Link href={state === "pending" ? "/review" : "/review?tab=mask"} className="text-brand-700 underline">{t("detail.toQueue")}</Link>
                </>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
    </article>
  );
}
