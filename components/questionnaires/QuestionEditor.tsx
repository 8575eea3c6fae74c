"use client";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { addQuestionAction, updateQuestionAction } from "@/app/(staff)/admin/questionnaires/actions";
import { BilingualField } from "@/components/questionnaires/BilingualField";
import { buttonClass, describedBy, Field, FormError, inputClass, secondaryButtonClass } from "@/components/ui/form-parts";
import { OptionsEditor, type OptionDraft } from "@/components/questionnaires/OptionsEditor";
import { firstMessages, useBuilderAction, useValidationText } from "@/components/questionnaires/use-builder-action";
import { storedFields, type EditableQuestion } from "@/lib/questionnaires/builder-view";
import { stored, type Bilingual, type Lang } from "@/lib/questionnaires/languages";
import { isChoice } from "@/lib/questionnaires/rules";
import { addQuestionSchema, QUESTION_TYPES, updateQuestionSchema } from "@/lib/questionnaires/schemas";
import type { QuestionType } from "@/lib/surveys/structure";

export type AspectChoice = { code: string; title: string };

const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text.trim().replace(",", ".")));
const textOf = (n: number | null) => (n === null ? "" : String(n));
const EMPTY: Bilingual = { zh: "", en: "" };

/** Adds a question to a section, or edits one; the same zod schema checks it here and on the server. */
export function QuestionEditor({
  target,
  aspects,
  keyFixed,
  onClose,
  own,
}: {
  own: Lang;
  target: { sectionId: string } | { question: EditableQuestion };
  aspects: AspectChoice[];
  keyFixed: boolean;
  onClose: (saved: boolean) => void;
}) {
  const t = useTranslations("questionnaires");
  const text = useValidationText();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const existing = "question" in target ? target.question : null;
  const profile = !!existing?.profileField;
  const { pending, error, fieldErrors, run, setFieldErrors } = useBuilderAction();
  const [f, setF] = useState({
    key: existing?.key ?? "",
    type: existing?.type ?? ("SINGLE_CHOICE" as QuestionType),
    required: existing?.required ?? false,
    aspectCode: existing?.aspectCode ?? "",
    minValue: textOf(existing?.minValue ?? null),
    maxValue: textOf(existing?.maxValue ?? null),
    normValue: textOf(existing?.normValue ?? null),
  });
  // Texts officers read, each in Chinese and English.
  const [texts, setTexts] = useState({
    prompt: existing?.prompt ?? EMPTY,
    help: existing?.help ?? EMPTY,
    numberUnit: existing?.numberUnit ?? EMPTY,
    normLabel: existing?.normLabel ?? EMPTY,
  });
  const [options, setOptions] = useState<OptionDraft[]>(
    existing && isChoice(existing.type) ? existing.options : [{ value: "", label: EMPTY }, { value: "", label: EMPTY }],
  );
  const set = (name: keyof typeof f) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    setF((prev) => ({ ...prev, [name]: e.target.type === "checkbox" ? (e.target as HTMLInputElement).checked : e.target.value }));
  const setText = (name: keyof typeof texts) => (value: Bilingual) => setTexts((prev) => ({ ...prev, [name]: value }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const unit = stored(texts.numberUnit, own);
    const norm = stored(texts.normLabel, own);
    const fields = {
      key: f.key, type: f.type, ...storedFields("prompt", texts.prompt, own), ...storedFields("help", texts.help, own), required: f.required,
      aspectCode: f.aspectCode || null,
      options: isChoice(f.type) ? options.map((o) => ({ value: o.value, label: stored(o.label, own).own, labelTranslation: stored(o.label, own).translation })) : [],
      numberUnit: unit.own || null, numberUnitTranslation: unit.translation, minValue: numberOrNull(f.minValue), maxValue: numberOrNull(f.maxValue),
      normValue: numberOrNull(f.normValue), normLabel: norm.own || null, normLabelTranslation: norm.translation,
    };
    const input = existing ? { ...fields, questionId: existing.id } : { ...fields, sectionId: (target as { sectionId: string }).sectionId };
    const checked = (existing ? updateQuestionSchema : addQuestionSchema).safeParse(input);
    if (!checked.success) {
      setFieldErrors(firstMessages(checked.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })), text));
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
      return;
    }
    run(() => (existing ? updateQuestionAction(input) : addQuestionAction(input)), () => onClose(true));
  }

  const err = (name: string) => fieldErrors[name] ?? null;
  const fid = (name: string) => `${id}-${name}`;
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4" data-testid="question-editor">
      <FormError error={error} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={fid("key")} label={t("question.key")} hint={keyFixed ? t("question.keyFixedHint") : t("question.keyHint")} error={err("key")}>
          <input id={fid("key")} value={f.key} onChange={set("key")} disabled={keyFixed} autoComplete="off" spellCheck={false}
            aria-invalid={!!err("key")} aria-describedby={describedBy(fid("key"), "hint", err("key"))} className={`${inputClass} font-mono`} />
        </Field>
        <Field id={fid("type")} label={t("question.type")} error={err("type")}>
          <select id={fid("type")} value={f.type} onChange={set("type")} disabled={profile} aria-invalid={!!err("type")}
            aria-describedby={describedBy(fid("type"), null, err("type"))} className={inputClass}>
            {QUESTION_TYPES.map((type) => <option key={type} value={type}>{t(`types.${type}`)}</option>)}
          </select>
        </Field>
      </div>
      <BilingualField id={fid("prompt")} label={t("question.prompt")} own={own} value={texts.prompt} onChange={setText("prompt")} rows={2}
        error={err("prompt")} translationError={err("promptTranslation")} />
      <BilingualField id={fid("help")} label={t("question.help")} own={own} value={texts.help} onChange={setText("help")} optional
        hint={t("question.helpHint")} error={err("help")} translationError={err("helpTranslation")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={fid("aspect")} label={t("question.aspect")} error={err("aspectCode")}>
          <select id={fid("aspect")} value={f.aspectCode} onChange={set("aspectCode")} disabled={profile} aria-invalid={!!err("aspectCode")}
            aria-describedby={describedBy(fid("aspect"), null, err("aspectCode"))} className={inputClass}>
            <option value="">{t("question.noAspect")}</option>
            {aspects.map((a) => <option key={a.code} value={a.code}>{a.code} · {a.title}</option>)}
          </select>
        </Field>
        {profile ? (
          <p className="self-end text-sm text-slate-600">{t("question.profileOptional")}</p>
        ) : (
          <label className="flex items-center gap-2 self-end pb-1.5 text-sm">
            <input type="checkbox" checked={f.required} onChange={set("required")} className="h-4 w-4" />
            {t("question.required")}
          </label>
        )}
      </div>
      {isChoice(f.type) ? (
        <OptionsEditor own={own} options={options} onChange={setOptions} fixedValues={profile} errors={fieldErrors} idPrefix={fid("option")} />
      ) : null}
      {f.type === "LIKERT" ? <p className="text-sm text-slate-600">{t("question.likertNote")}</p> : null}
      {f.type === "NUMBER" ? (
        <fieldset className="space-y-3">
          <legend className="mb-1 text-sm font-medium">{t("question.numberLegend")}</legend>
          <BilingualField id={fid("numberUnit")} label={t("question.numberUnit")} own={own} value={texts.numberUnit} onChange={setText("numberUnit")}
            optional error={err("numberUnit")} translationError={err("numberUnitTranslation")} />
          <div className="grid gap-3 sm:grid-cols-3">
            {(["minValue", "maxValue", "normValue"] as const).map((name) => (
              <Field key={name} id={fid(name)} label={t(`question.${name}`)} error={err(name)}>
                <input id={fid(name)} value={f[name]} onChange={set(name)} inputMode="decimal"
                  aria-invalid={!!err(name)} aria-describedby={describedBy(fid(name), null, err(name))} className={inputClass} />
              </Field>
            ))}
          </div>
          <BilingualField id={fid("normLabel")} label={t("question.normLabel")} own={own} value={texts.normLabel} onChange={setText("normLabel")}
            optional error={err("normLabel")} translationError={err("normLabelTranslation")} />
        </fieldset>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? t("saving") : existing ? t("question.save") : t("question.add")}
        </button>
        <button type="button" onClick={() => onClose(false)} className={secondaryButtonClass}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
