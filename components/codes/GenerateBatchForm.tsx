"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { generateCodes } from "@/app/(staff)/admin/codes/actions";
import { readMessageKey } from "@/i18n/validation";
import { CodeSlips } from "@/components/codes/CodeSlips";
import type { GeneratedBatch } from "@/lib/access-codes/issue";

type Props = { campaignId: string; units: { id: string; label: string }[]; zh: boolean };

export function GenerateBatchForm({ campaignId, units, zh }: Props) {
  const t = useTranslations("codes.generate");
  const [pending, startTransition] = useTransition();
  const [batch, setBatch] = useState<GeneratedBatch | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  const message = (code: string) => {
    const { key, params } = readMessageKey(code);
    return t.has(`validation.${key}`) ? t(`validation.${key}`, params) : t("validation.invalid");
  };

  if (batch) return <CodeSlips batch={batch} zh={zh} onClose={() => setBatch(null)} />;

  return (
    <form
      className="mb-8 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="generate-codes"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const input = { campaignId, unitId: String(form.get("unitId") ?? ""), size: String(form.get("size") ?? "") };
        startTransition(async () => {
          const result = await generateCodes(input);
          if (result.ok) {
            setError(null);
            setFieldErrors({});
            setBatch(result.data);
          } else {
            setError(result.error);
            setFieldErrors(result.fieldErrors ?? {});
          }
        });
      }}
    >
      <h2 className="mb-3 text-lg font-semibold">{t("title")}</h2>
      {error ? <p className="mb-3 rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" role="alert" data-testid="codes-error">{error}</p> : null}
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("unit")}</span>
          <select name="unitId" required defaultValue="" className="min-w-64 rounded-md border border-slate-300 px-3 py-2" aria-invalid={!!fieldErrors.unitId}>
            <option value="" disabled>{t("chooseUnit")}</option>
            {units.map((u) => <option key={u.id} value={u.id}>{u.label}</option>)}
          </select>
          {fieldErrors.unitId ? <span className="text-red-700" data-testid="unit-error">{message(fieldErrors.unitId[0])}</span> : null}
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("size")}</span>
          <input name="size" type="number" min={1} max={500} defaultValue={30} required className="w-32 rounded-md border border-slate-300 px-3 py-2" aria-invalid={!!fieldErrors.size} />
          {fieldErrors.size ? <span className="text-red-700" data-testid="size-error">{message(fieldErrors.size[0])}</span> : null}
        </label>
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white disabled:opacity-60">{pending ? t("working") : t("submit")}</button>
      </div>
      <p className="mt-2 text-sm text-slate-600">{t("sizeHint")}</p>
    </form>
  );
}
