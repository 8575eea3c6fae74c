"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { correctPaperSheetAction, enterPaperSheetAction } from "@/app/(staff)/paper/actions";
import { buttonClass, describedBy, FieldError, FormError, inputClass } from "@/components/ui/form-parts";
import { QuestionInput, questionInputId, type SheetValue } from "@/components/paper/QuestionInput";
import { checkAnswers, type AnswerIssue } from "@/lib/surveys/answers";
import type { QuestionnaireView } from "@/lib/surveys/structure";

const UNIT_FIELD_ID = "paper-unit";

/**
 * Typing in paper sheets one after another. The same checkAnswers as the server gives instant
 * feedback; the server checks again (and checks the unit against the lead's scope). After a save
 * the answers clear, the unit stays (sheets come in stacks per unit) and focus returns to the
 * first field, ready for the next sheet.
 * With `sheet`, the same form corrects a recorded sheet: it starts from its unit and answers, and
 * saving replaces them (same checks on both sides), then stays on the sheet.
 */
export function PaperEntryForm({ view, units, sheet }: {
  view: QuestionnaireView;
  units: { id: string; label: string }[];
  sheet?: { id: string; unitId: string; values: Record<string, SheetValue> };
}) {
  const t = useTranslations("paper");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const unitRef = useRef<HTMLSelectElement>(null);
  const [unitId, setUnitId] = useState(sheet?.unitId ?? (units.length === 1 ? units[0].id : ""));
  const [answers, setAnswers] = useState<Record<string, SheetValue>>(sheet?.values ?? {});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [count, setCount] = useState(0);
  const [pending, startTransition] = useTransition();

  const issueText = (issue: AnswerIssue) => {
    const value = answers[issue.key];
    const shown = Array.isArray(value) ? value.join(";") : (value ?? "");
    const params = { value: shown, column: issue.key, allowed: "", min: "–", max: "–" } as Record<string, string | number>;
    if (issue.code === "out_of_range") Object.assign(params, { min: issue.min ?? "–", max: issue.max ?? "–" });
    if (issue.code === "too_long") params.max = issue.max;
    return t(`issue.${issue.code}`, params);
  };

  function showIssues(issues: AnswerIssue[], unitMissing: boolean) {
    const next: Record<string, string> = {};
    if (unitMissing) next.unit = t("validation.unitRequired");
    for (const issue of issues) next[issue.key] ??= issueText(issue);
    setErrors(next);
    setFormError(t("entry.fix", { count: Object.keys(next).length }));
    const first = unitMissing ? UNIT_FIELD_ID : questionInputId(issues[0].key);
    requestAnimationFrame(() => document.getElementById(first)?.focus());
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    setSaved(false);
    setFormError(null);
    const local = checkAnswers(view, answers);
    if (!unitId || !local.ok) return showIssues(local.ok ? [] : local.issues, !unitId);
    startTransition(async () => {
      const result = sheet
        ? await correctPaperSheetAction({ sheetId: sheet.id, unitId, answers })
        : await enterPaperSheetAction({ versionId: view.versionId, unitId, answers });
      if (!result.ok) {
        setErrors(result.fieldErrors?.unitId ? { unit: t("validation.unitRequired") } : {});
        setFormError(result.error);
        return;
      }
      if (result.data.status === "invalid") return showIssues(result.data.issues, false);
      if (sheet) {
        setErrors({});
        setSaved(true);
        router.refresh();
        return;
      }
      if (result.data.status === "not_published") return setFormError(t("notPublished"));
      setAnswers({});
      setErrors({});
      setCount((n) => n + 1);
      setSaved(true);
      formRef.current?.scrollIntoView({ block: "start" });
      unitRef.current?.focus();
    });
  }

  const questions = view.sections.flatMap((s) => s.questions);
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-4" data-testid="paper-entry">
      <p className="text-sm text-slate-600">{t("entry.keys")}</p>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {sheet ? null : <span role="status" className="font-medium text-brand-900" data-testid="session-count">{t("entry.session", { count })}</span>}
        <span role="status" className="text-green-800" data-testid="sheet-saved">{saved ? t(sheet ? "sheets.corrected" : "entry.saved") : ""}</span>
      </div>
      <FormError error={formError} testId="entry-error" />
      <div className="max-w-md">
        <label htmlFor={UNIT_FIELD_ID} className="mb-1 block text-sm font-medium">{t("entry.unit")}</label>
        <select id={UNIT_FIELD_ID} ref={unitRef} value={unitId} onChange={(e) => setUnitId(e.target.value)} aria-invalid={!!errors.unit}
          aria-describedby={describedBy(UNIT_FIELD_ID, null, errors.unit)} className={inputClass}>
          <option value="">{t("entry.chooseUnit")}</option>
          {units.map((u) => <option key={u.id} value={u.id}>{u.label}</option>)}
        </select>
        <FieldError id={UNIT_FIELD_ID} error={errors.unit} />
      </div>
      {view.sections.map((section) => (
        <fieldset key={section.id} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 font-semibold text-brand-900">{section.title}</legend>
          {section.questions.map((q) => (
            <QuestionInput key={q.key} question={q} value={answers[q.key]} error={errors[q.key] ?? null}
              onChange={(value) => setAnswers((prev) => ({ ...prev, [q.key]: value }))} />
          ))}
        </fieldset>
      ))}
      <button type="submit" disabled={pending || questions.length === 0} className={buttonClass}>
        {pending ? t("entry.saving") : t(sheet ? "sheets.saveCorrection" : "entry.save")}
      </button>
    </form>
  );
}
