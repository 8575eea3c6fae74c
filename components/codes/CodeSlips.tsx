"use client";
import { useTranslations } from "next-intl";
import { PrintOnly } from "@/components/survey/PrintOnly";
import type { GeneratedBatch } from "@/lib/access-codes/issue";
import { localName } from "@/i18n/local-name";

/** Printable slips of a fresh batch: the only time its codes are shown. */
export function CodeSlips({ batch, zh, onClose }: { batch: GeneratedBatch; zh: boolean; onClose: () => void }) {
  const t = useTranslations("codes.slips");
  const unit = localName(batch.unit, zh);
  return (
    <section className="mb-8" data-testid="code-slips">
      <div className="mb-3 rounded-lg border border-amber-300 bg-amber-50 p-4 print:hidden">
        <h2 className="font-semibold">{t("title", { count: batch.slips.length, unit })}</h2>
        <p className="mt-1 text-sm text-amber-900">{t("notice")}</p>
        <div className="mt-3 flex gap-3">
          <button type="button" onClick={() => window.print()} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white">{t("print")}</button>
          <button type="button" onClick={onClose} className="rounded-md border border-slate-300 bg-white px-4 py-2">{t("close")}</button>
        </div>
      </div>
      <PrintOnly>
        <ol className="grid grid-cols-1 gap-3 sm:grid-cols-2 print:grid-cols-2 print:gap-0">
          {batch.slips.map((slip) => (
            <li key={slip.code} className="flex break-inside-avoid gap-3 border border-dashed border-slate-400 bg-white p-3" data-testid="code-slip">
              {/* Server-generated SVG of the address with the code after '#'. */}
              <div className="size-28 shrink-0" aria-hidden dangerouslySetInnerHTML={{ __html: slip.qrSvg }} />
              <div className="min-w-0 text-sm">
                <p className="font-semibold">{t("heading")} · {localName(batch.campaign, zh)}</p>
                <p className="mt-1 text-xs text-slate-600">{t("address")}</p>
                <p className="font-mono text-xs break-all">{batch.address}</p>
                <p className="mt-2 text-xs text-slate-600">{t("codeLabel")}</p>
                <p className="font-mono text-xl font-semibold tracking-widest" data-testid="slip-code">{slip.code}</p>
                <p className="mt-1 text-[11px] leading-snug text-slate-600">{t("privacy")}</p>
              </div>
            </li>
          ))}
        </ol>
      </PrintOnly>
    </section>
  );
}
