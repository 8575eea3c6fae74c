/** @jsxImportSource preact */
// The steps of the officer's questionnaire: start (promises and code), a section, check and send
// (with the answers to check), and the thank-you with the receipt code. Each step calls back the
// page (components/survey/SurveyPage.tsx) for what the officer does; none keeps state of its own.
import type { ComponentChildren } from "preact";
import type { AnswerValue } from "@/components/survey/draft";
import type { Refusal, SendPhase } from "@/components/survey/survey-state";
import type { SurveyLocale, Translate } from "@/components/survey/translate";
import { chosenValues, QuestionField } from "@/components/survey/view/question";
import { fallbackLang } from "@/components/survey/view/common";
import { formatCode } from "@/lib/access-codes/format";
import type { QuestionView, SectionView } from "@/lib/surveys/structure";

const PROMISES = ["noName", "noTrace", "code", "small", "masking", "draft", "receipt"] as const;

const submitted = (handler: () => void) => (event: Event) => {
  event.preventDefault();
  handler();
};
const typed = (handler: (value: string) => void) => (event: Event) => handler((event.currentTarget as HTMLInputElement).value);

/** The first page's anonymity promises, in plain words. */
export function Promises({ t }: { t: Translate }) {
  return (
    <section class="promises" data-testid="promises">
      <h2>{t("promises.title")}</h2>
      <ul>{PROMISES.map((key) => <li key={key}>{t(`promises.${key}`)}</li>)}</ul>
    </section>
  );
}

export type StartProps = {
  t: Translate; title: string; intro: string; introLang?: string; kiosk: boolean; code: string; busy: boolean; error: string | null;
  onCode: (value: string) => void; onStart: () => void;
  /** The campaign's public "you said, we did" page (none in the admins' preview). */
  followUpHref?: string;
};

// The code field has no `name`: a submit before the script runs cannot put it in a query string.
export function StartStep({ t, title, intro, introLang, kiosk, code, busy, error, onCode, onStart, followUpHref }: StartProps) {
  const field = (
    <>
      <label for="access-code" class="label">{kiosk ? t("code.labelKiosk") : t("code.label")}</label>
      <input id="access-code" value={code} autocomplete="off" autocapitalize="characters" spellcheck={false} inputMode="text" aria-describedby="access-code-hint access-code-error" aria-invalid={!!error} class="input code" onInput={typed(onCode)} />
      <p id="access-code-hint" class="hint">{kiosk ? t("code.hintKiosk") : t("code.hint")}</p>
    </>
  );
  return (
    <>
      <h1 class="title tight" tabIndex={-1} data-step-heading="">{title}</h1>
      {intro && <p class="lead" lang={introLang}>{intro}</p>}
      <Promises t={t} />
      <form id="start-form" class="card" onSubmit={submitted(onStart)}>
        {/* An open kiosk link serves the station and officers' phones at one address: the stylesheet
            shows the station its notice and a phone the code field, which may stay empty there. */}
        {kiosk ? <><p class="text small kiosk station-only" data-testid="kiosk-notice">{t("code.kiosk")}</p><div class="phone-only">{field}</div></> : field}
        <p id="access-code-error" role="status" class="error" data-testid="code-error">{error ?? ""}</p>
        <button id="start" type="submit" disabled={busy} class="btn primary block">{busy ? t("code.checking") : t("code.start")}</button>
      </form>
      {followUpHref && <p class="text small"><a href={followUpHref} data-testid="follow-up-link">{t("followUpLink")}</a></p>}
    </>
  );
}

export type SectionProps = {
  t: Translate; locale: SurveyLocale; section: SectionView; answers: Record<string, AnswerValue>; issueOf: (key: string) => string | null; last: boolean;
  onAnswer: (key: string, value: AnswerValue) => void; onClear: (key: string) => void; onNext: () => void; onBack: () => void;
};

export function SectionStep({ t, locale, section, answers, issueOf, last, onAnswer, onClear, onNext, onBack }: SectionProps) {
  return (
    <form id="section-form" noValidate onSubmit={submitted(onNext)}>
      {/* Each step is a page of its own to the officer: its heading is the page's h1. */}
      <h1 class="step-title" tabIndex={-1} data-step-heading="" lang={fallbackLang(section, locale)}>{section.title}</h1>
      <div class="questions">
        {section.questions.map((q) => <QuestionField key={q.key} q={q} value={answers[q.key]} issue={issueOf(q.key)} t={t} locale={locale} onAnswer={onAnswer} onClear={onClear} />)}
      </div>
      <div class="row nav">
        <button id="nav-back" type="button" class="btn" onClick={onBack}>{t("nav.back")}</button>
        <button id="nav-next" type="submit" class="btn primary">{last ? t("nav.review") : t("nav.next")}</button>
      </div>
    </form>
  );
}

export type Pending = { question: QuestionView; section: number; message: string };

/** The answer as the officer gave it: option labels rather than their codes. */
export function answerText(q: QuestionView, value: AnswerValue | undefined): string {
  const chosen = chosenValues(value);
  if (q.type === "NUMBER" || q.type === "TEXT") return typeof value === "string" ? value.trim() : "";
  return chosen.map((v) => q.options.find((o) => o.value === v)?.label ?? v).join(", ");
}

/** Every answer, section by section, to check before sending; each leads back to its question. */
export function AnswerList({ t, locale, sections, answers, onGoto }: { t: Translate; locale: SurveyLocale; sections: SectionView[]; answers: Record<string, AnswerValue>; onGoto: (key: string, section: number) => void }) {
  return (
    <section class="check" data-testid="answers-to-check" aria-labelledby="answers-title">
      <h2 id="answers-title" class="sub-title">{t("review.yourAnswers")}</h2>
      {sections.map((section, index) => (
        <div key={section.id} class="check-section">
          <h3 class="strong" lang={fallbackLang(section, locale)}>{section.title}</h3>
          <dl>
            {section.questions.map((q) => {
              const text = answerText(q, answers[q.key]);
              return (
                <div key={q.key} class="check-item" data-testid="answer-to-check" data-key={q.key}>
                  <dt id={`check-${q.key}`} class="small muted" lang={fallbackLang(q, locale)}>{q.prompt}</dt>
                  <dd class={text ? "text check-answer" : "muted check-answer"}>
                    {text || t("review.noAnswer")}{" "}
                    <button type="button" class="link" onClick={() => onGoto(q.key, index)} aria-describedby={`check-${q.key}`}>{t("review.change")}</button>
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
      ))}
    </section>
  );
}

export type ReviewProps = {
  t: Translate; pending: Pending[]; answered: number; total: number; phase: SendPhase; refusal: Refusal | null; online: boolean; preview: boolean; newCode: string;
  children?: ComponentChildren;
  onGoto: (key: string, section: number) => void; onNewCode: (value: string) => void; onUseNewCode: () => void; onBack: () => void; onSend: () => void;
};

const BUSY: SendPhase[] = ["sending", "retrying"];

export function ReviewStep(p: ReviewProps) {
  const { t } = p;
  const busy = BUSY.includes(p.phase);
  const status =
    p.phase === "preview" ? t("preview.sent")
    : !p.online && (p.phase === "offline" || busy) ? t("status.offline")
    : p.phase === "sending" ? t("status.sending")
    : p.phase === "retrying" ? t("status.retrying")
    : p.phase === "failed" ? t("status.failed")
    : p.phase === "closed" ? t("status.campaign_closed")
    : p.phase === "invalid" ? t("status.invalid")
    : p.refusal ? t(`status.${p.refusal}`)
    : "";
  const sendDisabled = busy || p.pending.length > 0 || !!p.refusal || p.phase === "closed";
  return (
    <div>
      <h1 class="step-title" tabIndex={-1} data-step-heading="">{t("review.title")}</h1>
      <p class="text review-count">{t("review.answered", { answered: p.answered, total: p.total })}</p>
      {p.pending.length > 0 ? (
        <section class="missing" data-testid="missing-answers">
          <p>{t("review.missing")}</p>
          <ul>
            {p.pending.map((item) => (
              <li key={item.question.key} data-testid="missing-answer">
                <button type="button" class="link" onClick={() => p.onGoto(item.question.key, item.section)}>{item.question.prompt}</button>
                <span class="missing-why">{item.message}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p class="complete" data-testid="review-complete">{t("review.complete")}</p>
      )}
      {p.children}
      <p id="send-status" role="status" aria-live="polite" class="send-status" data-testid="send-status">{status}</p>
      {p.refusal && !p.preview && (
        <form id="new-code-form" class="card new-code" onSubmit={submitted(p.onUseNewCode)}>
          <label for="new-code" class="label">{t("newCode.label")}</label>
          <input id="new-code" value={p.newCode} autocomplete="off" spellcheck={false} class="input code" onInput={typed(p.onNewCode)} />
          <button type="submit" class="btn primary block">{t("newCode.use")}</button>
        </form>
      )}
      <div class="row">
        <button id="review-back" type="button" disabled={busy} class="btn" onClick={p.onBack}>{t("nav.back")}</button>
        <button id="send" type="button" disabled={sendDisabled} class="btn primary" data-testid="send" onClick={p.onSend}>{p.phase === "failed" ? t("review.resend") : t("review.send")}</button>
      </div>
    </div>
  );
}

export type DoneProps = {
  t: Translate; receipt: string | null; copied: "copied" | "selected" | null;
  /** After a kiosk response: the station's next officer must not find this receipt code. */
  finish: boolean;
  onCopy: () => void; onPrint: () => void; onFinish: () => void;
};

/** When printed, only the receipt card is (see the print rules in components/survey/survey.css). */
export function DoneStep({ t, receipt, copied, finish, onCopy, onPrint, onFinish }: DoneProps) {
  return (
    <>
      <h1 class="title" tabIndex={-1} data-step-heading="" data-testid="survey-done">{t("done.title")}</h1>
      {receipt && (
        <div data-print-only="">
          <section class="receipt-card" data-testid="receipt-card">
            <h2>{t("done.receiptTitle")}</h2>
            <code id="receipt-code" class="receipt-code" data-testid="receipt-code">{formatCode(receipt, 4)}</code>
            <p class="explain">{t("done.receiptExplain")}</p>
            <div class="row print-hide">
              <button id="copy" type="button" class="btn primary" onClick={onCopy}>{copied === "copied" ? t("done.copied") : t("done.copy")}</button>
              <button id="print" type="button" class="btn" onClick={onPrint}>{t("done.print")}</button>
            </div>
            <p id="copy-status" role="status" class="hint print-hide" data-testid="copy-status">{copied ? t(`done.${copied}`) : ""}</p>
          </section>
        </div>
      )}
      <p class="space small muted">{t("done.cleared")}</p>
      <p class="space"><a href="/receipt" class="link">{t("done.receiptPage")}</a></p>
      {finish && <button id="finish" type="button" class="btn block finish" data-testid="finish" onClick={onFinish}>{t("done.finish")}</button>}
    </>
  );
}
