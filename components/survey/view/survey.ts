// The officer's questionnaire as one function of its state: the server renders its first page, the
// page's script renders every later one, and the admins' preview shows the same. Nothing here
// touches the browser.
import { html, type Html } from "@/components/survey/html";
import type { AnswerValue } from "@/components/survey/draft";
import { issueText } from "@/components/survey/issues";
import { EMPTY, type SurveyState } from "@/components/survey/survey-state";
import { makeTranslate, type Dict, type SurveyLocale } from "@/components/survey/translate";
import { LOCALE_TAGS, languageToggle, progressBar } from "@/components/survey/view/common";
import { doneStep, reviewStep, sectionStep, startStep, type Pending } from "@/components/survey/view/steps";
import { checkAnswers, type AnswerIssue } from "@/lib/surveys/answers";
import { allQuestions, type QuestionnaireView } from "@/lib/surveys/structure";

/** What the server hands the page's script (as JSON in the page) besides the HTML. */
export type SurveyPageData = {
  page: "survey";
  mode: "live" | "preview";
  /** The language negotiated from Accept-Language; a choice kept in the tab wins over it. */
  locale: SurveyLocale;
  campaign: { slug: string; name: string; nameZh: string; kioskOpen: boolean };
  view: QuestionnaireView;
  messages: Record<SurveyLocale, Dict>;
};

/** What lives only in the page, never in the tab's draft. */
export type SurveyUi = {
  startCode: string;
  codeBusy: boolean;
  /** Message keys, so that a language switch translates them too. */
  codeError: string | null;
  note: string | null;
  /** Once the officer reached the last step, unanswered required questions are named everywhere. */
  reviewed: boolean;
  online: boolean;
  /** What Copy achieved: on plain HTTP without a clipboard the code may only be selected. */
  copied: "copied" | "selected" | null;
  newCode: string;
  /** Sent without a code at an open kiosk: the thank-you page offers to clear the station. */
  kioskDone: boolean;
};

export type SurveyModel = { data: SurveyPageData; locale: SurveyLocale; state: SurveyState; ui: SurveyUi };

export const INITIAL_UI: SurveyUi = { startCode: "", codeBusy: false, codeError: null, note: null, reviewed: false, online: true, copied: null, newCode: "", kioskDone: false };

export function initialModel(data: SurveyPageData): SurveyModel {
  return { data, locale: data.locale, state: EMPTY, ui: INITIAL_UI };
}

/** Answers to questions of this version only (a draft may outlive a question). */
export function knownAnswers(view: QuestionnaireView, answers: Record<string, AnswerValue>): Record<string, AnswerValue> {
  const keys = new Set(allQuestions(view).map((q) => q.key));
  // Not Object.fromEntries: the officers' script runs on Chrome 61 / Safari 11, which lack it.
  const known: Record<string, AnswerValue> = {};
  for (const key of Object.keys(answers)) if (keys.has(key)) known[key] = answers[key];
  return known;
}

/** Issues of the current answers, and the server's verdicts on answers not changed since. */
export function currentIssues(view: QuestionnaireView, state: SurveyState): AnswerIssue[] {
  const check = checkAnswers(view, knownAnswers(view, state.answers));
  const local = check.ok ? [] : check.issues;
  return [...local, ...state.serverIssues.filter((s) => !local.some((i) => i.key === s.key))];
}

function hasValue(value: AnswerValue | undefined): boolean {
  return Array.isArray(value) ? value.length > 0 : !!value && value.trim() !== "";
}

export function renderSurvey({ data, locale, state, ui }: SurveyModel): Html {
  const t = makeTranslate(data.messages[locale]);
  const preview = data.mode === "preview";
  const { view } = data;
  const title = locale === "zh" ? data.campaign.nameZh : data.campaign.name;
  const sections = view.sections;
  const questions = allQuestions(view);
  const issues = currentIssues(view, state);
  const issueOf = (key: string) => {
    const issue = issues.find((i) => i.key === key && (ui.reviewed || i.code !== "required"));
    return issue ? issueText(t, issue) : null;
  };
  const statusLine = !ui.online
    ? html`<p id="survey-status" class="banner" role="status" data-testid="offline">${t("status.offline")}</p>`
    : !preview ? html`<p id="survey-status" class="saved" data-testid="saved">✓ ${t("status.saved")}</p>` : "";

  let step: Html;
  if (state.stage === "done") step = doneStep(t, state.receipt, ui.copied, ui.kioskDone);
  else if (state.stage === "start") {
    step = startStep(t, { title, intro: view.intro, kiosk: data.campaign.kioskOpen && !preview, code: ui.startCode, busy: ui.codeBusy, error: ui.codeError && t(ui.codeError) });
  } else if (state.stage === "review") {
    const pending: Pending[] = issues
      .map((issue) => ({
        question: questions.find((q) => q.key === issue.key)!,
        section: sections.findIndex((s) => s.questions.some((q) => q.key === issue.key)),
        message: issueText(t, issue),
      }))
      .filter((p) => p.question);
    const answered = questions.filter((q) => hasValue(state.answers[q.key]) && !issues.some((i) => i.key === q.key)).length;
    const steps = sections.length + 1;
    step = html`${progressBar(steps, steps, t("progress.review"), t)}${statusLine}${reviewStep(t, {
      pending, answered, total: questions.length, phase: state.phase, refusal: state.refusal, online: ui.online, preview, newCode: ui.newCode,
    })}`;
  } else {
    const index = Math.min(state.section, sections.length - 1);
    const note = ui.note ? html`<p class="banner note">${t(ui.note)}</p>` : "";
    step = html`${progressBar(index + 1, sections.length + 1, t("progress.section", { current: index + 1, total: sections.length }), t)}${note}${statusLine}${sectionStep(t, sections[index], state.answers, issueOf, index === sections.length - 1)}`;
  }

  return html`<div lang="${LOCALE_TAGS[locale]}" data-testid="survey" data-locale="${locale}"><header class="bar"><div class="bar-titles"><div class="dept">${t("department")}</div><div class="app-title">${t("title")}</div></div>${languageToggle(locale, t("language"))}</header>${preview ? html`<p class="banner preview" data-testid="preview-banner">${t("preview.banner")}</p>` : ""}${step}</div>`;
}
