import "server-only";
import { db, type PrismaClient } from "@/lib/db/client";
import { unitWhere, type Scope } from "@/lib/auth/scope";
import { classify } from "@/lib/classification/classify";
import { detectPii, mask, type PiiSpan } from "@/lib/classification/pii";
import type { Category } from "@/lib/classification/taxonomy";
import { currentModel, type LoadedModel } from "@/lib/classification/store-model";
import { suggestedLabels, type CategoryScore } from "@/lib/review/rules";

// The classifier as the app uses it: suggestions for seminar findings as they are typed, and for
// free-text answers that arrive through the survey store without one.

export type Suggestion = {
  /** Every category, best first, with its own score. */
  ranked: CategoryScore[];
  /** The categories proposed (top one, and any others from ON_THRESHOLD). */
  labels: Category[];
  aspect: string | null;
  /** The words that decided it, as written. */
  words: string[];
  modelVersion: number;
  piiSpans: PiiSpan[];
};

/**
 * Classifies the masked text, not the original: the deciding words are shown to reviewers who may
 * not read personal details, and a name's characters must not come back as "evidence".
 */
export function suggestWith(loaded: LoadedModel, text: string): Suggestion {
  const piiSpans = detectPii(text);
  const result = classify(loaded.model, piiSpans.length > 0 ? mask(text, piiSpans) : text);
  return {
    ranked: result.categories,
    labels: suggestedLabels(result.categories),
    aspect: result.aspect,
    words: result.evidence,
    modelVersion: loaded.version,
    piiSpans,
  };
}

export async function suggestFor(text: string, client: PrismaClient = db): Promise<Suggestion> {
  return suggestWith(await currentModel(client), text);
}

const CHUNK = 500;

/**
 * Fills in the suggestion and personal-detail spans of the campaign's unreviewed evidence in the
 * caller's scope: items that never had one, and items suggested by an older model (so what the
 * reviewers taught shows in the rest of the queue). Idempotent: a second call finds nothing to do.
 * Reviewed items keep the suggestion the reviewer saw; the agreement rate is measured on it.
 * Returns how many items were (re)classified.
 */
export async function classifyPendingEvidence(campaignId: string, scope: Scope, client: PrismaClient = db): Promise<number> {
  return classifyWhere({ campaignId, ...unitWhere(scope) }, client);
}

/**
 * The same for every campaign: run where evidence is created (survey answers, paper sheets, seminar
 * findings) and after the classifier learned, so the review page only reads (it used to classify
 * while rendering).
 */
export async function classifyAllPendingEvidence(client: PrismaClient = db): Promise<number> {
  return classifyWhere({}, client);
}

async function classifyWhere(where: { campaignId?: string; unitId?: { in: string[] } }, client: PrismaClient): Promise<number> {
  const loaded = await currentModel(client);
  const version = String(loaded.version);
  const rows = await client.evidenceItem.findMany({
    where: { ...where, status: "PENDING", OR: [{ modelVersion: null }, { modelVersion: { not: version } }] },
    select: { id: true, text: true },
  });
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((row) => ({ id: row.id, s: suggestWith(loaded, row.text) }));
    // One statement per chunk: the dashboard triggers run per statement, and a queue of a few
    // thousand answers would otherwise take thousands of round trips. Only still-pending rows are
    // touched, so a decision made meanwhile keeps the suggestion its reviewer saw.
    await client.$executeRaw`
      UPDATE "EvidenceItem" AS e SET
        "piiSpans" = v.spans::jsonb,
        "suggestedCategories" = v.ranked::jsonb,
        "suggestedAspectCode" = v.aspect,
        "suggestionWords" = ARRAY(SELECT jsonb_array_elements_text(v.words::jsonb)),
        "modelVersion" = ${version}
      FROM unnest(${chunk.map((c) => c.id)}::uuid[], ${chunk.map((c) => JSON.stringify(c.s.piiSpans))}::text[],
                  ${chunk.map((c) => JSON.stringify(c.s.ranked))}::text[], ${chunk.map((c) => c.s.aspect)}::text[],
                  ${chunk.map((c) => JSON.stringify(c.s.words))}::text[]) AS v(id, spans, ranked, aspect, words)
      WHERE e.id = v.id AND e.status = 'PENDING'`;
  }
  return rows.length;
}
