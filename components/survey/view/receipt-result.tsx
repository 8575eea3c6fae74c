/** @jsxImportSource preact */
// What a receipt shows: the date, the questionnaire, how many answers, and what became of the
// problems the answers raised, each with its follow-up actions and their published progress.
// A section of its own per subject, so that more (for example what was done) can be added beside.
import type { SurveyLocale, Translate } from "@/components/survey/translate";
import type { ReceiptView } from "@/lib/surveys/receipts";

type Problem = ReceiptView["problems"][number];
type Action = Problem["actions"][number];

function FollowUp({ action, t }: { action: Action; t: Translate }) {
  return (
    <li class="action">
      <span class="strong">{action.number ? `${action.number}. ` : ""}{action.title}</span>
      {" · "}{t(`actionStatus.${action.status}`)}
      {action.dueOn ? ` · ${t("result.due", { date: action.dueOn })}` : ""}
      {action.updates.length === 0
        ? <p class="muted">{t("result.noUpdates")}</p>
        : action.updates.map((u, i) => <p key={i} class="text"><span class="muted">{u.on}</span> {u.body}</p>)}
    </li>
  );
}

export function ProblemItem({ problem, locale, t }: { problem: Problem; locale: SurveyLocale; t: Translate }) {
  return (
    <li class="card" data-testid="receipt-problem">
      <div class="problem-head">
        <span class="strong">{problem.title}</span>
        <span class="pill" data-testid="problem-status">{t(`problemStatus.${problem.status}`)}</span>
      </div>
      {problem.aspectCode && <p class="small muted">{problem.aspectCode} · {locale === "zh" ? problem.aspectZh : problem.aspectEn}</p>}
      {problem.actions.length > 0 && (
        <div class="actions">
          <p class="small strong text">{t("result.actions")}</p>
          <ul>{problem.actions.map((a, i) => <FollowUp key={i} action={a} t={t} />)}</ul>
        </div>
      )}
    </li>
  );
}

export function ReceiptResult({ receipt, locale, t, onAnother }: { receipt: ReceiptView; locale: SurveyLocale; t: Translate; onAnother: () => void }) {
  return (
    <section data-testid="receipt-result" aria-labelledby="receipt-result-title">
      {/* The heading takes the focus when the result replaces the form (and the button that had it). */}
      <h2 id="receipt-result-title" class="sub-title" tabIndex={-1} data-result-heading="">{t("result.title")}</h2>
      <p class="strong" data-testid="receipt-date">{t("result.submitted", { date: receipt.submittedOn })}</p>
      <p class="text">{t("result.questionnaire", { title: receipt.questionnaire })}</p>
      <p class="lead">{t("result.answered", { count: receipt.answered })}</p>
      <h2 class="sub-title">{t("result.problemsTitle")}</h2>
      {receipt.problems.length === 0 && <p class="empty" data-testid="receipt-no-problems">{t("result.noProblems")}</p>}
      <ul class="problems">{receipt.problems.map((p, i) => <ProblemItem key={i} problem={p} locale={locale} t={t} />)}</ul>
      <button id="another" type="button" class="link another" onClick={onAnother}>{t("result.another")}</button>
    </section>
  );
}
