// One question of the officer's questionnaire: every type (single and multiple choice, Likert 1-5,
// number with unit and range, free text), required or optional, with help text and the issue the
// answer has. The page's script reads answers back from `data-answer` controls.
import { html, type Html } from "@/components/survey/html";
import type { AnswerValue } from "@/components/survey/draft";
import type { Translate } from "@/components/survey/translate";
import { MAX_TEXT_LENGTH } from "@/lib/surveys/answers";
import type { QuestionView } from "@/lib/surveys/structure";

function heading(q: QuestionView, t: Translate, as: "legend" | "label"): Html {
  const note = html`<span class="${q.required ? "q-required" : "q-optional"}">(${q.required ? t("question.required") : t("question.optional")})</span>`;
  // A legend floated out of the fieldset's border wraps like any heading.
  return as === "legend"
    ? html`<legend class="q-title">${q.prompt} ${note}</legend>`
    : html`<label class="q-title" for="q-${q.key}">${q.prompt} ${note}</label>`;
}

export function questionField(q: QuestionView, value: AnswerValue | undefined, issue: string | null, t: Translate): Html {
  const describedBy = [q.help ? `q-${q.key}-help` : "", issue ? `q-${q.key}-issue` : ""].filter(Boolean).join(" ");
  const help = q.help ? html`<p id="q-${q.key}-help" class="q-help">${q.help}</p>` : "";
  const problem = issue ? html`<p id="q-${q.key}-issue" class="q-issue" data-testid="question-issue">${issue}</p>` : "";
  const box = issue ? "card invalid" : "card";
  const invalid = String(!!issue);

  if (q.type === "NUMBER" || q.type === "TEXT") {
    const hint =
      q.type === "NUMBER"
        ? q.minValue !== null && q.maxValue !== null
          ? t("question.range", { min: q.minValue, max: q.maxValue, unit: q.numberUnit ?? "" })
          : q.numberUnit ? t("question.unit", { unit: q.numberUnit }) : ""
        : t("question.textHint");
    const text = typeof value === "string" ? value : "";
    const described = describedBy || `q-${q.key}-hint`;
    // The newline after <textarea> is eaten by the parser, so a leading newline of the answer stays.
    const control =
      q.type === "NUMBER"
        ? html`<input id="q-${q.key}" type="text" inputmode="decimal" autocomplete="off" value="${text}" aria-invalid="${invalid}" aria-describedby="${described}" class="input number" data-answer="${q.key}">`
        : html`<textarea id="q-${q.key}" rows="4" maxlength="${MAX_TEXT_LENGTH}" autocomplete="off" aria-invalid="${invalid}" aria-describedby="${described}" class="input" data-answer="${q.key}">\n${text}</textarea>`;
    return html`<div class="${box}" data-testid="question" data-key="${q.key}">${heading(q, t, "label")}${help}${control}${hint ? html`<p id="q-${q.key}-hint" class="hint">${hint}</p>` : ""}${problem}</div>`;
  }

  const multi = q.type === "MULTI_CHOICE";
  const options = q.options.length > 0 ? q.options : q.type === "LIKERT" ? ["1", "2", "3", "4", "5"].map((v) => ({ value: v, label: v })) : [];
  const chosen = Array.isArray(value) ? value : typeof value === "string" && value ? [value] : [];
  const items = options.map((o) => {
    const on = chosen.includes(o.value);
    // The chosen option is marked by a class rather than :has(:checked), which older phones lack.
    return html`<label class="${on ? "opt on" : "opt"}"><input type="${multi ? "checkbox" : "radio"}" name="q-${q.key}" value="${o.value}"${on && " checked"} data-answer="${q.key}"><span>${o.label}</span></label>`;
  });
  const clear = !multi && !q.required && chosen.length > 0
    ? html`<button type="button" data-action="clear" data-key="${q.key}" class="link clear-answer">${t("question.clear")}</button>`
    : "";
  return html`<fieldset class="${box}" data-testid="question" data-key="${q.key}"${describedBy && html` aria-describedby="${describedBy}"`} aria-invalid="${invalid}">${heading(q, t, "legend")}<div class="clear"></div>${help}<p class="q-choose">${multi ? t("question.chooseMany") : t("question.choose")}</p><div class="options" id="q-${q.key}" tabindex="-1">${items}</div>${clear}${problem}</fieldset>`;
}
