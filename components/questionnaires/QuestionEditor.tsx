"use client";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { addQuestionAction, updateQuestionAction } from "@/app/(staff)/admin/questionnaires/actions";
import { buttonClass, describedBy, Field, FormError, inputClass, secondaryButtonClass } from "@/components/questionnaires/form-parts";
import { OptionsEditor, type OptionDraft } from "@/components/questionnaires/OptionsEditor";
import { firstMessages, useBuilderAction, useValidationText } from "@/components/questionnaires/use-builder-action";
import { isChoice } from "@/lib/questionnaires/rules";
import { addQuestionSchema, QUESTION_TYPES, updateQuestionSchema } from "@/lib/questionnaires/schemas";
import type { QuestionType, QuestionView } from "@/lib/surveys/structure";

/** A question as the officer sees it, plus what only the builder edits (the norm). */
export type EditableQuestion = Omit<QuestionView, "profileField"> & {
  profileField: string | null;
  normValue: number | null;
  normLabel: string | null;
};

export type AspectChoice = { code: string; title: string };

const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text.trim().replace(",", ".")));
const textOf = (n: number | null) => (n === null ? "" : String(n));

/** Adds a question to a section, or edits one; the same zod schema checks it here and on the server. */
export function QuestionEditor({
  target,
  aspects,
  keyFixed,
  onClose,
}: {
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
    prompt: existing?.prompt ?? "",
    help: existing?.help ?? "",
    required: existing?.required ?? false,
    aspectCode: existing?.aspectCode ?? "",
    numberUnit: existing?.numberUnit ?? "",
    minValue: textOf(existing?.minValue ?? null),
    maxValue: textOf(existing?.maxValue ?? null),
    normValue: textOf(existing?.normValue ?? null),
    normLabel: existing?.normLabel ?? "",
  });
  const [options, setOptions] = useState<OptionDraft[]>(
    existing && isChoice(existing.type) ? existing.options : [{ value: "", label: "" }, { value: "", label: "" }],
  );
  const set = (name: keyof typeof f) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    setF((prev) => ({ ...prev, [name]: e.target.type === "checkbox" ? (e.target as HTMLInputElement).checked : e.target.value }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const fields = {
      key: f.key, type: f.type, prompt: f.prompt, help: f.help, required: f.required,
      aspectCode: f.aspectCode || null, options: isChoice(f.type) ? options : [],
      numberUnit: f.numberUnit || null, minValue: numberOrNull(f.minValue), maxValue: numberOrNull(f.maxValue),
      normValue: numberOrNull(f.normValue), normLabel: f.normLabel || null,
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
      <Field id={fid("prompt")} label={t("question.prompt")} error={err("prompt")}>
        <textarea id={fid("prompt")} value={f.prompt} onChange={set("prompt")} rows={2} aria-invalid={!!err("prompt")}
          aria-describedby={describedBy(fid("prompt"), null, err("prompt"))} className={inputClass} />
      </Field>
      <Field id={fid("help")} label={t("question.help")} hint={t("question.helpHint")} error={err("help")}>
        <input id={fid("help")} value={f.help} onChange={set("help")} aria-invalid={!!err("help")}
          aria-describedby={describedBy(fid("help"), "hint", err("help"))} className={inputClass} />
      </Field>
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
        <OptionsEditor options={options} onChange={setOptions} fixedValues={profile} errors={fieldErrors} idPrefix={fid("option")} />
      ) : null}
      {f.type === "LIKERT" ? <p className="text-sm text-slate-600">{t("question.likertNote")}</p> : null}
      {f.type === "NUMBER" ? (
        <fieldset className="grid gap-3 sm:grid-cols-3">
          <legend className="mb-1 text-sm font-medium">{t("question.numberLegend")}</legend>
          {(["numberUnit", "minValue", "maxValue", "normValue", "normLabel"] as const).map((name) => (
            <Field key={name} id={fid(name)} label={t(`question.${name}`)} error={err(name)} className={name === "normLabel" ? "sm:col-span-2" : ""}>
              <input id={fid(name)} value={f[name]} onChange={set(name)} inputMode={name.endsWith("Value") ? "decimal" : undefined}
                aria-invalid={!!err(name)} aria-describedby={describedBy(fid(name), null, err(name))} className={inputClass} />
            </Field>
          ))}
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
