// How a finding's evidence item follows the finding (pure, so the rules are unit-tested): the text
// a finding contributes, its suggestion, and whether the lead's labels are a review decision.
import { detectPii, mask, type PiiSpan } from "@/lib/classification/pii";
import type { Category } from "@/lib/classification/taxonomy";
import { decisionStatus, findingEvidenceText, normalizeCategories, parseRanked, sameLabels, type CategoryScore } from "@/lib/review/rules";

export type StoredEvidence = {
  text: string;
  status: "PENDING" | "ACCEPTED" | "CORRECTED" | "NOT_A_PROBLEM";
  modelVersion: string | null;
  suggestedCategories: unknown;
  suggestedAspectCode: string | null;
  suggestionWords: string[];
  maskedText: string | null;
  categories: string[];
  aspectCode: string | null;
  reviewedById: string | null;
  reviewedOn: Date | null;
};

export type FreshSuggestion = { ranked: CategoryScore[]; aspect: string | null; words: string[]; modelVersion: number };

export type EvidenceData = {
  text: string;
  piiSpans: { start: number; end: number; kind: string; text: string }[];
  suggestedCategories: CategoryScore[];
  suggestedAspectCode: string | null;
  suggestionWords: string[];
  modelVersion: string | null;
  status: StoredEvidence["status"];
  categories: Category[];
  aspectCode: string | null;
  maskedText: string | null;
  reviewedById: string | null;
  reviewedOn: Date | null;
};

/** A field as a person without "pii:read-original" may see it: personal details masked. */
export function maskField(value: string): string {
  const spans = detectPii(value);
  return spans.length > 0 ? mask(value, spans) : value;
}

/**
 * Edit forms show statements and quotes masked, so a lead never receives an original with personal
 * details. Sending back exactly the masked form therefore means "unchanged": the original stays.
 */
export function resolveEditedField(submitted: string | null, stored: string | null): string | null {
  if (submitted === null || stored === null) return submitted;
  return submitted === stored || submitted === maskField(stored) ? stored : submitted;
}

/**
 * The evidence item of a finding after the lead saved it. Labels given by the lead are a review
 * decision (ACCEPTED when they equal the suggestion, else CORRECTED); no labels leave the item to
 * the review queue. An unchanged text keeps its suggestion, an unchanged decision its reviewer.
 * Text without personal details is quotable as written; with some, it waits for masking.
 */
export function findingEvidence(args: {
  statement: string;
  quote: string | null;
  labels: { categories: Category[]; aspect: string | null };
  previous: StoredEvidence | null;
  suggest: (text: string) => FreshSuggestion;
  userId: string;
  today: Date;
}): EvidenceData {
  const { previous } = args;
  const text = findingEvidenceText(args.statement, args.quote);
  const textChanged = !previous || previous.text !== text;
  const spans: PiiSpan[] = detectPii(text);
  const stale = textChanged || !previous.modelVersion;
  const fresh = stale ? args.suggest(text) : null;
  const suggestion = fresh
    ? { ranked: fresh.ranked, aspect: fresh.aspect, words: fresh.words, modelVersion: String(fresh.modelVersion) }
    : { ranked: parseRanked(previous!.suggestedCategories), aspect: previous!.suggestedAspectCode, words: previous!.suggestionWords, modelVersion: previous!.modelVersion };
  const base = {
    text,
    piiSpans: spans.map(({ start, end, kind, text: t }) => ({ start, end, kind, text: t })),
    suggestedCategories: suggestion.ranked,
    suggestedAspectCode: suggestion.aspect,
    suggestionWords: suggestion.words,
    modelVersion: suggestion.modelVersion,
  };
  const categories = normalizeCategories(args.labels.categories);
  if (categories.length === 0) {
    return { ...base, status: "PENDING", categories: [], aspectCode: null, maskedText: null, reviewedById: null, reviewedOn: null };
  }
  const chosen = { categories, aspect: args.labels.aspect };
  const keepDecision =
    !textChanged && previous && previous.status !== "PENDING" && previous.status !== "NOT_A_PROBLEM" && sameLabels(chosen, { categories: previous.categories, aspect: previous.aspectCode });
  const status = keepDecision ? previous.status : decisionStatus(chosen, { ranked: suggestion.ranked, aspect: suggestion.aspect });
  const maskedText = !textChanged && previous?.maskedText ? previous.maskedText : spans.length === 0 ? text : null;
  return {
    ...base,
    status,
    categories,
    aspectCode: args.labels.aspect,
    maskedText,
    reviewedById: keepDecision ? previous.reviewedById : args.userId,
    reviewedOn: keepDecision ? previous.reviewedOn : args.today,
  };
}
