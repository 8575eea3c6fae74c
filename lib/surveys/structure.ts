// The shape of a questionnaire version as the survey, the validators and paper entry use it.
// Pure types: shared by server code and client components.

export type QuestionType = "SINGLE_CHOICE" | "MULTI_CHOICE" | "LIKERT" | "NUMBER" | "TEXT";

/**
 * A view is built for one language (lib/surveys/queries.ts). Where an item's text has no
 * translation into it, the other language's text is shown and `textLang` names that language, so
 * the page can mark it with `lang`; `textLang` is absent whenever the text is in the view's language.
 * A question's `textLang` follows its prompt; an option whose label fell back carries its own.
 */
export type TextLang = "en" | "zh";
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
  options: { value: string; label: string; textLang?: TextLang }[];
  textLang?: TextLang;
};

export type SectionView = { id: string; title: string; questions: QuestionView[]; textLang?: TextLang };

export type QuestionnaireView = {
  versionId: string;
  campaignId: string;
  title: string;
  intro: string;
  /** The language the view was built for (the officer's), not necessarily every text's. */
  language: string;
  status: "DRAFT" | "PUBLISHED" | "RETIRED";
  sections: SectionView[];
  textLang?: TextLang;
};

/** The answer to "prefer not to say" on a profile question: stored as no band at all. */
export const PREFER_NOT_TO_SAY = "prefer_not";

// A plain loop, not flatMap: this runs in the officers' script, which must work on Chrome 61 and
// Safari 11 (flatMap arrived in Chrome 69 / Safari 12).
export function allQuestions(view: QuestionnaireView): QuestionView[] {
  const questions: QuestionView[] = [];
  for (const section of view.sections) questions.push(...section.questions);
  return questions;
}
