// The shape of a questionnaire version as the survey, the validators and paper entry use it.
// Pure types: shared by server code and client components.

export type QuestionType = "SINGLE_CHOICE" | "MULTI_CHOICE" | "LIKERT" | "NUMBER" | "TEXT";
export type ProfileField = "ROLE_LEVEL" | "SERVICE_YEARS" | "AGE_BAND";

export type QuestionView = {
  id: string;
  key: string;
  type: QuestionType;
  prompt: string;
  help: string;
  required: boolean;
  aspectCode: string | null;
  profileField: ProfileField | null;
  numberUnit: string | null;
  minValue: number | null;
  maxValue: number | null;
  options: { value: string; label: string }[];
  /** Set only when this question's texts fell back to the other language (pages mark them with `lang`). */
  textLang?: "en" | "zh";
};

export type SectionView = { id: string; title: string; questions: QuestionView[]; textLang?: "en" | "zh" };

export type QuestionnaireView = {
  versionId: string;
  campaignId: string;
  title: string;
  intro: string;
  language: string;
  status: "DRAFT" | "PUBLISHED" | "RETIRED";
  sections: SectionView[];
  /** Set only when the questionnaire's own texts (title, intro) fell back to the other language. */
  textLang?: "en" | "zh";
};

/** The answer to "prefer not to say" on a profile question: stored as no band at all. */
export const PREFER_NOT_TO_SAY = "prefer_not";

export const LIKERT_VALUES = ["1", "2", "3", "4", "5"] as const;

// A plain loop, not flatMap: this runs in the officers' script, which must work on Chrome 61 and
// Safari 11 (flatMap arrived in Chrome 69 / Safari 12).
export function allQuestions(view: QuestionnaireView): QuestionView[] {
  const questions: QuestionView[] = [];
  for (const section of view.sections) questions.push(...section.questions);
  return questions;
}
