/** @jsxImportSource preact */
// What a receipt shows: the date, the questionnaire, how many answers, and what became of the
// problems the answers raised, each with its follow-up actions and their published progress.
// A section of its own per subject, so that more (for example what was done) can be added beside.
import type { SurveyLocale, Translate } from "@/components/survey/translate";
import { Updates, VerdictForm, type VerdictValue } from "@/components/survey/view/follow-up";
import { localText, localTitle } from "@/i18n/local-name";
import type { ReceiptView } from "@/lib/surveys/receipts";

type Problem = ReceiptView["problems"][number];
type Action = Problem["actions"][number];

export type SendVerdict = (problemId: string, verdict: VerdictValue, comment: string) => Promise<number>;

function FollowUp({ action, locale, t }: { action: Action; locale: SurveyLocale; t: Translate }) {
  return (
    <li class="action">
      <span class="strong">{action.number ? `${action.number}. ` : ""}{localTitle(action, locale)}</span>
      {" · "}{t(`actionStatus.${action.status}`)}
      {action.dueOn ? ` · ${t("result.due", { date: action.dueOn })}` : ""}
      <Updates updates={action.updates} locale={locale} t={t} />
    </li>
  );
}

export function ProblemItem({ problem, locale, t, onVerdict }: { problem: Problem; locale: SurveyLocale; t: Translate; onVerdict?: SendVerdict }) {
  return (
    <li class="card" data-testid="receipt-problem">
      <div class="problem-head">
        <span class="strong">{localTitle(problem, locale)}</span>
        <span class="pill" data-testid="problem-status">{t(`problemStatus.${problem.status}`)}</span>
      </div>
      {problem.aspectCode && <p class="small muted">{problem.aspectCode} · {localText(problem.aspectEn ?? "", problem.aspectZh, locale)}</p>}
      {problem.actions.length > 0 && (
        <div class="actions">
          <p class="small strong text">{t("result.actions")}</p>
          <ul>{problem.actions.map((a, i) => <FollowUp key={i} action={a} locale={locale} t={t} />)}</ul>
        </div>
      )}
      {problem.verdictOpen && onVerdict && (
        <VerdictForm problemId={problem.id} given={problem.myVerdict} t={t} onSend={(verdict, comment) => onVerdict(problem.id, verdict, comment)} />
      )}
    </li>
  );
}

export function ReceiptResult({ receipt, locale, t, onAnother, onVerdict }: { receipt: ReceiptView; locale: SurveyLocale; t: Translate; onAnother: () => void; onVerdict?: SendVerdict }) {
  return (
    <section data-testid="receipt-result" aria-labelledby="receipt-result-title">
      {/* The heading takes the focus when the result replaces the form (and the button that had it). */}
      <h2 id="receipt-result-title" class="sub-title" tabIndex={-1} data-result-heading="">{t("result.title")}</h2>
      <p class="strong" data-testid="receipt-date">{t("result.submitted", { date: receipt.submittedOn })}</p>
      <p class="text">{t("result.questionnaire", { title: receipt.questionnaire })}</p>
      <p class="lead">{t("result.answered", { count: receipt.answered })}</p>
      <h2 class="sub-title">{t("result.problemsTitle")}</h2>
      {receipt.problems.length === 0 && <p class="empty" data-testid="receipt-no-problems">{t("result.noProblems")}</p>}
      <ul class="problems">{receipt.problems.map((p, i) => <ProblemItem key={i} problem={p} locale={locale} t={t} onVerdict={onVerdict} />)}</ul>
      <button id="another" type="button" class="link another" onClick={onAnother}>{t("result.another")}</button>
    </section>
  );
}
