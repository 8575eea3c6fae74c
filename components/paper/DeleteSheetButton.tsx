"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { deletePaperSheetAction } from "@/app/(staff)/paper/actions";
import { dangerButtonClass, FormError, secondaryButtonClass } from "@/components/ui/form-parts";

/**
 * Deletes a recorded paper sheet after a confirmation that says what it does (its answers leave the
 * dashboards, its texts the review queue; it cannot be undone). "Keep" takes the focus first, so a
 * stray Enter keeps the sheet.
 */
export function DeleteSheetButton({ sheetId, label }: { sheetId: string; label: string }) {
  const t = useTranslations("paper.sheets.delete");
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const keepRef = useRef<HTMLButtonElement>(null);

  if (!asking) {
    return (
      <button type="button" className={dangerButtonClass} data-testid="delete-sheet" onClick={() => {
        setAsking(true);
        requestAnimationFrame(() => keepRef.current?.focus());
      }}>
        {t("button")}
      </button>
    );
  }
  const remove = () =>
    startTransition(async () => {
      const result = await deletePaperSheetAction({ sheetId, confirm: "yes" });
      if (!result.ok) return setError(result.error);
      router.push("/paper/sheets?deleted=1");
    });
  return (
    <div role="group" aria-label={t("button")} className="space-y-2 rounded border border-red-200 bg-red-50 p-3 text-sm" data-testid="delete-sheet-confirm">
      <p>{t("really", { sheet: label })}</p>
      <FormError error={error} />
      <div className="flex flex-wrap gap-2">
        <button type="button" className={dangerButtonClass} disabled={pending} onClick={remove} data-testid="delete-sheet-yes">
          {pending ? t("deleting") : t("yes")}
        </button>
        <button ref={keepRef} type="button" className={secondaryButtonClass} onClick={() => setAsking(false)}>{t("no")}</button>
      </div>
    </div>
  );
}
