/** @jsxImportSource preact */
// The officer's questionnaire as one component of its state: the server renders its first page,
// the browser hydrates it and renders every later one, and the admins' preview shows the same.
// Nothing here touches the browser; what the officer does goes to `on` (SurveyPage.tsx).
import type { AnswerValue } from "@/components/survey/draft";
import { issueText } from "@/components/survey/issues";
import type { SurveyState } from "@/components/survey/survey-state";
import { makeTranslate, type Dict, type SurveyLocale } from "@/components/survey/translate";
import { fallbackLang, LanguageToggle, LOCALE_TAGS, ProgressBar } from "@/components/survey/view/common";
import { AnswerList, DoneStep, ReviewStep, SectionStep, StartStep, type Pending } from "@/components/survey/view/steps";
import { checkAnswers, type AnswerIssue } from "@/lib/surveys/answers";
import { allQuestions, type QuestionnaireView } from "@/lib/surveys/structure";
import { localName } from "@/i18n/local-name";

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

/** Everything the officer can do on the page. */
export type SurveyHandlers = {
  language: (locale: SurveyLocale) => void;
  code: (field: "startCode" | "newCode", value: string) => void;
  start: () => void;
  answer: (key: string, value: AnswerValue) => void;
  clear: (key: string) => void;
  next: () => void;
  back: () => void;
  reviewBack: () => void;
  goto: (key: string, section: number) => void;
  send: () => void;
  useNewCode: () => void;
  copy: () => void;
  print: () => void;
  finish: () => void;
};

/** Answers to questions of this version only (a draft may outlive a question). */
export function knownAnswers(view: QuestionnaireView, answers: Record<string, AnswerValue>): Record<string, AnswerValue> {
  const keys = new Set(allQuestions(view).map((q) => q.key));
  // Not Object.fromEntries: the officers' script runs on Chrome 61 / Safari 11, which lack it.
  const known: Record<string, AnswerValue> = {};
  for (const key of Object.keys(answers)) if (keys.has(key)) known[key] = answers[key];
  return known;
}

/** Issues of the current answers, and the server's verdicts on answers not changed since. */
export function currentIssues(view: QuestionnaireView, state: Pick<SurveyState, "answers" | "serverIssues">): AnswerIssue[] {
  const check = checkAnswers(view, knownAnswers(view, state.answers));
  const local = check.ok ? [] : check.issues;
  return [...local, ...state.serverIssues.filter((s) => !local.some((i) => i.key === s.key))];
}

function hasValue(value: AnswerValue | undefined): boolean {
  return Array.isArray(value) ? value.length > 0 : !!value && value.trim() !== "";
}

export function SurveyView({ data, state, on }: { data: SurveyPageData; state: SurveyState; on: SurveyHandlers }) {
  const { locale } = state;
  const t = makeTranslate(data.messages[locale], locale);
  const preview = data.mode === "preview";
  const { view } = data;
  const title = localName(data.campaign, locale);
  const sections = view.sections;
  const questions = allQuestions(view);
  const issues = currentIssues(view, state);
  const issueOf = (key: string) => {
    const issue = issues.find((i) => i.key === key && (state.reviewed || i.code !== "required"));
    return issue ? issueText(t, issue) : null;
  };
  const statusLine = !state.online
    ? <p id="survey-status" class="banner" role="status" data-testid="offline">{t("status.offline")}</p>
    : !preview ? <p id="survey-status" class="saved" data-testid="saved">✓ {t("status.saved")}</p> : null;

  let step;
  if (state.stage === "done") {
    step = <DoneStep t={t} receipt={state.receipt} copied={state.copied} finish={state.kioskDone} onCopy={on.copy} onPrint={on.print} onFinish={on.finish} />;
  } else if (state.stage === "start") {
    step = (
      <StartStep t={t} title={title} followUpHref={preview ? undefined : `/survey/${encodeURIComponent(data.campaign.slug)}/follow-up`} intro={view.intro} introLang={fallbackLang(view, locale)} kiosk={data.campaign.kioskOpen && !preview}
        code={state.startCode} busy={state.codeBusy} error={state.codeError && t(state.codeError)} onCode={(v) => on.code("startCode", v)} onStart={on.start} />
    );
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
    step = (
      <>
        <ProgressBar step={steps} steps={steps} label={t("progress.review")} t={t} />
        {statusLine}
        <ReviewStep t={t} pending={pending} answered={answered} total={questions.length} phase={state.phase} refusal={state.refusal} online={state.online} preview={preview} newCode={state.newCode}
          onGoto={on.goto} onNewCode={(v) => on.code("newCode", v)} onUseNewCode={on.useNewCode} onBack={on.reviewBack} onSend={on.send}>
          <AnswerList t={t} locale={locale} sections={sections} answers={state.answers} onGoto={on.goto} />
        </ReviewStep>
      </>
    );
  } else {
    const index = Math.min(state.section, sections.length - 1);
    step = (
      <>
        <ProgressBar step={index + 1} steps={sections.length + 1} label={t("progress.section", { current: index + 1, total: sections.length })} t={t} />
        {state.note && <p class="banner note">{t(state.note)}</p>}
        {statusLine}
        <SectionStep t={t} locale={locale} section={sections[index]} answers={state.answers} issueOf={issueOf} last={index === sections.length - 1}
          onAnswer={on.answer} onClear={on.clear} onNext={on.next} onBack={on.back} />
      </>
    );
  }

  return (
    <div lang={LOCALE_TAGS[locale]} data-testid="survey" data-locale={locale}>
      <header class="bar">
        <div class="bar-titles"><div class="dept">{t("department")}</div><div class="app-title">{t("title")}</div></div>
        <LanguageToggle locale={locale} label={t("language")} onChange={on.language} />
      </header>
      {preview && <p class="banner preview" data-testid="preview-banner">{t("preview.banner")}</p>}
      {step}
    </div>
  );
}
