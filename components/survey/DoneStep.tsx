"use client";
import { useRef, useState } from "react";
import { PrintOnly } from "@/components/survey/PrintOnly";
import type { Translate } from "@/components/survey/translate";
import { formatCode } from "@/lib/surveys/codes";

export function DoneStep({ t, receipt }: { t: Translate; receipt: string | null }) {
  const [copied, setCopied] = useState(false);
  const codeRef = useRef<HTMLElement>(null);
  const shown = receipt ? formatCode(receipt, 4) : "";
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shown);
      setCopied(true);
    } catch {
      // No clipboard on plain-HTTP intranet addresses: select the code so it can be copied by hand.
      const range = document.createRange();
      if (codeRef.current) range.selectNodeContents(codeRef.current);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }
  };
  return (
    <>
      <h1 className="mb-3 text-2xl font-semibold text-brand-900" tabIndex={-1} data-step-heading data-testid="survey-done">{t("done.title")}</h1>
      {receipt ? (
        <PrintOnly>
          <section className="rounded-xl border-2 border-brand-600 bg-white p-4" data-testid="receipt-card">
            <h2 className="mb-2 font-semibold">{t("done.receiptTitle")}</h2>
            <code ref={codeRef} className="block rounded-lg bg-slate-100 px-2 py-3 text-center font-mono text-base tracking-wide sm:text-lg" data-testid="receipt-code">{shown}</code>
            <p className="mt-3 text-[15px] leading-relaxed text-slate-700">{t("done.receiptExplain")}</p>
            <div className="mt-4 flex gap-3 print:hidden">
              <button type="button" onClick={copy} className="flex-1 rounded-lg bg-brand-600 px-4 py-3 font-semibold text-white">{copied ? t("done.copied") : t("done.copy")}</button>
              <button type="button" onClick={() => window.print()} className="flex-1 rounded-lg border border-slate-300 bg-white px-4 py-3 font-medium">{t("done.print")}</button>
            </div>
          </section>
        </PrintOnly>
      ) : null}
      <p className="mt-4 text-sm text-slate-600">{t("done.cleared")}</p>
      <p className="mt-2">
        <a href="/receipt" className="text-brand-700 underline">{t("done.receiptPage")}</a>
      </p>
    </>
  );
}
