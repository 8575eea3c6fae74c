// The questionnaire builder's rules: what a question key may look like, when a version may be
// changed, what must be true before publishing. Pure, so the builder page, the server mutations and
// the tests share one answer.
import { PREFER_NOT_TO_SAY, type QuestionType } from "@/lib/surveys/structure";

/** snake_case: a lower-case letter first, then lower-case letters and digits in `_`-joined words. */
export const KEY_PATTERN = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
export const KEY_MAX_LENGTH = 40;
/** Option values are cell values in paper files: same shape as keys, but may start with a digit ("5_15"). */
export const OPTION_VALUE_PATTERN = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
/** Column names the paper import uses itself, so no question may take them. */
export const RESERVED_KEYS: readonly string[] = ["unit"];

/** An option value from an English label ("Radios and phones" -> "radios_and_phones"), or "" if none fits. */
export function suggestValue(label: string): string {
  const value = label.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, KEY_MAX_LENGTH).replace(/_+$/, "");
  return OPTION_VALUE_PATTERN.test(value) ? value : "";
}

const CHOICE_TYPES: readonly QuestionType[] = ["SINGLE_CHOICE", "MULTI_CHOICE"];
export const isChoice = (type: QuestionType) => CHOICE_TYPES.includes(type);

export type VersionStatus = "DRAFT" | "PUBLISHED" | "RETIRED";

/**
 * Whether a version's content may change: only while it is a draft. Once published it never
 * changes, with or without responses yet: answers must match exactly what officers were shown,
 * officers may have the page open, and every app instance keeps published versions in memory
 * (lib/surveys/queries.ts cachedQuestionnaireView). Any change, even a typo, goes into a new
 * version. Retired versions are history.
 */
export type EditState = "editable" | "published" | "retired";

export function editState(version: { status: VersionStatus }): EditState {
  if (version.status === "RETIRED") return "retired";
  if (version.status === "PUBLISHED") return "published";
  return "editable";
}

/** A new version is copied from a published or retired one, and only one draft exists at a time. */
export function newVersionRefusal(version: { status: VersionStatus }, draftExists: boolean): "not_published" | "draft_exists" | null {
  if (version.status === "DRAFT") return "not_published";
  if (draftExists) return "draft_exists";
  return null;
}

export type BuilderQuestion = {
  key: string;
  type: QuestionType;
  profileField: string | null;
  options: { value: string }[];
};
export type PublishProblem =
  | { code: "no_questions" }
  | { code: "empty_section"; section: string }
  | { code: "duplicate_key"; key: string }
  | { code: "too_few_options"; key: string }
  | { code: "profile_without_prefer_not"; key: string };

/** What stops a version from being published; empty when it may be. */
export function publishProblems(sections: { title: string; questions: BuilderQuestion[] }[]): PublishProblem[] {
  const problems: PublishProblem[] = [];
  const questions = sections.flatMap((s) => s.questions);
  if (questions.length === 0) problems.push({ code: "no_questions" });
  for (const s of sections) if (s.questions.length === 0) problems.push({ code: "empty_section", section: s.title });
  const seen = new Set<string>();
  for (const q of questions) {
    if (seen.has(q.key)) problems.push({ code: "duplicate_key", key: q.key });
    seen.add(q.key);
    if (isChoice(q.type) && q.options.length < 2) problems.push({ code: "too_few_options", key: q.key });
    if (q.profileField && !q.options.some((o) => o.value === PREFER_NOT_TO_SAY)) problems.push({ code: "profile_without_prefer_not", key: q.key });
  }
  return problems;
}

/**
 * Keys are column names that exports and paper files keep across versions: a key an earlier
 * version used keeps its type, and a question carried over from an earlier version keeps its key.
 */
export function keyRefusal(args: {
  currentKey: string | null;
  newKey: string;
  newType: QuestionType;
  keysInVersion: string[];
  earlierTypes: ReadonlyMap<string, QuestionType>;
}): "key_taken" | "key_fixed" | "key_type_fixed" | null {
  const { currentKey, newKey, newType, keysInVersion, earlierTypes } = args;
  if (currentKey !== null && currentKey !== newKey && earlierTypes.has(currentKey)) return "key_fixed";
  if (newKey !== currentKey && keysInVersion.includes(newKey)) return "key_taken";
  const earlier = earlierTypes.get(newKey);
  if (earlier && earlier !== newType) return "key_type_fixed";
  return null;
}

/** The item to swap places with when `id` moves one step, or null at either end. */
export function swapPartner<T extends { id: string }>(ordered: T[], id: string, direction: "up" | "down"): T | null {
  const index = ordered.findIndex((item) => item.id === id);
  if (index < 0) return null;
  const target = direction === "up" ? index - 1 : index + 1;
  return ordered[target] ?? null;
}
