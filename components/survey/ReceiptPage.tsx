/** @jsxImportSource preact */
// /receipt: the officer types the receipt code (it goes to the server in a POST body only, and
// does not stay on the page once used) and sees what the receipt shows (view/receipt-result.tsx).
// Rendered on the server (lib/surveys/pages.ts) and hydrated by client/main.tsx.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { applyLanguage, chosenLanguage } from "@/components/survey/client/language";
import { postJson } from "@/components/survey/send";
import { makeTranslate, type Dict, type SurveyLocale } from "@/components/survey/translate";
import { LanguageToggle, LOCALE_TAGS } from "@/components/survey/view/common";
import { ReceiptResult, type SendVerdict } from "@/components/survey/view/receipt-result";
import { RECEIPT_CODE_LENGTH, isWellFormed, normalizeCode } from "@/lib/access-codes/format";
import type { ReceiptView } from "@/lib/surveys/receipts";

export type ReceiptPageData = { page: "receipt"; locale: SurveyLocale; messages: Record<SurveyLocale, Dict> };

/** `error` is a message key, so that a language switch translates it too. */
export type ReceiptState = { locale: SurveyLocale; code: string; busy: boolean; error: string | null; receipt: ReceiptView | null };

export function receiptErrorKey(status: number): string {
  return status === 0 ? "errors.network" : status === 404 ? "errors.not_found" : status === 429 ? "errors.rate_limited" : status === 400 ? "errors.malformed" : "errors.unexpected";
}

export type ReceiptViewProps = { data: ReceiptPageData; state: ReceiptState; onLanguage: (l: SurveyLocale) => void; onCode: (code: string) => void; onLookUp: () => void; onAnother: () => void; onVerdict?: SendVerdict };

export function ReceiptLookup({ data, state, onLanguage, onCode, onLookUp, onAnother, onVerdict }: ReceiptViewProps) {
  const { locale, code, busy, error, receipt } = state;
  const t = makeTranslate(data.messages[locale], locale);
  return (
    <div lang={LOCALE_TAGS[locale]} data-testid="receipt-lookup" data-locale={locale}>
      <header class="bar"><div class="dept">{t("department")}</div><LanguageToggle locale={locale} label={t("language")} onChange={onLanguage} /></header>
      <h1 class="title tight">{t("title")}</h1>
      {receipt ? (
        <ReceiptResult receipt={receipt} locale={locale} t={t} onAnother={onAnother} onVerdict={onVerdict} />
      ) : (
        <>
          <p class="lead">{t("intro")}</p>
          <form id="receipt-form" class="card" onSubmit={(event) => { event.preventDefault(); onLookUp(); }}>
            <label for="receipt-code" class="label">{t("label")}</label>
            <input id="receipt-code" value={code} autocomplete="off" spellcheck={false} autocapitalize="characters" aria-describedby="receipt-hint receipt-error" aria-invalid={!!error} class="input receipt"
              onInput={(event) => onCode((event.currentTarget as HTMLInputElement).value)} />
            <p id="receipt-hint" class="hint">{t("hint")}</p>
            <p id="receipt-error" role="status" class="error" data-testid="receipt-error">{error ? t(error) : ""}</p>
            <button id="look-up" type="submit" disabled={busy} class="btn primary block">{busy ? t("looking") : t("submit")}</button>
          </form>
        </>
      )}
    </div>
  );
}

export function ReceiptPage({ data }: { data: ReceiptPageData }) {
  const [state, setState] = useState<ReceiptState>({ locale: data.locale, code: "", busy: false, error: null, receipt: null });
  const currentRef = useRef(state);
  const focusRef = useRef<string | null>(null);
  // The code used for the look-up, kept in memory only (never in the page's HTML) for verdicts.
  const usedCodeRef = useRef<string | null>(null);
  const set = (patch: Partial<ReceiptState>) => setState((s) => (currentRef.current = { ...s, ...patch }));

  // Once hydrated: the language kept in the tab, and a code typed before the script ran.
  useEffect(() => {
    const typedEarly = (document.getElementById("receipt-code") as HTMLInputElement | null)?.value ?? "";
    const locale = chosenLanguage(data.locale);
    applyLanguage(locale, false);
    set({ locale, code: typedEarly });
  }, [data.locale]);

  useLayoutEffect(() => {
    const selector = focusRef.current;
    focusRef.current = null;
    if (selector) document.querySelector<HTMLElement>(selector)?.focus();
  });

  async function lookUp() {
    if (currentRef.current.busy) return;
    const normalized = normalizeCode(currentRef.current.code);
    if (!isWellFormed(normalized, RECEIPT_CODE_LENGTH)) return set({ error: "errors.malformed" });
    set({ error: null, busy: true });
    const { status, body } = await postJson("/api/survey/receipt", { receiptCode: normalized }, 15_000);
    if (status === 200) {
      // The form and its focused button are gone: the keyboard and screen reader move to the result.
      focusRef.current = "[data-result-heading]";
      usedCodeRef.current = normalized;
      set({ busy: false, receipt: (body as { receipt: ReceiptView }).receipt, code: "" });
    } else set({ busy: false, error: receiptErrorKey(status) });
  }

  return (
    <ReceiptLookup data={data} state={state}
      onLanguage={(locale) => { applyLanguage(locale, true); set({ locale }); }}
      onCode={(code) => set({ code })}
      onLookUp={() => void lookUp()}
      onAnother={() => { focusRef.current = "#receipt-code"; usedCodeRef.current = null; set({ receipt: null }); }}
      onVerdict={async (problemId, verdict, comment) => {
        if (!usedCodeRef.current) return 0;
        return (await postJson("/api/survey/follow-up/verdict", { receiptCode: usedCodeRef.current, problemId, verdict, comment }, 15_000)).status;
      }} />
  );
}
