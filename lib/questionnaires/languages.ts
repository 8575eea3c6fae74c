// Questionnaire texts in two languages. Each text is stored twice: in the questionnaire's own
// language (the plain column, e.g. `prompt`) and in the other one (`promptTranslation`, "" while
// untranslated); docs/decisions/007-bilingual-questionnaires.md says why. Pure module: the builder
// page, the officers' view loader and the publish check share it.
import type { QuestionType } from "@/lib/surveys/structure";

export type Lang = "en" | "zh";
export const LANGS: readonly Lang[] = ["zh", "en"];
export const asLang = (language: string): Lang => (language === "en" ? "en" : "zh");
export const otherLang = (lang: Lang): Lang => (lang === "en" ? "zh" : "en");

/** One text in both languages, keyed by language rather than by "own"/"translation". */
export type Bilingual = { en: string; zh: string };

export function bilingual(own: string | null, translation: string, ownLang: Lang): Bilingual {
  const o = own ?? "";
  return ownLang === "en" ? { en: o, zh: translation } : { en: translation, zh: o };
}

/** The stored pair back from a language-keyed text. */
export function stored(text: Bilingual, ownLang: Lang): { own: string; translation: string } {
  return { own: text[ownLang], translation: text[otherLang(ownLang)] };
}

/**
 * The text in `want`, or in the other language when `want` has none. `fellBack` is the language
 * actually used when it is not `want` (the officer's page marks it with `lang`).
 */
export function pick(text: Bilingual, want: Lang): { text: string; fellBack?: Lang } {
  if (text[want].trim() !== "") return { text: text[want] };
  const other = otherLang(want);
  if (text[other].trim() !== "") return { text: text[other], fellBack: other };
  return { text: "" };
}

type MissingKind = "title" | "intro" | "section" | "prompt" | "help" | "option" | "numberUnit" | "normLabel";
/** A text written in one language only: `lang` is the language it still lacks. */
export type MissingTranslation = { kind: MissingKind; lang: Lang; section?: number; key?: string; option?: string };

export type TranslatableVersion = {
  title: Bilingual;
  intro: Bilingual;
  sections: {
    title: Bilingual;
    questions: {
      key: string;
      type: QuestionType;
      prompt: Bilingual;
      help: Bilingual;
      numberUnit: Bilingual;
      normLabel: Bilingual;
      options: { value: string; label: Bilingual }[];
    }[];
  }[];
};

function lacking(text: Bilingual): Lang | null {
  const en = text.en.trim() !== "";
  const zh = text.zh.trim() !== "";
  if (en === zh) return null;
  return en ? "zh" : "en";
}

/** Every text that exists in one language only, in the order the builder shows them. */
export function missingTranslations(version: TranslatableVersion): MissingTranslation[] {
  const missing: MissingTranslation[] = [];
  const check = (text: Bilingual, item: Omit<MissingTranslation, "lang">) => {
    const lang = lacking(text);
    if (lang) missing.push({ ...item, lang });
  };
  check(version.title, { kind: "title" });
  check(version.intro, { kind: "intro" });
  version.sections.forEach((section, index) => {
    check(section.title, { kind: "section", section: index + 1 });
    for (const q of section.questions) {
      check(q.prompt, { kind: "prompt", key: q.key });
      check(q.help, { kind: "help", key: q.key });
      if (q.type === "NUMBER") {
        check(q.numberUnit, { kind: "numberUnit", key: q.key });
        check(q.normLabel, { kind: "normLabel", key: q.key });
      }
      for (const o of q.options) check(o.label, { kind: "option", key: q.key, option: o.value });
    }
  });
  return missing;
}

/** The stored columns of a question's texts, with what decides which of them apply. */
export type StoredQuestionTexts = {
  key: string;
  type: QuestionType;
  profileField: string | null;
  prompt: string;
  promptTranslation: string;
  help: string;
  helpTranslation: string;
  numberUnit: string | null;
  numberUnitTranslation: string;
  normLabel: string | null;
  normLabelTranslation: string;
  options: { value: string; label: string; labelTranslation: string }[];
};

/** The stored columns of a version's texts, as queries select them (see translatable.ts). */
export type StoredVersionTexts = {
  title: string;
  titleTranslation: string;
  intro: string;
  introTranslation: string;
  sections: { title: string; titleTranslation: string; questions: StoredQuestionTexts[] }[];
};

/** Stored columns to language-keyed texts. */
export function translatableOf(version: StoredVersionTexts, ownLang: Lang) {
  const b = (own: string | null, translation: string) => bilingual(own, translation, ownLang);
  return {
    title: b(version.title, version.titleTranslation),
    intro: b(version.intro, version.introTranslation),
    sections: version.sections.map((s) => ({
      title: b(s.title, s.titleTranslation),
      questions: s.questions.map((q) => ({
        key: q.key,
        type: q.type,
        profileField: q.profileField,
        prompt: b(q.prompt, q.promptTranslation),
        help: b(q.help, q.helpTranslation),
        numberUnit: b(q.numberUnit, q.numberUnitTranslation),
        normLabel: b(q.normLabel, q.normLabelTranslation),
        options: q.options.map((o) => ({ value: o.value, label: b(o.label, o.labelTranslation) })),
      })),
    })),
  } satisfies TranslatableVersion;
}
