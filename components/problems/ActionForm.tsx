"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createActionAction, editActionAction } from "@/app/(staff)/actions/board-actions";
import { useVersionedForm } from "@/components/problems/versioned-form";
import { buttonClass, Field, inputClass } from "@/components/ui/form-parts";
import { ACTION_STATUSES } from "@/lib/actions/schemas";
import { localTitle } from "@/i18n/local-name";

export type ActionFormValues = {
  id?: string;
  version?: number;
  title: string;
  titleZh: string;
  description: string;
  owner: string;
  officeName: string;
  dueOn: string;
  status: string;
  problemIds: string[];
};

type Choices = {
  users: { id: string; name: string }[];
  problems: { id: string; title: string; titleZh: string; aspectCode: string | null }[];
};

/** The admin's form for a new action or an edit (which carries the version it was made from). */
export function ActionForm({ campaignId, initial, choices }: { campaignId: string; initial: ActionFormValues; choices: Choices }) {
  const t = useTranslations("actions");
  const zh = useLocale() === "zh";
  const router = useRouter();
  const { values, setValues, set, fields, pending, save, notices } = useVersionedForm(initial, t, "action");
  const submit = () => {
    const input = { ...values, campaignId };
    if (values.id) save(() => editActionAction(input));
    else save(() => createActionAction(input), (id) => router.push(`/actions/${id}`));
  };

  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      data-testid="action-form"
    >
      {notices}
      <div className="grid gap-3 md:grid-cols-2">
        <Field id="action-title" label={t("form.title")} error={fields.title}>
          <input id="action-title" className={inputClass} value={values.title} onChange={set("title")} maxLength={200} />
        </Field>
        <Field id="action-titleZh" label={t("form.titleZh")} error={fields.titleZh}>
          <input id="action-titleZh" className={inputClass} value={values.titleZh} onChange={set("titleZh")} maxLength={200} lang="zh" />
        </Field>
      </div>
      <Field id="action-description" label={t("form.description")} error={fields.description}>
        <textarea id="action-description" className={inputClass} rows={3} value={values.description} onChange={set("description")} />
      </Field>
      <div className="grid gap-3 md:grid-cols-3">
        <Field id="action-owner" label={t("form.owner")} error={fields.owner}>
          <select id="action-owner" className={inputClass} value={values.owner} onChange={set("owner")}>
            <option value="">{t("form.pickOwner")}</option>
            {choices.users.map((u) => (
              <option key={u.id} value={`user:${u.id}`}>
                {u.name}
              </option>
            ))}
            <option value="office">{t("form.office")}</option>
          </select>
        </Field>
        {values.owner === "office" ? (
          <Field id="action-officeName" label={t("form.officeName")} hint={t("form.officeHint")} error={fields.officeName}>
            <input id="action-officeName" className={inputClass} value={values.officeName} onChange={set("officeName")} maxLength={200} />
          </Field>
        ) : null}
        <Field id="action-due" label={t("form.due")} error={fields.dueOn}>
          <input id="action-due" type="date" className={inputClass} value={values.dueOn} onChange={set("dueOn")} />
        </Field>
        <Field id="action-status" label={t("form.status")} error={fields.status}>
          <select id="action-status" className={inputClass} value={values.status} onChange={set("status")}>
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-800">{t("form.problems")}</legend>
        <div className="max-h-48 space-y-1 overflow-y-auto rounded border border-slate-200 bg-white p-2">
          {choices.problems.map((p) => (
            <label key={p.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={values.problemIds.includes(p.id)}
                onChange={(e) =>
                  setValues({
                    ...values,
                    problemIds: e.target.checked ? [...values.problemIds, p.id] : values.problemIds.filter((x) => x !== p.id),
                  })
                }
              />
              {p.aspectCode ? `${p.aspectCode} · ` : ""}
              {localTitle(p, zh)}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className={buttonClass} disabled={pending} data-testid="action-submit">
        {values.id ? t("form.save") : t("form.create")}
      </button>
    </form>
  );
}
