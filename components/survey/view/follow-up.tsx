/** @jsxImportSource preact */
// "You said, we did" for officers: the campaign's published problems, their status and the
// published progress of the actions answering them, in the reader's language. Also the verdict
// form a receipt holder sees on a problem in progress or resolved.
import { useState } from "preact/hooks";
import type { SurveyLocale, Translate } from "@/components/survey/translate";
import { localName, localText, localTitle } from "@/i18n/local-name";
import type { PublishedFollowUp } from "@/lib/problems/published";

type Update = { body: string; bodyZh: string; on: string };

export function Updates({ updates, locale, t }: { updates: Update[]; locale: SurveyLocale; t: Translate }) {
  if (updates.length === 0) return <p class="muted">{t("result.noUpdates")}</p>;
  return <>{updates.map((u, i) => <p key={i} class="text" data-testid="published-update"><span class="muted">{u.on}</span> {localText(u.body, u.bodyZh, locale)}</p>)}</>;
}

export function FollowUpList({ data, locale, t }: { data: PublishedFollowUp; locale: SurveyLocale; t: Translate }) {
  return (
    <div data-testid="follow-up-page">
      <h1 class="title tight">{t("followUp.title")}</h1>
      <p class="lead">{localName(data.campaign, locale)}</p>
      <p class="text">{t("followUp.intro")}</p>
      {data.problems.length === 0 && <p class="empty" data-testid="follow-up-empty">{t("followUp.empty")}</p>}
      <ul class="problems">
        {data.problems.map((p) => (
          <li key={p.id} class="card" data-testid="follow-up-problem">
            <div class="problem-head">
              <span class="strong">{localTitle(p, locale)}</span>
              <span class="pill">{t(`problemStatus.${p.status}`)}</span>
            </div>
            {localText(p.description, p.descriptionZh, locale) && <p class="text">{localText(p.description, p.descriptionZh, locale)}</p>}
            {p.statusReason && <p class="small">{t("followUp.reason", { reason: p.statusReason })}{p.escalatedTo ? ` ${t("followUp.escalated", { to: p.escalatedTo })}` : ""}</p>}
            {p.actions.length > 0 && (
              <div class="actions">
                <p class="small strong text">{t("result.actions")}</p>
                <ul>
                  {p.actions.map((a, i) => (
                    <li key={i} class="action">
                      <span class="strong">{a.number ? `${a.number}. ` : ""}{localTitle(a, locale)}</span>{" · "}{t(`actionStatus.${a.status}`)}
                      <Updates updates={a.updates} locale={locale} t={t} />
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export type VerdictValue = "BETTER" | "NO_CHANGE" | "WORSE";
export const VERDICTS: VerdictValue[] = ["BETTER", "NO_CHANGE", "WORSE"];
export const VERDICT_COMMENT_MAX = 500;

/** Once per problem, changeable: the receipt code stays in the page's memory, never in its HTML. */
export function VerdictForm({ problemId, given, t, onSend }: {
  problemId: string;
  given: { verdict: string; comment: string } | null;
  t: Translate;
  onSend: (verdict: VerdictValue, comment: string) => Promise<number>;
}) {
  const [verdict, setVerdict] = useState<string>(given?.verdict ?? "");
  const [comment, setComment] = useState(given?.comment ?? "");
  const [status, setStatus] = useState<"idle" | "busy" | "saved" | "error">(given ? "saved" : "idle");
  const name = `verdict-${problemId}`;
  return (
    <form class="verdict" data-testid="verdict-form" onSubmit={async (event) => {
      event.preventDefault();
      if (!verdict) return;
      setStatus("busy");
      const code = await onSend(verdict as VerdictValue, comment);
      setStatus(code === 200 ? "saved" : "error");
    }}>
      <fieldset>
        <legend class="small strong">{t("verdict.question")}</legend>
        {VERDICTS.map((v) => (
          <label key={v} class="choice">
            <input type="radio" name={name} value={v} checked={verdict === v} onChange={() => setVerdict(v)} /> {t(`verdict.${v}`)}
          </label>
        ))}
      </fieldset>
      <label for={`${name}-comment`} class="label small">{t("verdict.comment", { max: VERDICT_COMMENT_MAX })}</label>
      <textarea id={`${name}-comment`} class="input" rows={2} value={comment} onInput={(e) => setComment((e.currentTarget as HTMLTextAreaElement).value.slice(0, VERDICT_COMMENT_MAX))} />
      <p role="status" class={status === "error" ? "error" : "small muted"} data-testid="verdict-status">
        {status === "saved" ? t("verdict.saved") : status === "error" ? t("verdict.failed") : ""}
      </p>
      <button type="submit" class="btn primary" disabled={status === "busy" || !verdict}>{given || status === "saved" ? t("verdict.change") : t("verdict.send")}</button>
    </form>
  );
}
