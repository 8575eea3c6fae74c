import "server-only";
import { db } from "@/lib/db/client";
import { unitWhere, type Scope } from "@/lib/auth/scope";
import type { PiiKind } from "@/lib/classification/pii";
import type { Category } from "@/lib/classification/taxonomy";
import {
  confidenceOf,
  normalizeCategories,
  parseRanked,
  piiKinds,
  safeText,
  suggestedLabels,
  type CategoryScore,
  type ReviewStatusName,
} from "@/lib/review/rules";

// What the review queue reads. Every query is scoped to the caller's units, and what leaves the
// server is chosen column by column: the original text of an item with personal details is never
// part of a queue item (admins ask for it one by one, and each read is audited: mutations.ts).

export const QUEUE_TABS = ["pending", "mask"] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];
/** Items sent per page load; the reviewer works through them and loads the next ones. */
export const QUEUE_LIMIT = 60;

export type QueueItem = {
  id: string;
  kind: "ANSWER" | "FINDING";
  status: ReviewStatusName;
  unit: { code: string; name: string; nameZh: string } | null;
  /** The question an answer replied to, or the session a finding came from. */
  source: { question: string } | { sessionKind: string; heldOn: string };
  /** Safe to show: masked where personal details were found. */
  text: string;
  piiKinds: PiiKind[];
  suggestion: { ranked: CategoryScore[]; labels: Category[]; aspect: string | null; words: string[]; version: string } | null;
  confidence: number;
  categories: Category[];
  aspectCode: string | null;
};

function tabWhere(tab: QueueTab) {
  return tab === "pending"
    ? { status: "PENDING" as const }
    : { status: { in: ["ACCEPTED" as const, "CORRECTED" as const] }, maskedText: null };
}

export async function loadQueue(scope: Scope, campaignId: string, tab: QueueTab): Promise<QueueItem[]> {
  const rows = await db.evidenceItem.findMany({
    where: { campaignId, ...unitWhere(scope), ...tabWhere(tab) },
    // Random ids: the order says nothing about when an officer answered.
    orderBy: { id: "asc" },
    take: QUEUE_LIMIT,
    select: {
      id: true,
      kind: true,
      status: true,
      text: true,
      maskedText: true,
      suggestedCategories: true,
      suggestedAspectCode: true,
      suggestionWords: true,
      modelVersion: true,
      categories: true,
      aspectCode: true,
      unit: { select: { code: true, name: true, nameZh: true } },
      answer: { select: { question: { select: { prompt: true } } } },
      finding: { select: { session: { select: { kind: true, heldOn: true } } } },
    },
  });
  return rows.map((row) => {
    const safe = safeText(row.text, row.maskedText);
    const ranked = parseRanked(row.suggestedCategories);
    const session = row.finding?.session;
    return {
      id: row.id,
      kind: row.kind,
      status: row.status,
      unit: row.unit,
      source: session ? { sessionKind: session.kind, heldOn: session.heldOn.toISOString().slice(0, 10) } : { question: row.answer?.question.prompt ?? "" },
      text: safe.text,
      piiKinds: piiKinds(safe.spans),
      suggestion:
        row.modelVersion && ranked.length > 0
          ? { ranked, labels: suggestedLabels(ranked), aspect: row.suggestedAspectCode, words: row.suggestionWords, version: row.modelVersion }
          : null,
      confidence: confidenceOf(ranked),
      categories: normalizeCategories(row.categories),
      aspectCode: row.aspectCode,
    };
  });
}

export type ReviewStats = {
  pending: number;
  toMask: number;
  reviewed: number;
  /** Reviewed items that had a suggestion, and how many of those were accepted unchanged. */
  judged: number;
  agreed: number;
};

export async function reviewStats(scope: Scope, campaignId: string): Promise<ReviewStats> {
  const base = { campaignId, ...unitWhere(scope) };
  const [byStatus, suggested, toMask] = await Promise.all([
    db.evidenceItem.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
    db.evidenceItem.groupBy({ by: ["status"], where: { ...base, status: { not: "PENDING" }, modelVersion: { not: null } }, _count: { _all: true } }),
    db.evidenceItem.count({ where: { ...base, ...tabWhere("mask") } }),
  ]);
  const count = (rows: typeof byStatus, status?: ReviewStatusName) =>
    rows.filter((r) => !status || r.status === status).reduce((sum, r) => sum + r._count._all, 0);
  return {
    pending: count(byStatus, "PENDING"),
    toMask,
    reviewed: count(byStatus) - count(byStatus, "PENDING"),
    judged: count(suggested),
    agreed: count(suggested, "ACCEPTED"),
  };
}

/**
 * Pending items bulk accept may decide: suggested, with no personal details (those need a person
 * to look at the masking), and their confidence.
 */
async function bulkPool(scope: Scope, campaignId: string) {
  const rows = await db.evidenceItem.findMany({
    where: { campaignId, ...unitWhere(scope), status: "PENDING", modelVersion: { not: null } },
    select: { id: true, text: true, findingId: true, modelVersion: true, suggestedCategories: true, suggestedAspectCode: true },
  });
  return rows
    .map((row) => ({ row, ranked: parseRanked(row.suggestedCategories) }))
    .filter(({ row, ranked }) => ranked.length > 0 && safeText(row.text, null).spans.length === 0)
    .map(({ row, ranked }) => ({
      id: row.id,
      findingId: row.findingId,
      modelVersion: row.modelVersion!,
      labels: suggestedLabels(ranked),
      aspect: row.suggestedAspectCode,
      confidence: confidenceOf(ranked),
    }));
}

export async function bulkCandidates(scope: Scope, campaignId: string, threshold: number) {
  return (await bulkPool(scope, campaignId)).filter((c) => c.confidence >= threshold);
}

/** How many items each bulk-accept floor would decide, for the queue's threshold choice. */
export async function bulkCounts(scope: Scope, campaignId: string, thresholds: readonly number[]): Promise<Record<string, number>> {
  const pool = await bulkPool(scope, campaignId);
  return Object.fromEntries(thresholds.map((t) => [String(t), pool.filter((c) => c.confidence >= t).length]));
}

/** Campaigns with at least one unit the caller sees, newest first. */
export async function reviewCampaigns(scope: Scope) {
  return db.campaign.findMany({
    where: scope.kind === "all" ? {} : { units: { some: { unitId: { in: scope.unitIds } } } },
    orderBy: { startsOn: "desc" },
    select: { id: true, name: true, nameZh: true, status: true },
  });
}

/** The aspects a reviewer may choose, in report order. */
export async function aspectChoices() {
  const rows = await db.aspect.findMany({
    where: { archived: false },
    orderBy: [{ section: { order: "asc" } }, { order: "asc" }],
    select: { code: true, category: true, titleEn: true, titleZh: true },
  });
  return rows;
}
export type AspectChoice = Awaited<ReturnType<typeof aspectChoices>>[number];
