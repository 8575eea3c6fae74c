"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { addSectionAction, createQuestionnaireAction, updateVersionMetaAction } from "@/app/(staff)/admin/questionnaires/actions";
import { buttonClass, describedBy, Field, FormError, inputClass } from "@/components/questionnaires/form-parts";
import { useBuilderAction } from "@/components/questionnaires/use-builder-action";

/** Title and introduction officers read first. */
export function VersionMetaForm({ versionId, title, intro }: { versionId: string; title: string; intro: string }) {
  const t = useTranslations("questionnaires");
  const id = useId();
  const [values, setValues] = useState({ title, intro });
  const [saved, setSaved] = useState(false);
  const { pending, error, fieldErrors, run } = useBuilderAction();
  return (
    <form noValidate className="space-y-3" onSubmit={(e) => {
      e.preventDefault();
      setSaved(false);
      run(() => updateVersionMetaAction({ versionId, ...values }), () => setSaved(true));
    }}>
      <FormError error={error} />
      <Field id={`${id}-title`} label={t("meta.title")} error={fieldErrors.title}>
        <input id={`${id}-title`} value={values.title} onChange={(e) => setValues({ ...values, title: e.target.value })} aria-invalid={!!fieldErrors.title}
          aria-describedby={describedBy(`${id}-title`, null, fieldErrors.title)} className={inputClass} />
      </Field>
      <Field id={`${id}-intro`} label={t("meta.intro")} hint={t("meta.introHint")} error={fieldErrors.intro}>
        <textarea id={`${id}-intro`} rows={3} value={values.intro} onChange={(e) => setValues({ ...values, intro: e.target.value })}
          aria-invalid={!!fieldErrors.intro} aria-describedby={describedBy(`${id}-intro`, "hint", fieldErrors.intro)} className={inputClass} />
      </Field>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass}>{pending ? t("saving") : t("meta.save")}</button>
        <span role="status" className="text-sm text-green-800">{saved ? t("savedNote") : ""}</span>
      </div>
    </form>
  );
}

export function AddSectionForm({ versionId }: { versionId: string }) {
  const t = useTranslations("questionnaires");
  const id = useId();
  const [title, setTitle] = useState("");
  const { pending, error, fieldErrors, run } = useBuilderAction();
  return (
    <form noValidate className="flex flex-wrap items-end gap-2" data-testid="add-section" onSubmit={(e) => {
      e.preventDefault();
      run(() => addSectionAction({ versionId, title }), () => setTitle(""));
    }}>
      <Field id={id} label={t("section.newTitle")} error={fieldErrors.title} className="min-w-64 flex-1">
        <input id={id} value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={!!fieldErrors.title}
          aria-describedby={describedBy(id, null, fieldErrors.title)} className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass} mb-0.5`}>{t("section.add")}</button>
      <div className="w-full"><FormError error={error} /></div>
    </form>
  );
}

/** Starts a questionnaire: its first version is a draft the admin then builds. */
export function NewQuestionnaireForm({ campaigns }: { campaigns: { id: string; name: string }[] }) {
  const t = useTranslations("questionnaires");
  const router = useRouter();
  const id = useId();
  const [values, setValues] = useState({ title: "", language: "zh", campaignId: campaigns[0]?.id ?? "" });
  const { pending, error, fieldErrors, run } = useBuilderAction();
  const set = (name: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues({ ...values, [name]: e.target.value });
  return (
    <form noValidate className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end" data-testid="new-questionnaire"
      onSubmit={(e) => {
        e.preventDefault();
        run(() => createQuestionnaireAction(values), (created) => router.push(`/admin/questionnaires/${created.versionId}`));
      }}>
      <Field id={`${id}-title`} label={t("create.title")} error={fieldErrors.title}>
        <input id={`${id}-title`} value={values.title} onChange={set("title")} aria-invalid={!!fieldErrors.title}
          aria-describedby={describedBy(`${id}-title`, null, fieldErrors.title)} className={inputClass} />
      </Field>
      <Field id={`${id}-language`} label={t("create.language")} error={fieldErrors.language}>
        <select id={`${id}-language`} value={values.language} onChange={set("language")} className={inputClass}>
          <option value="zh">{t("create.zh")}</option>
          <option value="en">{t("create.en")}</option>
        </select>
      </Field>
      <Field id={`${id}-campaign`} label={t("create.campaign")} error={fieldErrors.campaignId}>
        <select id={`${id}-campaign`} value={values.campaignId} onChange={set("campaignId")} className={inputClass}>
          {campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </Field>
      <button type="submit" disabled={pending || campaigns.length === 0} className={buttonClass}>{t("create.submit")}</button>
      <div className="sm:col-span-4"><FormError error={error} /></div>
    </form>
  );
}
