// The steps of the officer's questionnaire: start (promises and code), a section, check and send,
// and the thank-you with the receipt code. Buttons carry `data-action` and forms an id; the page's
// script (components/survey/client/survey-page.ts) acts on them.
import { html, type Html } from "@/components/survey/html";
import type { AnswerValue } from "@/components/survey/draft";
import type { Refusal, SendPhase } from "@/components/survey/survey-state";
import type { Translate } from "@/components/survey/translate";
import { questionField } from "@/components/survey/view/question";
import { formatCode } from "@/lib/surveys/codes";
import type { QuestionView, SectionView } from "@/lib/surveys/structure";

const PROMISES = ["noName", "noTrace", "code", "small", "masking", "draft", "receipt"] as const;

/** The first page's anonymity promises, in plain words. */
export function promises(t: Translate): Html {
  return html`<section class="promises" data-testid="promises"><h2>${t("promises.title")}</h2><ul>${PROMISES.map((key) => html`<li>${t(`promises.${key}`)}</li>`)}</ul></section>`;
}

export type StartProps = { title: string; intro: string; kiosk: boolean; code: string; busy: boolean; error: string | null };

// The code field has no `name`: a submit before the script runs cannot put it in a query string.
export function startStep(t: Translate, p: StartProps): Html {
  const code = html`<label for="access-code" class="label">${t("code.label")}</label><input id="access-code" value="${p.code}" autocomplete="off" autocapitalize="characters" spellcheck="false" inputmode="text" aria-describedby="access-code-hint access-code-error" aria-invalid="${String(!!p.error)}" class="input code"><p id="access-code-hint" class="hint">${t("code.hint")}</p>`;
  // An open kiosk link serves the station and officers' phones at one address: the stylesheet shows
  // the station its notice and a phone the code field (which may stay empty while the link is open).
  const field = p.kiosk
    ? html`<p class="text small kiosk station-only" data-testid="kiosk-notice">${t("code.kiosk")}</p><div class="phone-only">${code}</div>`
    : code;
  return html`<h1 class="title tight" tabindex="-1" data-step-heading>${p.title}</h1>${p.intro ? html`<p class="lead">${p.intro}</p>` : ""}${promises(t)}<form id="start-form" class="card">${field}<p id="access-code-error" role="status" class="error" data-testid="code-error">${p.error ?? ""}</p><button id="start" type="submit"${p.busy && " disabled"} class="btn primary block">${p.busy ? t("code.checking") : t("code.start")}</button></form>`;
}

export function sectionStep(t: Translate, section: SectionView, answers: Record<string, AnswerValue>, issueOf: (key: string) => string | null, last: boolean): Html {
  return html`<form id="section-form" novalidate><h2 class="step-title" tabindex="-1" data-step-heading>${section.title}</h2><div class="questions">${section.questions.map((q) => questionField(q, answers[q.key], issueOf(q.key), t))}</div><div class="row nav"><button id="nav-back" type="button" data-action="back" class="btn">${t("nav.back")}</button><button id="nav-next" type="submit" class="btn primary">${last ? t("nav.review") : t("nav.next")}</button></div></form>`;
}

export type Pending = { question: QuestionView; section: number; message: string };

export type ReviewProps = { pending: Pending[]; answered: number; total: number; phase: SendPhase; refusal: Refusal | null; online: boolean; preview: boolean; newCode: string };

const BUSY: SendPhase[] = ["sending", "retrying"];

export function reviewStep(t: Translate, p: ReviewProps): Html {
  const busy = BUSY.includes(p.phase);
  const status =
    p.phase === "preview" ? t("preview.sent")
    : !p.online && (p.phase === "offline" || busy) ? t("status.offline")
    : p.phase === "sending" ? t("status.sending")
    : p.phase === "retrying" ? t("status.retrying")
    : p.phase === "failed" ? t("status.failed")
    : p.phase === "closed" ? t("status.campaign_not_found")
    : p.phase === "invalid" ? t("status.invalid")
    : p.refusal ? t(`status.${p.refusal}`)
    : "";
  const missing = p.pending.length > 0
    ? html`<section class="missing" data-testid="missing-answers"><p>${t("review.missing")}</p><ul>${p.pending.map((item) => html`<li data-testid="missing-answer"><button type="button" data-action="goto" data-key="${item.question.key}" data-section="${item.section}" class="link">${item.question.prompt}</button><span class="missing-why">${item.message}</span></li>`)}</ul></section>`
    : html`<p class="complete" data-testid="review-complete">${t("review.complete")}</p>`;
  const newCode = p.refusal && !p.preview
    ? html`<form id="new-code-form" class="card new-code"><label for="new-code" class="label">${t("newCode.label")}</label><input id="new-code" value="${p.newCode}" autocomplete="off" spellcheck="false" class="input code"><button type="submit" class="btn primary block">${t("newCode.use")}</button></form>`
    : "";
  const sendDisabled = busy || p.pending.length > 0 || !!p.refusal || p.phase === "closed";
  return html`<div><h2 class="step-title" tabindex="-1" data-step-heading>${t("review.title")}</h2><p class="text review-count">${t("review.answered", { answered: p.answered, total: p.total })}</p>${missing}<p id="send-status" role="status" aria-live="polite" class="send-status" data-testid="send-status">${status}</p>${newCode}<div class="row"><button id="review-back" type="button" data-action="review-back"${busy && " disabled"} class="btn">${t("nav.back")}</button><button id="send" type="button" data-action="send"${sendDisabled && " disabled"} class="btn primary" data-testid="send">${p.phase === "failed" ? t("review.resend") : t("review.send")}</button></div></div>`;
}

/**
 * When printed, only the receipt card is (see the print rules in components/survey/survey.css).
 * `finish` after a kiosk response: the station's next officer must not find this receipt code.
 */
export function doneStep(t: Translate, receipt: string | null, copied: "copied" | "selected" | null, finish = false): Html {
  const card = receipt
    ? html`<div data-print-only=""><section class="receipt-card" data-testid="receipt-card"><h2>${t("done.receiptTitle")}</h2><code id="receipt-code" class="receipt-code" data-testid="receipt-code">${formatCode(receipt, 4)}</code><p class="explain">${t("done.receiptExplain")}</p><div class="row print-hide"><button id="copy" type="button" data-action="copy" class="btn primary">${copied === "copied" ? t("done.copied") : t("done.copy")}</button><button id="print" type="button" data-action="print" class="btn">${t("done.print")}</button></div><p id="copy-status" role="status" class="hint print-hide" data-testid="copy-status">${copied ? t(`done.${copied}`) : ""}</p></section></div>`
    : "";
  return html`<h1 class="title" tabindex="-1" data-step-heading data-testid="survey-done">${t("done.title")}</h1>${card}<p class="space small muted">${t("done.cleared")}</p><p class="space"><a href="/receipt" class="link">${t("done.receiptPage")}</a></p>${finish && html`<button id="finish" type="button" data-action="finish" class="btn block finish" data-testid="finish">${t("done.finish")}</button>`}`;
}
