"use client";
import { useTranslations } from "next-intl";
import { editProblemAction } from "@/app/(staff)/problems/actions";
import { useVersionedForm } from "@/components/problems/versioned-form";
import { buttonClass, Field, inputClass } from "@/components/ui/form-parts";
import { PROBLEM_STATUSES, type ProblemStatusName } from "@/lib/problems/schemas";

export type ProblemValues = {
  id: string;
  version: number;
  title: string;
  titleZh: string;
  description: string;
  descriptionZh: string;
  status: ProblemStatusName;
  statusReason: string;
  escalatedTo: string;
  published: boolean;
};

/**
 * Rename, describe, set the status with its reason, publish. The edit carries the version it was
 * made from; a stale one shows the newer state beside the user's values, which stay in the form.
 */
export function ProblemEditForm({ initial }: { initial: ProblemValues }) {
  const t = useTranslations("problems");
  const { values, setValues, set, fields, pending, save, notices } = useVersionedForm(initial, t, "problem");
  const needsReason = values.status === "NOT_SOLVABLE" || values.status === "WONT_FIX";

  return (
    <form
      className="space-y-3"
      data-testid="problem-form"
      onSubmit={(e) => {
        e.preventDefault();
        save(() => editProblemAction(values));
      }}
    >
      {notices}
      <div className="grid gap-3 md:grid-cols-2">
        <Field id="problem-title" label={t("form.title")} error={fields.title}>
          <input id="problem-title" className={inputClass} value={values.title} onChange={set("title")} maxLength={200} />
        </Field>
        <Field id="problem-titleZh" label={t("form.titleZh")} error={fields.titleZh}>
          <input id="problem-titleZh" className={inputClass} value={values.titleZh} onChange={set("titleZh")} maxLength={200} lang="zh" />
        </Field>
        <Field id="problem-description" label={t("form.description")} error={fields.description}>
          <textarea id="problem-description" className={inputClass} rows={3} value={values.description} onChange={set("description")} />
        </Field>
        <Field id="problem-descriptionZh" label={t("form.descriptionZh")} error={fields.descriptionZh}>
          <textarea id="problem-descriptionZh" className={inputClass} rows={3} value={values.descriptionZh} onChange={set("descriptionZh")} lang="zh" />
        </Field>
      </div>
      <div className="grid gap-3 md:grid-cols-3">
        <Field id="problem-status" label={t("form.status")} error={fields.status}>
          <select id="problem-status" className={inputClass} value={values.status} onChange={set("status")}>
            {PROBLEM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        {needsReason ? (
          <Field id="problem-reason" label={t("form.reason")} error={fields.statusReason}>
            <input id="problem-reason" className={inputClass} value={values.statusReason} onChange={set("statusReason")} maxLength={1000} />
          </Field>
        ) : null}
        {values.status === "NOT_SOLVABLE" ? (
          <Field id="problem-escalated" label={t("form.escalatedTo")} error={fields.escalatedTo}>
            <input id="problem-escalated" className={inputClass} value={values.escalatedTo} onChange={set("escalatedTo")} maxLength={200} />
          </Field>
        ) : null}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={values.published}
          onChange={(e) => setValues({ ...values, published: e.target.checked })}
          data-testid="problem-published"
        />
        {t("form.published")}
      </label>
      <button type="submit" className={buttonClass} disabled={pending} data-testid="problem-save">
        {t("form.save")}
      </button>
    </form>
  );
}
