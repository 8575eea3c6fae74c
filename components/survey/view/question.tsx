/** @jsxImportSource preact */
// One question of the officer's questionnaire: every type (single and multiple choice, Likert 1-5,
// number with unit and range, free text with its limit and a counter), required or optional, with
// help text and the issue the answer has.
import type { AnswerValue } from "@/components/survey/draft";
import type { SurveyLocale, Translate } from "@/components/survey/translate";
import { fallbackLang } from "@/components/survey/view/common";
import { MAX_TEXT_LENGTH } from "@/lib/surveys/answers";
import type { QuestionView } from "@/lib/surveys/structure";

export type QuestionProps = {
  q: QuestionView;
  value: AnswerValue | undefined;
  issue: string | null;
  t: Translate;
  locale: SurveyLocale;
  onAnswer: (key: string, value: AnswerValue) => void;
  onClear: (key: string) => void;
};

export function chosenValues(value: AnswerValue | undefined): string[] {
  return Array.isArray(value) ? value : typeof value === "string" && value ? [value] : [];
}

function Heading({ q, t, as }: { q: QuestionView; t: Translate; as: "legend" | "label" }) {
  const note = <span class={q.required ? "q-required" : "q-optional"}>({q.required ? t("question.required") : t("question.optional")})</span>;
  // A legend floated out of the fieldset's border wraps like any heading.
  return as === "legend"
    ? <legend class="q-title">{q.prompt} {note}</legend>
    : <label class="q-title" for={`q-${q.key}`}>{q.prompt} {note}</label>;
}

export function QuestionField({ q, value, issue, t, locale, onAnswer, onClear }: QuestionProps) {
  const describedBy = [q.help ? `q-${q.key}-help` : "", issue ? `q-${q.key}-issue` : ""].filter(Boolean).join(" ");
  const help = q.help ? <p id={`q-${q.key}-help`} class="q-help">{q.help}</p> : null;
  const problem = issue ? <p id={`q-${q.key}-issue`} class="q-issue" data-testid="question-issue">{issue}</p> : null;
  const box = issue ? "card invalid" : "card";
  const invalid = !!issue;
  const lang = fallbackLang(q, locale);

  if (q.type === "NUMBER" || q.type === "TEXT") {
    const text = typeof value === "string" ? value : "";
    const hint =
      q.type === "NUMBER"
        ? q.minValue !== null && q.maxValue !== null
          ? t("question.range", { min: q.minValue, max: q.maxValue, unit: q.numberUnit ?? "" })
          : q.numberUnit ? t("question.unit", { unit: q.numberUnit }) : ""
        : t("question.textHint", { max: MAX_TEXT_LENGTH });
    const described = [describedBy || `q-${q.key}-hint`, q.type === "TEXT" ? `q-${q.key}-count` : ""].filter(Boolean).join(" ");
    const input = (event: Event) => onAnswer(q.key, (event.currentTarget as HTMLInputElement).value);
    // No maxlength on the text: a browser cuts a pasted text there without a word. The counter and
    // the issue say the limit instead, and the server refuses a longer text rather than cutting it.
    const control =
      q.type === "NUMBER"
        ? <input id={`q-${q.key}`} type="text" inputMode="decimal" autocomplete="off" value={text} aria-invalid={invalid} aria-describedby={described} class="input number" onInput={input} />
        : <textarea id={`q-${q.key}`} rows={4} autocomplete="off" aria-invalid={invalid} aria-describedby={described} class="input" value={text} onInput={input} />;
    const length = text.trim().length;
    return (
      <div class={box} data-testid="question" data-key={q.key} lang={lang}>
        <Heading q={q} t={t} as="label" />
        {help}
        {control}
        {hint && <p id={`q-${q.key}-hint`} class="hint">{hint}</p>}
        {q.type === "TEXT" && (
          <p id={`q-${q.key}-count`} class={length > MAX_TEXT_LENGTH ? "hint counter over" : "hint counter"} data-testid="text-counter">
            {t("question.counter", { count: length, max: MAX_TEXT_LENGTH })}
          </p>
        )}
        {problem}
      </div>
    );
  }

  const multi = q.type === "MULTI_CHOICE";
  const options = q.options.length > 0 ? q.options : q.type === "LIKERT" ? ["1", "2", "3", "4", "5"].map((v) => ({ value: v, label: v })) : [];
  const chosen = chosenValues(value);
  const change = (option: string) => (event: Event) => {
    const checked = (event.currentTarget as HTMLInputElement).checked;
    if (!multi) {
      if (checked) onAnswer(q.key, option);
      return;
    }
    const others = chosen.filter((c) => c !== option);
    onAnswer(q.key, checked ? [...others, option] : others);
  };
  return (
    <fieldset class={box} data-testid="question" data-key={q.key} aria-describedby={describedBy || undefined} aria-invalid={invalid} lang={lang}>
      <Heading q={q} t={t} as="legend" />
      <div class="clear" />
      {help}
      <p class="q-choose">{multi ? t("question.chooseMany") : t("question.choose")}</p>
      <div class="options" id={`q-${q.key}`} tabIndex={-1}>
        {options.map((o) => {
          const on = chosen.includes(o.value);
          // The chosen option is marked by a class rather than :has(:checked), which older phones lack.
          return (
            <label key={o.value} class={on ? "opt on" : "opt"}>
              <input type={multi ? "checkbox" : "radio"} name={`q-${q.key}`} value={o.value} checked={on} onChange={change(o.value)} />
              <span>{o.label}</span>
            </label>
          );
        })}
      </div>
      {!multi && !q.required && chosen.length > 0 && (
        <button type="button" class="link clear-answer" data-testid="clear-answer" onClick={() => onClear(q.key)}>{t("question.clear")}</button>
      )}
      {problem}
    </fieldset>
  );
}
