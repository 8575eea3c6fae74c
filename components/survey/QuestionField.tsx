"use client";
import type { AnswerValue } from "@/components/survey/draft";
import type { Translate } from "@/components/survey/translate";
import { MAX_TEXT_LENGTH } from "@/lib/surveys/answers";
import type { QuestionView } from "@/lib/surveys/structure";

type Props = { question: QuestionView; value: AnswerValue | undefined; issue: string | null; onChange: (value: AnswerValue) => void; t: Translate };

const optionClass =
  "flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600";

function Heading({ question, t, as: As }: { question: QuestionView; t: Translate; as: "legend" | "label" }) {
  return (
    // A legend floated out of the fieldset's border wraps like any heading.
    <As className={`mb-2 block font-medium text-slate-900 ${As === "legend" ? "float-left w-full" : ""}`} {...(As === "label" ? { htmlFor: `q-${question.key}` } : {})}>
      {question.prompt}{" "}
      <span className={`text-xs font-normal ${question.required ? "text-red-700" : "text-slate-500"}`}>({question.required ? t("question.required") : t("question.optional")})</span>
    </As>
  );
}

export function QuestionField({ question: q, value, issue, onChange, t }: Props) {
  const describedBy = [q.help ? `q-${q.key}-help` : "", issue ? `q-${q.key}-issue` : ""].filter(Boolean).join(" ") || undefined;
  const help = q.help ? <p id={`q-${q.key}-help`} className="mb-2 text-sm text-slate-600">{q.help}</p> : null;
  const problem = issue ? <p id={`q-${q.key}-issue`} className="mt-2 text-sm font-medium text-red-700" data-testid="question-issue">{issue}</p> : null;
  const box = `rounded-xl border bg-white p-4 shadow-sm ${issue ? "border-red-400" : "border-slate-200"}`;

  if (q.type === "NUMBER" || q.type === "TEXT") {
    const hint =
      q.type === "NUMBER"
        ? q.minValue !== null && q.maxValue !== null
          ? t("question.range", { min: q.minValue, max: q.maxValue, unit: q.numberUnit ?? "" })
          : q.numberUnit ? t("question.unit", { unit: q.numberUnit }) : ""
        : t("question.textHint");
    return (
      <div className={box} data-testid="question" data-key={q.key}>
        <Heading question={q} t={t} as="label" />
        {help}
        {q.type === "NUMBER" ? (
          <input
            id={`q-${q.key}`} type="text" inputMode="decimal" autoComplete="off" value={typeof value === "string" ? value : ""}
            onChange={(e) => onChange(e.target.value)} aria-invalid={!!issue} aria-describedby={describedBy ?? `q-${q.key}-hint`}
            className="w-40 rounded-lg border border-slate-300 px-3 py-2 text-lg"
          />
        ) : (
          <textarea
            id={`q-${q.key}`} rows={4} maxLength={MAX_TEXT_LENGTH} value={typeof value === "string" ? value : ""} autoComplete="off"
            onChange={(e) => onChange(e.target.value)} aria-invalid={!!issue} aria-describedby={describedBy ?? `q-${q.key}-hint`}
            className="w-full rounded-lg border border-slate-300 px-3 py-2"
          />
        )}
        {hint ? <p id={`q-${q.key}-hint`} className="mt-1 text-sm text-slate-500">{hint}</p> : null}
        {problem}
      </div>
    );
  }

  const multi = q.type === "MULTI_CHOICE";
  const options = q.options.length > 0 ? q.options : q.type === "LIKERT" ? ["1", "2", "3", "4", "5"].map((v) => ({ value: v, label: v })) : [];
  const chosen = Array.isArray(value) ? value : typeof value === "string" && value ? [value] : [];
  const toggle = (option: string, checked: boolean) => onChange(checked ? [...chosen, option] : chosen.filter((c) => c !== option));
  return (
    <fieldset className={box} data-testid="question" data-key={q.key} aria-describedby={describedBy} aria-invalid={!!issue}>
      <Heading question={q} t={t} as="legend" />
      <div className="clear-both" />
      {help}
      <p className="mb-2 text-xs text-slate-500">{multi ? t("question.chooseMany") : t("question.choose")}</p>
      <div className="flex flex-col gap-2" id={`q-${q.key}`} tabIndex={-1}>
        {options.map((o) => (
          <label key={o.value} className={optionClass}>
            <input
              type={multi ? "checkbox" : "radio"} name={`q-${q.key}`} value={o.value} checked={chosen.includes(o.value)}
              onChange={(e) => (multi ? toggle(o.value, e.target.checked) : onChange(o.value))}
              className="size-5 accent-brand-600"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {!multi && !q.required && chosen.length > 0 ? (
        <button type="button" onClick={() => onChange("")} className="mt-2 text-sm text-brand-700 underline">{t("question.clear")}</button>
      ) : null}
      {problem}
    </fieldset>
  );
}
