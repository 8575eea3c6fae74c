"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { bulkAcceptAction } from "@/app/(staff)/review/actions";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/form-parts";

/**
 * Accepting every confident suggestion at once. The floor is chosen from a few values and the
 * count it would decide is shown before anything happens; a second click confirms.
 */
export function BulkAccept({ campaignId, thresholds, counts, initial }: { campaignId: string; thresholds: readonly number[]; counts: Record<string, number>; initial: number }) {
  const t = useTranslations("review.bulk");
  const router = useRouter();
  const [threshold, setThreshold] = useState(initial);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const count = counts[String(threshold)] ?? 0;

  function run() {
    startTransition(async () => {
      const result = await bulkAcceptAction({ campaignId, threshold });
      setConfirming(false);
      if (!result.ok) return setMessage({ ok: false, text: result.error });
      setMessage({ ok: true, text: t("done", { count: result.data.count }) });
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="bulk-heading" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="bulk-accept">
      <h2 id="bulk-heading" className="font-semibold text-brand-900">{t("heading")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="bulk-threshold" className="mb-1 block text-sm font-medium">{t("threshold")}</label>
          <select
            id="bulk-threshold"
            className={inputClass}
            value={threshold}
            onChange={(e) => {
              setThreshold(Number(e.target.value));
              setConfirming(false);
            }}
            data-testid="bulk-threshold"
          >
            {thresholds.map((v) => (
              <option key={v} value={v}>
                {t("option", { threshold: v.toFixed(2), count: counts[String(v)] ?? 0 })}
              </option>
            ))}
          </select>
        </div>
        {confirming ? (
          <>
            <button type="button" className={buttonClass} disabled={pending} onClick={run} data-testid="bulk-confirm">
              {t("confirm", { count })}
            </button>
            <button type="button" className={secondaryButtonClass} onClick={() => setConfirming(false)}>
              {t("cancel")}
            </button>
          </>
        ) : (
          <button type="button" className={buttonClass} disabled={pending || count === 0} onClick={() => setConfirming(true)} data-testid="bulk-start">
            {t("start", { count, threshold: threshold.toFixed(2) })}
          </button>
        )}
      </div>
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={`mt-2 text-sm ${message.ok ? "text-green-800" : "text-red-800"}`} data-testid="bulk-message">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
