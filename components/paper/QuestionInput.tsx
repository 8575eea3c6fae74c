"use client";
import { useTranslations } from "next-intl";
import { describedBy, FieldError, inputClass } from "@/components/ui/form-parts";
import type { QuestionView } from "@/lib/surveys/structure";

export type SheetValue = string | string[];

/** The input id of a question, so an error summary or a reset can focus it. */
export const questionInputId = (key: string) => `paper-q-${key}`;

/**
 * One question of a paper sheet, laid out for fast keyboard entry: a radio group is one Tab stop
 * (arrow keys choose), check boxes take Space, numbers and text are typed.
 */
export function QuestionInput({ question, value, error, onChange }: { question: QuestionView; value: SheetValue | undefined; error: string | null; onChange: (value: SheetValue) => void }) {
  const t = useTranslations("paper.entry");
  const q = question;
  const id = questionInputId(q.key);
  const hint = [q.required ? t("required") : t("optional"), q.help].filter(Boolean).join(" · ");
  const legend = (
    <>
      <span>{q.prompt}</span> <code className="text-xs font-normal text-slate-500">{q.key}</code>
    </>
  );

  if (q.type === "SINGLE_CHOICE" || q.type === "LIKERT") {
    // Optional questions start on "no answer", so a wrong choice can be undone with the arrows.
    const choices = q.required ? q.options : [{ value: "", label: t("none") }, ...q.options];
    const current = typeof value === "string" ? value : "";
    return (
      <fieldset aria-describedby={describedBy(id, hint, error)} aria-invalid={!!error} data-testid="sheet-question" data-key={q.key}>
        <legend className="mb-1 text-sm font-medium">{legend}</legend>
        <p id={`${id}-hint`} className="mb-1 text-xs text-slate-600">{hint}</p>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {choices.map((o, index) => (
            <label key={o.value} className="flex items-center gap-1.5 text-sm">
              <input type="radio" id={index === 0 ? id : undefined} name={id} value={o.value} checked={current === o.value} onChange={() => onChange(o.value)} />
              {q.type === "LIKERT" && o.value ? `${o.value} ${o.label}` : o.label}
            </label>
          ))}
        </div>
        <FieldError id={id} error={error} />
      </fieldset>
    );
  }
  if (q.type === "MULTI_CHOICE") {
    const current = Array.isArray(value) ? value : [];
    return (
      <fieldset aria-describedby={describedBy(id, hint, error)} data-testid="sheet-question" data-key={q.key}>
        <legend className="mb-1 text-sm font-medium">{legend}</legend>
        <p id={`${id}-hint`} className="mb-1 text-xs text-slate-600">{hint}</p>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {q.options.map((o, index) => (
            <label key={o.value} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" id={index === 0 ? id : undefined} name={id} value={o.value} checked={current.includes(o.value)}
                onChange={(e) => onChange(e.target.checked ? [...current, o.value] : current.filter((v) => v !== o.value))} />
              {o.label}
            </label>
          ))}
        </div>
        <FieldError id={id} error={error} />
      </fieldset>
    );
  }
  const text = typeof value === "string" ? value : "";
  const numberHint = q.type === "NUMBER" ? [hint, q.minValue !== null || q.maxValue !== null ? t("range", { min: q.minValue ?? "–", max: q.maxValue ?? "–" }) : null].filter(Boolean).join(" · ") : hint;
  return (
    <div data-testid="sheet-question" data-key={q.key}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">{legend}</label>
      {q.type === "NUMBER" ? (
        <span className="flex items-center gap-2">
          <input id={id} name={id} value={text} inputMode="decimal" autoComplete="off" onChange={(e) => onChange(e.target.value)} aria-invalid={!!error}
            aria-describedby={describedBy(id, numberHint, error)} className={`${inputClass} max-w-40`} />
          <span className="text-sm text-slate-600">{q.numberUnit}</span>
        </span>
      ) : (
        <textarea id={id} name={id} value={text} rows={2} onChange={(e) => onChange(e.target.value)} aria-invalid={!!error}
          aria-describedby={describedBy(id, numberHint, error)} className={inputClass}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }} />
      )}
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">{numberHint}</p>
      <FieldError id={id} error={error} />
    </div>
  );
}
