// Pure rules of classification review, shared by the server (which enforces them) and the queue
// and seminar forms (which give instant feedback). Imports the engine's modules one by one: its
// index also exports the file-reading trainer, which must not reach a client bundle.
import { ON_THRESHOLD } from "@/lib/classification/model";
import { detectPii, mask, type PiiKind, type PiiSpan } from "@/lib/classification/pii";
import { CATEGORIES, isCategory, type Category } from "@/lib/classification/taxonomy";

export type CategoryScore = { category: Category; score: number };
export type ReviewStatusName = "PENDING" | "ACCEPTED" | "CORRECTED" | "NOT_A_PROBLEM";

/** Bulk accept offers these confidence floors; the queue shows the one in use. */
export const BULK_THRESHOLDS = [0.8, 0.9, 0.95, 0.99] as const;
export const DEFAULT_BULK_THRESHOLD = 0.95;

/** Kinds the detector finds by pattern: reliable enough to refuse a masked text that still has one. */
const PATTERN_KINDS: readonly PiiKind[] = ["phone", "id", "badge", "plate"];

/** The categories a suggestion proposes: the top one always, the others from ON_THRESHOLD up. */
export function suggestedLabels(ranked: readonly CategoryScore[]): Category[] {
  return ranked.filter((r, i) => i === 0 || r.score >= ON_THRESHOLD).map((r) => r.category);
}

/** How sure the classifier is: the score of its top category. */
export function confidenceOf(ranked: readonly CategoryScore[]): number {
  return ranked[0]?.score ?? 0;
}

/** Categories in the fixed taxonomy order, without repeats, so two label sets compare as lists. */
export function normalizeCategories(categories: readonly string[]): Category[] {
  const set = new Set(categories);
  return CATEGORIES.filter((c) => set.has(c));
}

export function sameLabels(a: { categories: readonly string[]; aspect: string | null }, b: { categories: readonly string[]; aspect: string | null }): boolean {
  const x = normalizeCategories(a.categories);
  const y = normalizeCategories(b.categories);
  return (a.aspect ?? null) === (b.aspect ?? null) && x.length === y.length && x.every((c, i) => c === y[i]);
}

/** ACCEPTED when the reviewer kept the suggestion exactly, CORRECTED otherwise (also without one). */
export function decisionStatus(
  chosen: { categories: readonly string[]; aspect: string | null },
  suggestion: { ranked: readonly CategoryScore[]; aspect: string | null } | null,
): "ACCEPTED" | "CORRECTED" {
  if (!suggestion || suggestion.ranked.length === 0) return "CORRECTED";
  return sameLabels(chosen, { categories: suggestedLabels(suggestion.ranked), aspect: suggestion.aspect }) ? "ACCEPTED" : "CORRECTED";
}

/** A finding keeps one category: the aspect's own if chosen, else the first in taxonomy order. */
export function primaryCategory(categories: readonly string[], aspectCategory: string | null): Category | null {
  const list = normalizeCategories(categories);
  if (aspectCategory && isCategory(aspectCategory) && list.includes(aspectCategory)) return aspectCategory;
  return list[0] ?? null;
}

/** Reads a stored ranking defensively: JSON columns are not typed by the database. */
export function parseRanked(value: unknown): CategoryScore[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((r): r is CategoryScore => !!r && typeof r === "object" && isCategory((r as CategoryScore).category) && typeof (r as CategoryScore).score === "number")
    .map((r) => ({ category: r.category, score: r.score }));
}

export function parseSpans(value: unknown): PiiSpan[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (s): s is PiiSpan => !!s && typeof s === "object" && Number.isInteger((s as PiiSpan).start) && Number.isInteger((s as PiiSpan).end) && typeof (s as PiiSpan).kind === "string",
  );
}

/** The distinct kinds of personal detail found, in a stable order, for badges and messages. */
export function piiKinds(spans: readonly Pick<PiiSpan, "kind">[]): PiiKind[] {
  const order: PiiKind[] = ["name", "phone", "id", "badge", "plate"];
  const found = new Set(spans.map((s) => s.kind));
  return order.filter((k) => found.has(k));
}

/**
 * What may be shown of a text to someone who may not read its original: the reviewer's masked
 * version once there is one, else the detector's masking. Spans are detected afresh so an item
 * never classified (or a detector improved since) is still masked.
 */
export function safeText(text: string, maskedText: string | null): { text: string; spans: PiiSpan[] } {
  const spans = detectPii(text);
  if (maskedText !== null) return { text: maskedText, spans };
  return { text: spans.length > 0 ? mask(text, spans) : text, spans };
}

export type MaskProblem = { code: "maskEmpty" } | { code: "maskTooLong" } | { code: "maskStillPii"; kinds: PiiKind[] };

export const MAX_MASKED_LENGTH = 4000;

/**
 * A masked text may be quoted when it is not empty, repeats none of the personal details found in
 * the original, and has no phone, ID, badge or plate number left. Names found in the reviewer's own
 * text do not block it: the name detector errs towards flagging and the reviewer has looked.
 */
export function checkMaskedText(masked: string, originalSpans: readonly Pick<PiiSpan, "text" | "kind">[]): MaskProblem | null {
  const trimmed = masked.trim();
  if (trimmed === "") return { code: "maskEmpty" };
  if (trimmed.length > MAX_MASKED_LENGTH) return { code: "maskTooLong" };
  const squeeze = (s: string) => s.replace(/[\s\-·•.]/g, "").toLowerCase();
  const flat = squeeze(trimmed);
  const repeated = originalSpans.filter((s) => s.text && squeeze(s.text).length > 0 && flat.includes(squeeze(s.text)));
  const left = detectPii(trimmed).filter((s) => PATTERN_KINDS.includes(s.kind));
  if (repeated.length > 0 || left.length > 0) return { code: "maskStillPii", kinds: piiKinds([...repeated, ...left]) };
  return null;
}

/** The text a finding contributes as evidence: its statement, and its quote in quotation marks. */
export function findingEvidenceText(statement: string, quote: string | null | undefined): string {
  const q = quote?.trim();
  return q ? `${statement.trim()} “${q}”` : statement.trim();
}
