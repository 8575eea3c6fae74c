// Validation of one respondent's answers against a questionnaire version. Pure, so the officer's
// page, the JSON API, paper entry and file import give the same verdict and the same messages.
import { allQuestions, PREFER_NOT_TO_SAY, type QuestionnaireView, type QuestionView } from "@/lib/surveys/structure";

export const MAX_TEXT_LENGTH = 4000;

/** What the respondent sent, by question key: a string, a number, or a list of option values. */
export type RawAnswers = Record<string, unknown>;

export type StoredAnswer = { questionId: string; key: string; numberValue: number | null; textValue: string | null; choices: string[] };
export type Profile = { roleLevel: string | null; serviceYears: string | null; ageBand: string | null };

export type AnswerIssue =
  | { key: string; code: "required" }
  | { key: string; code: "unknown_question" }
  | { key: string; code: "not_a_number" }
  | { key: string; code: "out_of_range"; min: number | null; max: number | null }
  | { key: string; code: "not_an_option" }
  | { key: string; code: "too_long"; max: number }
  | { key: string; code: "bad_characters" };

export type AnswerCheck = { ok: true; answers: StoredAnswer[]; profile: Profile } | { ok: false; issues: AnswerIssue[] };

/** English text for an issue, for the API and logs; pages translate the code themselves. */
export function describeIssue(issue: AnswerIssue): string {
  switch (issue.code) {
    case "required": return "This question needs an answer.";
    case "unknown_question": return "There is no such question in this questionnaire.";
    case "not_a_number": return "Enter a number.";
    case "out_of_range":
      return `Enter a number${issue.min !== null ? ` from ${issue.min}` : ""}${issue.max !== null ? ` up to ${issue.max}` : ""}.`;
    case "not_an_option": return "Choose one of the options offered.";
    case "too_long": return `Keep the answer under ${issue.max} characters.`;
    case "bad_characters": return "Remove the characters that cannot be stored (NUL or an unpaired surrogate).";
  }
}

// NUL cannot be stored in a PostgreSQL text column, and a lone UTF-16 surrogate has no UTF-8 form:
// either would fail the database write (a 500 after the checks passed). Written without lookbehind,
// which the officers' older phones lack (this runs in their script too).
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;

/** Whether the text holds a character no column can store: refuse it, never strip it silently. */
export function hasUnstorableText(value: unknown): boolean {
  if (typeof value === "string") return UNSTORABLE.test(value);
  return Array.isArray(value) && value.some((v) => typeof v === "string" && UNSTORABLE.test(v));
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0);
}

function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  // NFKC turns full-width digits and points (１２．５), common in Chinese input methods, into ASCII.
  const text = value.normalize("NFKC").trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return null;
}

function checkOne(q: QuestionView, value: unknown): { answer: StoredAnswer } | { issue: AnswerIssue } | null {
  if (isBlank(value)) return q.required ? { issue: { key: q.key, code: "required" } } : null;
  if (hasUnstorableText(value)) return { issue: { key: q.key, code: "bad_characters" } };
  const base = { questionId: q.id, key: q.key, numberValue: null, textValue: null, choices: [] as string[] };
  const values = new Set(q.options.map((o) => o.value));
  switch (q.type) {
    case "NUMBER": {
      const n = toNumber(value);
      if (n === null) return { issue: { key: q.key, code: "not_a_number" } };
      if ((q.minValue !== null && n < q.minValue) || (q.maxValue !== null && n > q.maxValue)) {
        return { issue: { key: q.key, code: "out_of_range", min: q.minValue, max: q.maxValue } };
      }
      return { answer: { ...base, numberValue: n } };
    }
    case "LIKERT": {
      const n = toNumber(value);
      if (n === null || !Number.isInteger(n) || n < 1 || n > 5) return { issue: { key: q.key, code: "out_of_range", min: 1, max: 5 } };
      return { answer: { ...base, numberValue: n } };
    }
    case "SINGLE_CHOICE": {
      if (typeof value !== "string" || !values.has(value)) return { issue: { key: q.key, code: "not_an_option" } };
      return { answer: { ...base, choices: [value] } };
    }
    case "MULTI_CHOICE": {
      const list = Array.isArray(value) ? value : [value];
      if (!list.every((v) => typeof v === "string" && values.has(v))) return { issue: { key: q.key, code: "not_an_option" } };
      // Stored in the questionnaire's option order, without repeats.
      return { answer: { ...base, choices: q.options.map((o) => o.value).filter((v) => list.includes(v)) } };
    }
    case "TEXT": {
      if (typeof value !== "string") return { issue: { key: q.key, code: "not_an_option" } };
      const text = value.trim();
      if (text.length > MAX_TEXT_LENGTH) return { issue: { key: q.key, code: "too_long", max: MAX_TEXT_LENGTH } };
      return { answer: { ...base, textValue: text } };
    }
  }
}

export function checkAnswers(view: QuestionnaireView, raw: RawAnswers): AnswerCheck {
  const questions = allQuestions(view);
  const known = new Set(questions.map((q) => q.key));
  const issues: AnswerIssue[] = Object.keys(raw).filter((key) => !known.has(key)).map((key) => ({ key, code: "unknown_question" as const }));
  const answers: StoredAnswer[] = [];
  for (const q of questions) {
    const result = checkOne(q, raw[q.key]);
    if (!result) continue;
    if ("issue" in result) issues.push(result.issue);
    else answers.push(result.answer);
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, answers, profile: profileOf(questions, answers) };
}

function profileOf(questions: QuestionView[], answers: StoredAnswer[]): Profile {
  const band = (field: QuestionView["profileField"]) => {
    const q = questions.find((x) => x.profileField === field);
    const choice = q ? answers.find((a) => a.questionId === q.id)?.choices[0] : undefined;
    return choice && choice !== PREFER_NOT_TO_SAY ? choice : null;
  };
  return { roleLevel: band("ROLE_LEVEL"), serviceYears: band("SERVICE_YEARS"), ageBand: band("AGE_BAND") };
}
