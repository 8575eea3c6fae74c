// Content the builder adds for the admin: the coarse respondent-profile questions and the Likert
// scale labels. This is questionnaire text (stored with the version in both languages: the
// questionnaire's own and its translation), not interface text, so it lives here rather than in messages/.
import { PREFER_NOT_TO_SAY, type ProfileField } from "@/lib/surveys/structure";

export type ContentLanguage = "zh" | "en";
export const contentLanguage = (language: string): ContentLanguage => (language === "en" ? "en" : "zh");

type Bilingual = { en: string; zh: string };
type Preset = { key: string; prompt: Bilingual; options: { value: string; label: Bilingual }[] };

const PREFER_NOT = { value: PREFER_NOT_TO_SAY, label: { en: "Prefer not to say", zh: "不愿透露" } };

// Bands stay coarse on purpose (docs/trust-contract.md, "Small groups stay hidden"): a small unit must not be able to pick
// out one officer by level, length of service and age together. Values match the demo data.
const PROFILE_PRESETS: Record<ProfileField, Preset> = {
  ROLE_LEVEL: {
    key: "role_level",
    prompt: { en: "Your level", zh: "您的职级" },
    options: [
      { value: "leader", label: { en: "Unit leader", zh: "单位领导" } },
      { value: "section_chief", label: { en: "Section chief or instructor", zh: "科所队长或教导员" } },
      { value: "officer", label: { en: "Front-line officer", zh: "一线民警" } },
      PREFER_NOT,
    ],
  },
  SERVICE_YEARS: {
    key: "service_years",
    prompt: { en: "Years of service", zh: "从警年限" },
    options: [
      { value: "0_5", label: { en: "Under 5 years", zh: "5年以下" } },
      { value: "5_15", label: { en: "5 to 15 years", zh: "5至15年" } },
      { value: "15_plus", label: { en: "Over 15 years", zh: "15年以上" } },
      PREFER_NOT,
    ],
  },
  AGE_BAND: {
    key: "age_band",
    prompt: { en: "Age", zh: "年龄" },
    options: [
      { value: "under_30", label: { en: "Under 30", zh: "30岁以下" } },
      { value: "30_45", label: { en: "30 to 45", zh: "30至45岁" } },
      { value: "over_45", label: { en: "Over 45", zh: "45岁以上" } },
      PREFER_NOT,
    ],
  },
};

export const PROFILE_FIELDS = Object.keys(PROFILE_PRESETS) as ProfileField[];

export const PROFILE_SECTION_TITLE: Bilingual = { en: "About you (optional)", zh: "关于您（可选）" };

const LIKERT: Bilingual[] = [
  { en: "Strongly disagree", zh: "非常不同意" },
  { en: "Disagree", zh: "不同意" },
  { en: "Neutral", zh: "一般" },
  { en: "Agree", zh: "同意" },
  { en: "Strongly agree", zh: "非常同意" },
];

/** The five Likert options, values "1".."5" as lib/surveys/answers.ts expects. */
export function likertOptions(language: ContentLanguage): { value: string; label: string }[] {
  return LIKERT.map((label, index) => ({ value: String(index + 1), label: label[language] }));
}

export function profilePreset(field: ProfileField, language: ContentLanguage) {
  const preset = PROFILE_PRESETS[field];
  return {
    key: preset.key,
    prompt: preset.prompt[language],
    options: preset.options.map((o) => ({ value: o.value, label: o.label[language] })),
  };
}
