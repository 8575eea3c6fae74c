"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { generateCodes } from "@/app/(staff)/admin/codes/actions";
import { readMessageKey } from "@/i18n/validation";
import { CodeSlips } from "@/components/codes/CodeSlips";
import { buttonClass, describedBy, Field, FormError, inputClass } from "@/components/ui/form-parts";
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

  const unitError = fieldErrors.unitId ? message(fieldErrors.unitId[0]) : null;
  const sizeError = fieldErrors.size ? message(fieldErrors.size[0]) : null;

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
      {error ? <div className="mb-3"><FormError error={error} testId="codes-error" /></div> : null}
      <div className="flex flex-wrap items-start gap-4">
        <Field id="codes-unit" label={t("unit")} error={unitError} className="min-w-64">
          <select id="codes-unit" name="unitId" required defaultValue="" className={inputClass} aria-invalid={!!unitError} aria-describedby={describedBy("codes-unit", null, unitError)}>
            <option value="" disabled>{t("chooseUnit")}</option>
            {units.map((u) => <option key={u.id} value={u.id}>{u.label}</option>)}
          </select>
        </Field>
        <Field id="codes-size" label={t("size")} hint={t("sizeHint")} error={sizeError} className="max-w-72">
          <input id="codes-size" name="size" type="number" min={1} max={500} defaultValue={30} required className={`${inputClass} max-w-32`} aria-invalid={!!sizeError} aria-describedby={describedBy("codes-size", t("sizeHint"), sizeError)} />
        </Field>
        <button type="submit" disabled={pending} className={`${buttonClass} mt-6`}>{pending ? t("working") : t("submit")}</button>
      </div>
    </form>
  );
}
