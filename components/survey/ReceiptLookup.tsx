"use client";
import { useMemo, useState } from "react";
import { useSurveyLanguage } from "@/components/survey/hooks";
import { postJson } from "@/components/survey/send";
import { LanguageToggle } from "@/components/survey/LanguageToggle";
import { makeTranslate, type Dict, type SurveyLocale, type Translate } from "@/components/survey/translate";
import { RECEIPT_CODE_LENGTH, isWellFormed, normalizeCode } from "@/lib/surveys/codes";
import type { ReceiptView } from "@/lib/surveys/receipts";

type Props = { initialLocale: SurveyLocale; messages: Record<SurveyLocale, Dict> };

export function ReceiptLookup({ initialLocale, messages }: Props) {
  const [locale, setLocale] = useSurveyLanguage(initialLocale);
  const t = useMemo(() => makeTranslate(messages[locale]), [messages, locale]);
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<ReceiptView | null>(null);

  const lookUp = async () => {
    const normalized = normalizeCode(code);
    setError(null);
    if (!isWellFormed(normalized, RECEIPT_CODE_LENGTH)) return setError(t("errors.malformed"));
    setBusy(true);
    const { status, body } = await postJson("/api/survey/receipt", { receiptCode: normalized }, 15_000);
    setBusy(false);
    if (status === 200) {
      setReceipt((body as { receipt: ReceiptView }).receipt);
      setCode(""); // the code does not stay on the page once used
      return;
    }
    setError(t(status === 0 ? "errors.network" : status === 404 ? "errors.not_found" : status === 429 ? "errors.rate_limited" : status === 400 ? "errors.malformed" : "errors.unexpected"));
  };

  return (
    <div lang={locale === "zh" ? "zh-CN" : "en"} data-testid="receipt-lookup">
      <header className="mb-4 flex items-center justify-between gap-3 border-b border-slate-200 pb-3">
        <div className="text-xs text-slate-500">{t("department")}</div>
        <LanguageToggle locale={locale} onChange={setLocale} label={t("language")} />
      </header>
      <h1 className="mb-2 text-2xl font-semibold text-brand-900">{t("title")}</h1>
      {receipt ? (
        <ReceiptResult receipt={receipt} locale={locale} t={t} onAnother={() => setReceipt(null)} />
      ) : (
        <>
          <p className="mb-4 text-slate-700">{t("intro")}</p>
          <form
            className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
            onSubmit={(event) => {
              event.preventDefault();
              void lookUp();
            }}
          >
            <label htmlFor="receipt-code" className="mb-1 block font-medium">{t("label")}</label>
            <input
              id="receipt-code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" spellCheck={false} autoCapitalize="characters"
              aria-describedby="receipt-hint receipt-error" aria-invalid={!!error} className="w-full rounded-lg border border-slate-300 px-3 py-2 font-mono text-base tracking-wider uppercase"
            />
            <p id="receipt-hint" className="mt-1 text-sm text-slate-500">{t("hint")}</p>
            <p id="receipt-error" role="status" className="mt-2 min-h-5 text-sm font-medium text-red-700" data-testid="receipt-error">{error ?? ""}</p>
            <button type="submit" disabled={busy} className="mt-2 w-full rounded-lg bg-brand-600 px-4 py-3 font-semibold text-white disabled:opacity-60">{busy ? t("looking") : t("submit")}</button>
          </form>
        </>
      )}
    </div>
  );
}

function ReceiptResult({ receipt, locale, t, onAnother }: { receipt: ReceiptView; locale: SurveyLocale; t: Translate; onAnother: () => void }) {
  return (
    <section data-testid="receipt-result">
      <p className="font-medium" data-testid="receipt-date">{t("result.submitted", { date: receipt.submittedOn })}</p>
      <p className="text-slate-700">{t("result.questionnaire", { title: receipt.questionnaire })}</p>
      <p className="mb-4 text-slate-700">{t("result.answered", { count: receipt.answered })}</p>
      <h2 className="mb-2 text-lg font-semibold text-brand-900">{t("result.problemsTitle")}</h2>
      {receipt.problems.length === 0 ? <p className="rounded-xl bg-slate-100 p-4 text-slate-700" data-testid="receipt-no-problems">{t("result.noProblems")}</p> : null}
      <ul className="space-y-3">
        {receipt.problems.map((p, i) => (
          <li key={i} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="receipt-problem">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="font-medium">{p.title}</span>
              <span className="rounded-full bg-brand-50 px-2 py-0.5 text-sm text-brand-900" data-testid="problem-status">{t(`problemStatus.${p.status}`)}</span>
            </div>
            {p.aspectCode ? <p className="text-sm text-slate-500">{p.aspectCode} · {locale === "zh" ? p.aspectZh : p.aspectEn}</p> : null}
            {p.actions.length > 0 ? (
              <div className="mt-2">
                <p className="text-sm font-medium text-slate-700">{t("result.actions")}</p>
                <ul className="mt-1 space-y-2">
                  {p.actions.map((a, j) => (
                    <li key={j} className="border-l-2 border-brand-100 pl-3 text-sm">
                      <span className="font-medium">{a.number ? `${a.number}. ` : ""}{a.title}</span> · {t(`actionStatus.${a.status}`)}{a.dueOn ? ` · ${t("result.due", { date: a.dueOn })}` : ""}
                      {a.updates.length === 0 ? <p className="text-slate-500">{t("result.noUpdates")}</p> : a.updates.map((u, k) => <p key={k} className="text-slate-700"><span className="text-slate-500">{u.on}</span> {u.body}</p>)}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onAnother} className="mt-5 text-brand-700 underline">{t("result.another")}</button>
    </section>
  );
}
