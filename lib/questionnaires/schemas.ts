// One zod schema per builder form, shared by the client form (instant feedback) and the server
// action (the check that counts). Messages are keys under "questionnaires.validation" so each
// language shows its own text.
import { z } from "zod";
import { MAX_TEXT_LENGTH } from "@/lib/surveys/answers";
import { isChoice, KEY_MAX_LENGTH, KEY_PATTERN, OPTION_VALUE_PATTERN, RESERVED_KEYS } from "@/lib/questionnaires/rules";

export const QUESTION_TYPES = ["SINGLE_CHOICE", "MULTI_CHOICE", "LIKERT", "NUMBER", "TEXT"] as const;
export const PROFILE_FIELD_NAMES = ["ROLE_LEVEL", "SERVICE_YEARS", "AGE_BAND"] as const;
export const MAX_OPTIONS = 30;

const id = z.uuid({ message: "invalidId" });
const text = (max: number, required: string) => z.string().trim().min(1, { message: required }).max(max, { message: "tooLong" });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: "tooLong" })
    .nullable()
    .transform((v) => (v ? v : null));
const optionalNumber = z.number({ message: "numberInvalid" }).nullable();

export const questionKeySchema = z
  .string()
  .trim()
  .min(1, { message: "keyRequired" })
  .max(KEY_MAX_LENGTH, { message: "keyTooLong" })
  .regex(KEY_PATTERN, { message: "keyFormat" })
  .refine((key) => !RESERVED_KEYS.includes(key), { message: "keyReserved" });

const optionSchema = z.object({
  value: z.string().trim().min(1, { message: "optionValueRequired" }).max(KEY_MAX_LENGTH, { message: "tooLong" }).regex(OPTION_VALUE_PATTERN, { message: "optionValueFormat" }),
  label: text(200, "optionLabelRequired"),
});

const questionFields = z.object({
  key: questionKeySchema,
  type: z.enum(QUESTION_TYPES, { message: "typeRequired" }),
  prompt: text(500, "promptRequired"),
  help: z.string().trim().max(500, { message: "tooLong" }),
  required: z.boolean(),
  aspectCode: optionalText(10),
  options: z.array(optionSchema).max(MAX_OPTIONS, { message: "tooManyOptions" }),
  numberUnit: optionalText(30),
  minValue: optionalNumber,
  maxValue: optionalNumber,
  normValue: optionalNumber,
  normLabel: optionalText(120),
});
export type QuestionFields = z.output<typeof questionFields>;

/** Rules across fields: choice questions need distinct options, number ranges must make sense. */
function checkQuestion(q: QuestionFields, ctx: z.RefinementCtx) {
  if (isChoice(q.type)) {
    if (q.options.length < 2) ctx.addIssue({ code: "custom", path: ["options"], message: "optionsTooFew" });
    const seen = new Set<string>();
    q.options.forEach((o, index) => {
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
    if (q.normLabel !== null && n === null) ctx.addIssue({ code: "custom", path: ["normValue"], message: "normLabelWithoutValue" });
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
    help: q.help,
    required: q.required,
    aspectCode: q.aspectCode,
    options: isChoice(q.type) ? q.options : [],
    numberUnit: number ? q.numberUnit : null,
    minValue: number ? q.minValue : null,
    maxValue: number ? q.maxValue : null,
    normValue: number ? q.normValue : null,
    normLabel: number ? q.normLabel : null,
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
  intro: z.string().trim().max(MAX_TEXT_LENGTH, { message: "tooLong" }),
});

export const addSectionSchema = z.object({ versionId: id, title: text(200, "sectionTitleRequired") });
export const renameSectionSchema = z.object({ sectionId: id, title: text(200, "sectionTitleRequired") });
export const sectionRefSchema = z.object({ sectionId: id });
export const questionRefSchema = z.object({ questionId: id });
export const versionRefSchema = z.object({ versionId: id });
export const moveSchema = z.object({ id, direction: z.enum(["up", "down"]) });
export const addProfileSchema = z.object({ versionId: id, field: z.enum(PROFILE_FIELD_NAMES) });
