"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import type { UnitImportResult } from "@/lib/units/import";
import type { ActionResult } from "@/lib/server-actions/result";

// Upload of a unit-tree file with the row-by-row report: nothing is created unless every row is
// right, and each problem names its row, column and what to change.

export function UnitImportForm({ action }: { action: (input: FormData) => Promise<ActionResult<UnitImportResult>> }) {
  const t = useTranslations("units.import");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<UnitImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      ref={formRef}
      data-testid="import-units"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(async () => {
          const answer = await action(data);
          if (!answer.ok) {
            const key = answer.fieldErrors?.file?.[0];
            setResult(null);
            setError(key && t.has(`issue.${key}`) ? t(`issue.${key}`) : answer.error);
            return;
          }
          setError(null);
          setResult(answer.data);
          if (answer.data.status === "imported") {
            formRef.current?.reset();
            router.refresh();
          }
        });
      }}
    >
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">{t("file")}</span>
        <input type="file" name="file" accept=".csv,.xlsx" className="text-sm" data-testid="import-units-file" />
      </label>
      <button type="submit" disabled={pending} className="mt-2 rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60" data-testid="import-units-submit">
        {pending ? t("working") : t("submit")}
      </button>
      <div aria-live="polite" className="mt-3 text-sm">
        {error ? <p className="rounded border border-red-200 bg-red-50 px-3 py-2 text-red-800" data-testid="import-units-error">{error}</p> : null}
        {result?.status === "imported" ? <p className="rounded border border-green-200 bg-green-50 px-3 py-2 text-green-800" data-testid="import-units-done">{t("imported", { count: result.count })}</p> : null}
        {result?.status === "file_problem" ? <p className="rounded border border-red-200 bg-red-50 px-3 py-2 text-red-800" data-testid="import-units-error">{t(`issue.${result.code}`)}</p> : null}
        {result?.status === "rejected" ? (
          <div className="rounded border border-red-200 bg-red-50 px-3 py-2 text-red-800" data-testid="import-units-report">
            <p className="font-medium">{t("rejected")}</p>
            <ul className="mt-1 list-disc pl-5">
              {result.issues.map((issue, i) => (
                <li key={i} data-testid="import-units-issue">
                  {t("where", { row: issue.row, column: issue.column || "—" })} {t(`issue.${issue.code}`, { ...issue.params })}
                </li>
              ))}
            </ul>
            {result.more > 0 ? <p>{t("more", { count: result.more })}</p> : null}
          </div>
        ) : null}
      </div>
    </form>
  );
}
