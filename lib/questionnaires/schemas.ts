// One zod schema per builder form, shared by the client form (instant feedback) and the server
// action (the check that counts). Messages are keys under "questionnaires.validation" so each
// language shows its own text.
import { z } from "zod";
import { MAX_TEXT_LENGTH } from "@/lib/surveys/answers";
import { isChoice, KEY_MAX_LENGTH, KEY_PATTERN, OPTION_VALUE_PATTERN, RESERVED_KEYS } from "@/lib/questionnaires/rules";

export const QUESTION_TYPES = ["SINGLE_CHOICE", "MULTI_CHOICE", "LIKERT", "NUMBER", "TEXT"] as const;
const PROFILE_FIELD_NAMES = ["ROLE_LEVEL", "SERVICE_YEARS", "AGE_BAND"] as const;
export const MAX_OPTIONS = 30;

const id = z.uuid({ message: "invalidId" });
// "tooLong:200": the form says the limit ("Keep this to 200 characters"), see use-builder-action.ts.
const tooLong = (max: number) => ({ message: `tooLong:${max}` });
const text = (max: number, required: string) => z.string().trim().min(1, { message: required }).max(max, tooLong(max));
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong(max))
    .nullable()
    .transform((v) => (v ? v : null));
const optionalNumber = z.number({ message: "numberInvalid" }).nullable();
/** The same text in the questionnaire's other language: "" while not translated yet. */
const translation = (max: number) => z.string().trim().max(max, tooLong(max)).default("");

const questionKeySchema = z
  .string()
  .trim()
  .min(1, { message: "keyRequired" })
  .max(KEY_MAX_LENGTH, { message: "keyTooLong" })
  .regex(KEY_PATTERN, { message: "keyFormat" })
  .refine((key) => !RESERVED_KEYS.includes(key), { message: "keyReserved" });

// A blank option value is filled on the server from the labels (option-codes.ts), so an admin who
// writes only Chinese labels still gets stable, readable codes.
const optionSchema = z.object({
  value: z
    .string()
    .trim()
    .max(KEY_MAX_LENGTH, tooLong(KEY_MAX_LENGTH))
    .refine((v) => v === "" || OPTION_VALUE_PATTERN.test(v), { message: "optionValueFormat" }),
  label: text(200, "optionLabelRequired"),
  labelTranslation: translation(200),
});

const questionFields = z.object({
  key: questionKeySchema,
  type: z.enum(QUESTION_TYPES, { message: "typeRequired" }),
  prompt: text(500, "promptRequired"),
  promptTranslation: translation(500),
  help: z.string().trim().max(500, tooLong(500)),
  helpTranslation: translation(500),
  required: z.boolean(),
  aspectCode: optionalText(10),
  options: z.array(optionSchema).max(MAX_OPTIONS, { message: "tooManyOptions" }),
  numberUnit: optionalText(30),
  numberUnitTranslation: translation(30),
  minValue: optionalNumber,
  maxValue: optionalNumber,
  normValue: optionalNumber,
  normLabel: optionalText(120),
  normLabelTranslation: translation(120),
});
export type QuestionFields = z.output<typeof questionFields>;

/** Rules across fields: choice questions need distinct options, number ranges must make sense. */
function checkQuestion(q: QuestionFields, ctx: z.RefinementCtx) {
  if (isChoice(q.type)) {
    if (q.options.length < 2) ctx.addIssue({ code: "custom", path: ["options"], message: "optionsTooFew" });
    const seen = new Set<string>();
    q.options.forEach((o, index) => {
      if (o.value === "") return;
      if (seen.has(o.value)) ctx.addIssue({ code: "custom", path: ["options", index, "value"], message: "optionDuplicate" });
      seen.add(o.value);
    });
  }
  if (q.type === "NUMBER") {
    if (q.minValue !== null && q.maxValue !== null && q.minValue > q.maxValue) {
      ctx.addIssue({ code: "custom", path: ["maxValue"], message: "rangeOrder" });
    }
    const n = q.normValue;
    if (n !== null && ((q.minValue !== null && n < q.minValue) || (q.maxValue !== null && n > q.maxValue))) {
      ctx.addIssue({ code: "custom", path: ["normValue"], message: "normOutOfRange" });
    }
    if ((q.normLabel !== null || q.normLabelTranslation !== "") && n === null) ctx.addIssue({ code: "custom", path: ["normValue"], message: "normLabelWithoutValue" });
  }
}

export const addQuestionSchema = questionFields.extend({ sectionId: id }).superRefine(checkQuestion);
export const updateQuestionSchema = questionFields.extend({ questionId: id }).superRefine(checkQuestion);

/** What is stored: fields that do not belong to the type are dropped, not kept half-filled. */
export function normalizeQuestion(q: QuestionFields) {
  const number = q.type === "NUMBER";
  return {
    key: q.key,
    type: q.type,
    prompt: q.prompt,
    promptTranslation: q.promptTranslation,
    help: q.help,
    helpTranslation: q.helpTranslation,
    required: q.required,
    aspectCode: q.aspectCode,
    options: isChoice(q.type) ? q.options : [],
    numberUnit: number ? q.numberUnit : null,
    numberUnitTranslation: number ? q.numberUnitTranslation : "",
    minValue: number ? q.minValue : null,
    maxValue: number ? q.maxValue : null,
    normValue: number ? q.normValue : null,
    normLabel: number ? q.normLabel : null,
    normLabelTranslation: number ? q.normLabelTranslation : "",
  };
}

export const createQuestionnaireSchema = z.object({
  campaignId: id,
  title: text(200, "titleRequired"),
  language: z.enum(["zh", "en"], { message: "languageRequired" }),
});

export const versionMetaSchema = z.object({
  versionId: id,
  title: text(200, "titleRequired"),
  titleTranslation: translation(200),
  intro: z.string().trim().max(MAX_TEXT_LENGTH, tooLong(MAX_TEXT_LENGTH)),
  introTranslation: translation(MAX_TEXT_LENGTH),
});

export const addSectionSchema = z.object({ versionId: id, title: text(200, "sectionTitleRequired"), titleTranslation: translation(200) });
export const renameSectionSchema = z.object({ sectionId: id, title: text(200, "sectionTitleRequired"), titleTranslation: translation(200) });
/**
 * Publishing names the version officers got until now (null: none), as the confirmation showed
 * it, so a publish that raced another one is refused instead of replacing something unseen; and
 * it says whether the admin chose to publish with texts still missing in one language.
 */
export const publishSchema = z.object({
  versionId: id,
  expectedLiveVersionId: id.nullable(),
  acceptMissingTranslations: z.boolean(),
});
export const sectionRefSchema = z.object({ sectionId: id });
export const questionRefSchema = z.object({ questionId: id });
export const versionRefSchema = z.object({ versionId: id });
export const moveSchema = z.object({ id, direction: z.enum(["up", "down"]) });
export const addProfileSchema = z.object({ versionId: id, field: z.enum(PROFILE_FIELD_NAMES) });
