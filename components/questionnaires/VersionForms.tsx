"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { addSectionAction, createQuestionnaireAction, updateVersionMetaAction } from "@/app/(staff)/admin/questionnaires/actions";
import { BilingualField } from "@/components/questionnaires/BilingualField";
import { buttonClass, describedBy, Field, FormError, inputClass } from "@/components/ui/form-parts";
import { storedFields } from "@/lib/questionnaires/builder-view";
import type { Bilingual, Lang } from "@/lib/questionnaires/languages";
import { useBuilderAction } from "@/components/questionnaires/use-builder-action";

/** Title and introduction officers read first, in both languages. */
export function VersionMetaForm({ versionId, own, title, intro }: { versionId: string; own: Lang; title: Bilingual; intro: Bilingual }) {
  const t = useTranslations("questionnaires");
  const id = useId();
  const [values, setValues] = useState({ title, intro });
  const [saved, setSaved] = useState(false);
  const { pending, error, fieldErrors, run } = useBuilderAction();
  return (
    <form noValidate className="space-y-3" onSubmit={(e) => {
      e.preventDefault();
      setSaved(false);
      run(() => updateVersionMetaAction({ versionId, ...storedFields("title", values.title, own), ...storedFields("intro", values.intro, own) }), () => setSaved(true));
    }}>
      <FormError error={error} />
      <BilingualField id={`${id}-title`} label={t("meta.title")} own={own} value={values.title} onChange={(title) => setValues({ ...values, title })}
        error={fieldErrors.title} translationError={fieldErrors.titleTranslation} />
      <BilingualField id={`${id}-intro`} label={t("meta.intro")} own={own} value={values.intro} onChange={(intro) => setValues({ ...values, intro })}
        hint={t("meta.introHint")} rows={3} optional error={fieldErrors.intro} translationError={fieldErrors.introTranslation} />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass}>{pending ? t("saving") : t("meta.save")}</button>
        <span role="status" className="text-sm text-green-800">{saved ? t("savedNote") : ""}</span>
      </div>
    </form>
  );
}

const EMPTY: Bilingual = { zh: "", en: "" };

export function AddSectionForm({ versionId, own }: { versionId: string; own: Lang }) {
  const t = useTranslations("questionnaires");
  const id = useId();
  const [title, setTitle] = useState<Bilingual>(EMPTY);
  const { pending, error, fieldErrors, run } = useBuilderAction();
  return (
    <form noValidate className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="add-section" onSubmit={(e) => {
      e.preventDefault();
      run(() => addSectionAction({ versionId, ...storedFields("title", title, own) }), () => setTitle(EMPTY));
    }}>
      <BilingualField id={id} label={t("section.newTitle")} own={own} value={title} onChange={setTitle}
        error={fieldErrors.title} translationError={fieldErrors.titleTranslation} />
      <button type="submit" disabled={pending} className={buttonClass}>{t("section.add")}</button>
      <FormError error={error} />
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
