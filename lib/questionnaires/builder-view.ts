// The builder's picture of a version: every text keyed by language ({ zh, en }) rather than by
// stored column, so the page can show Chinese and English side by side whichever language the
// questionnaire was written in. Pure: the page's query builds it, client forms read it.
import { bilingual, stored, type Bilingual, type Lang, type StoredQuestionTexts } from "@/lib/questionnaires/languages";
import type { QuestionType } from "@/lib/surveys/structure";

export type EditableQuestion = {
  id: string;
  key: string;
  type: QuestionType;
  required: boolean;
  aspectCode: string | null;
  profileField: string | null;
  prompt: Bilingual;
  help: Bilingual;
  numberUnit: Bilingual;
  normLabel: Bilingual;
  minValue: number | null;
  maxValue: number | null;
  normValue: number | null;
  options: { value: string; label: Bilingual }[];
};

export type StoredQuestion = Omit<EditableQuestion, keyof StoredQuestionTexts> & StoredQuestionTexts;

export function editableQuestion(q: StoredQuestion, own: Lang): EditableQuestion {
  return {
    id: q.id, key: q.key, type: q.type, required: q.required, aspectCode: q.aspectCode, profileField: q.profileField,
    prompt: bilingual(q.prompt, q.promptTranslation, own),
    help: bilingual(q.help, q.helpTranslation, own),
    numberUnit: bilingual(q.numberUnit, q.numberUnitTranslation, own),
    normLabel: bilingual(q.normLabel, q.normLabelTranslation, own),
    minValue: q.minValue, maxValue: q.maxValue, normValue: q.normValue,
    options: q.options.map((o) => ({ value: o.value, label: bilingual(o.label, o.labelTranslation, own) })),
  };
}

/** A language-keyed text as the actions take it: `{ [name]: own, [name + "Translation"]: other }`. */
export function storedFields<N extends string>(name: N, text: Bilingual, own: Lang) {
  const { own: ownText, translation } = stored(text, own);
  return { [name]: ownText, [`${name}Translation`]: translation } as Record<N | `${N}Translation`, string>;
}
