// /receipt: the officer types the receipt code (it goes to the server in a POST body only) and sees
// the date, the questionnaire, how many answers, and what became of the problems raised.
import { html, type Html } from "@/components/survey/html";
import { makeTranslate, type Dict, type SurveyLocale, type Translate } from "@/components/survey/translate";
import { LOCALE_TAGS, languageToggle } from "@/components/survey/view/common";
import type { ReceiptView } from "@/lib/surveys/receipts";

export type ReceiptPageData = { page: "receipt"; locale: SurveyLocale; messages: Record<SurveyLocale, Dict> };

/** `error` is a message key, so that a language switch translates it too. */
export type ReceiptModel = { data: ReceiptPageData; locale: SurveyLocale; code: string; busy: boolean; error: string | null; receipt: ReceiptView | null };

export function initialReceiptModel(data: ReceiptPageData): ReceiptModel {
  return { data, locale: data.locale, code: "", busy: false, error: null, receipt: null };
}

export function renderReceipt({ data, locale, code, busy, error, receipt }: ReceiptModel): Html {
  const t = makeTranslate(data.messages[locale]);
  const body = receipt
    ? receiptResult(receipt, locale, t)
    : html`<p class="lead">${t("intro")}</p><form id="receipt-form" class="card"><label for="receipt-code" class="label">${t("label")}</label><input id="receipt-code" value="${code}" autocomplete="off" spellcheck="false" autocapitalize="characters" aria-describedby="receipt-hint receipt-error" aria-invalid="${String(!!error)}" class="input receipt"><p id="receipt-hint" class="hint">${t("hint")}</p><p id="receipt-error" role="status" class="error" data-testid="receipt-error">${error ? t(error) : ""}</p><button id="look-up" type="submit"${busy && " disabled"} class="btn primary block">${busy ? t("looking") : t("submit")}</button></form>`;
  return html`<div lang="${LOCALE_TAGS[locale]}" data-testid="receipt-lookup" data-locale="${locale}"><header class="bar"><div class="dept">${t("department")}</div>${languageToggle(locale, t("language"))}</header><h1 class="title tight">${t("title")}</h1>${body}</div>`;
}

function receiptResult(receipt: ReceiptView, locale: SurveyLocale, t: Translate): Html {
  const problems = receipt.problems.map((p) => {
    const actions = p.actions.length > 0
      ? html`<div class="actions"><p class="small strong text">${t("result.actions")}</p><ul>${p.actions.map((a) => html`<li class="action"><span class="strong">${a.number ? `${a.number}. ` : ""}${a.title}</span> · ${t(`actionStatus.${a.status}`)}${a.dueOn ? ` · ${t("result.due", { date: a.dueOn })}` : ""}${a.updates.length === 0 ? html`<p class="muted">${t("result.noUpdates")}</p>` : a.updates.map((u) => html`<p class="text"><span class="muted">${u.on}</span> ${u.body}</p>`)}</li>`)}</ul></div>`
      : "";
    return html`<li class="card" data-testid="receipt-problem"><div class="problem-head"><span class="strong">${p.title}</span><span class="pill" data-testid="problem-status">${t(`problemStatus.${p.status}`)}</span></div>${p.aspectCode ? html`<p class="small muted">${p.aspectCode} · ${locale === "zh" ? p.aspectZh : p.aspectEn}</p>` : ""}${actions}</li>`;
  });
  // The heading takes the focus when the result replaces the form (and the button that had it).
  return html`<section data-testid="receipt-result" aria-labelledby="receipt-result-title"><h2 id="receipt-result-title" class="sub-title" tabindex="-1" data-result-heading>${t("result.title")}</h2><p class="strong" data-testid="receipt-date">${t("result.submitted", { date: receipt.submittedOn })}</p><p class="text">${t("result.questionnaire", { title: receipt.questionnaire })}</p><p class="lead">${t("result.answered", { count: receipt.answered })}</p><h2 class="sub-title">${t("result.problemsTitle")}</h2>${receipt.problems.length === 0 ? html`<p class="empty" data-testid="receipt-no-problems">${t("result.noProblems")}</p>` : ""}<ul class="problems">${problems}</ul><button id="another" type="button" data-action="another" class="link another">${t("result.another")}</button></section>`;
}
