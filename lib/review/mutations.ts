import "server-only";
import { db } from "@/lib/db/client";
import { inScope, type Scope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/current-user";
import { detectPii, type PiiKind, type PiiSpan } from "@/lib/classification/pii";
import type { Category } from "@/lib/classification/taxonomy";
import { isoDate, todayUtc } from "@/lib/dates";
import { DomainError, NotFoundError } from "@/lib/errors";
import { bulkCandidates } from "@/lib/review/queries";
import {
  checkMaskedText,
  decisionStatus,
  normalizeCategories,
  parseRanked,
  primaryCategory,
  suggestedLabels,
  type MaskProblem,
} from "@/lib/review/rules";
import type { Decision } from "@/lib/review/schemas";

// Reviewers' decisions. Each checks the item against the caller's scope itself, writes only if the
// item is still as the reviewer saw it, and keeps a finding's own labels in step with its evidence.
// The caller (the server action) then lets the classifier learn: store-model.learnFromReviews.

type Actor = { user: Pick<CurrentUser, "id">; scope: Scope };

export type DecisionResult = { status: "saved"; reviewStatus: string } | { status: "maskRejected"; problem: MaskProblem };

const itemSelect = {
  id: true,
  unitId: true,
  status: true,
  text: true,
  maskedText: true,
  modelVersion: true,
  suggestedCategories: true,
  suggestedAspectCode: true,
  findingId: true,
} as const;

/** Spans as plain JSON objects for the piiSpans column. */
function spanJson(spans: PiiSpan[]) {
  return spans.map(({ start, end, kind, text }) => ({ start, end, kind, text }));
}

async function knownAspect(code: string | null): Promise<{ code: string; category: string } | null> {
  if (!code) return null;
  return db.aspect.findUnique({ where: { code }, select: { code: true, category: true } });
}

export async function decide({ user, scope }: Actor, input: Decision): Promise<DecisionResult> {
  const item = await db.evidenceItem.findUnique({ where: { id: input.id }, select: itemSelect });
  if (!item || !inScope(scope, item.unitId)) throw new NotFoundError();
  const spans = detectPii(item.text);
  const ranked = parseRanked(item.suggestedCategories);

  let labels: { categories: Category[]; aspect: { code: string; category: string } | null };
  let status: "ACCEPTED" | "CORRECTED" | "NOT_A_PROBLEM";
  switch (input.action) {
    case "accept":
      // Accepting is only meaningful for the suggestion the reviewer saw.
      if (!item.modelVersion || ranked.length === 0 || item.modelVersion !== input.seenVersion) throw new DomainError("conflict");
      labels = { categories: suggestedLabels(ranked), aspect: await knownAspect(item.suggestedAspectCode) };
      status = "ACCEPTED";
      break;
    case "correct": {
      const aspect = await knownAspect(input.aspectCode);
      if (input.aspectCode && !aspect) throw new DomainError("invalid_input");
      labels = { categories: normalizeCategories(input.categories), aspect };
      status = decisionStatus(
        { categories: labels.categories, aspect: aspect?.code ?? null },
        item.modelVersion ? { ranked, aspect: item.suggestedAspectCode } : null,
      );
      break;
    }
    case "notProblem":
      labels = { categories: [], aspect: null };
      status = "NOT_A_PROBLEM";
      break;
    case "mask":
      return saveMask(item, input.maskedText, spans);
  }

  // The quotable text: the reviewer's masked version; a text without personal details as it is;
  // otherwise none yet (the item is counted but waits in the "to mask" list).
  let maskedText: string | null;
  if (status === "NOT_A_PROBLEM") maskedText = null;
  else if (input.action !== "notProblem" && input.maskedText !== undefined) {
    const problem = checkMaskedText(input.maskedText, spans);
    if (problem) return { status: "maskRejected", problem };
    maskedText = input.maskedText.trim();
  } else maskedText = spans.length === 0 ? item.text : item.maskedText;

  await db.$transaction(async (tx) => {
    const { count } = await tx.evidenceItem.updateMany({
      where: { id: item.id, status: item.status, modelVersion: item.modelVersion },
      data: {
        status,
        categories: labels.categories,
        aspectCode: labels.aspect?.code ?? null,
        maskedText,
        piiSpans: spanJson(spans),
        reviewedById: user.id,
        reviewedOn: todayUtc(),
      },
    });
    if (count === 0) throw new DomainError("conflict");
    if (item.findingId) {
      await tx.finding.update({
        where: { id: item.findingId },
        data: { category: primaryCategory(labels.categories, labels.aspect?.category ?? null), aspectCode: labels.aspect?.code ?? null },
      });
    }
  });
  return { status: "saved", reviewStatus: status };
}

async function saveMask(item: { id: string; status: string; text: string }, masked: string, spans: ReturnType<typeof detectPii>): Promise<DecisionResult> {
  if (item.status !== "ACCEPTED" && item.status !== "CORRECTED") throw new DomainError("conflict");
  const problem = checkMaskedText(masked, spans);
  if (problem) return { status: "maskRejected", problem };
  const { count } = await db.evidenceItem.updateMany({
    where: { id: item.id, status: item.status as "ACCEPTED" | "CORRECTED" },
    data: { maskedText: masked.trim(), piiSpans: spanJson(spans) },
  });
  if (count === 0) throw new DomainError("conflict");
  return { status: "saved", reviewStatus: item.status };
}

/**
 * Accepts, in one statement, every pending suggestion at or above the floor that has no personal
 * details, as the scope's reviewer. Items decided or re-suggested meanwhile are left alone.
 */
export async function bulkAccept({ user, scope }: Actor, campaignId: string, threshold: number): Promise<number> {
  const candidates = await bulkCandidates(scope, campaignId, threshold);
  if (candidates.length === 0) return 0;
  const aspects = new Map((await db.aspect.findMany({ select: { code: true, category: true } })).map((a) => [a.code, a.category]));
  const rows = candidates.map((c) => ({ ...c, aspect: c.aspect && aspects.has(c.aspect) ? c.aspect : null }));
  return db.$transaction(async (tx) => {
    const updated = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "EvidenceItem" AS e SET
        status = 'ACCEPTED', categories = v.categories::"Category"[], "aspectCode" = v.aspect,
        "maskedText" = e.text, "piiSpans" = '[]'::jsonb, "reviewedById" = ${user.id}, "reviewedOn" = ${isoDate(todayUtc())}::date
      FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => `{${r.labels.join(",")}}`)}::text[],
                  ${rows.map((r) => r.aspect)}::text[], ${rows.map((r) => r.modelVersion)}::text[]) AS v(id, categories, aspect, version)
      WHERE e.id = v.id AND e.status = 'PENDING' AND e."modelVersion" = v.version
      RETURNING e.id::text AS id`;
    const done = new Set(updated.map((u) => u.id));
    for (const r of rows) {
      if (!r.findingId || !done.has(r.id)) continue;
      await tx.finding.update({
        where: { id: r.findingId },
        data: { category: primaryCategory(r.labels, r.aspect ? (aspects.get(r.aspect) ?? null) : null), aspectCode: r.aspect },
      });
    }
    await tx.auditEvent.create({
      data: { actorId: user.id, action: "review.bulk-accept", targetType: "Campaign", targetId: campaignId, details: { threshold, count: done.size } },
    });
    return done.size;
  });
}

/**
 * The unmasked original of one item, for those with "pii:read-original" (checked by the action).
 * Every read is written to the audit log before the text is returned.
 */
export async function readOriginal({ user, scope }: Actor, id: string): Promise<{ text: string; spans: { start: number; end: number; kind: PiiKind }[] }> {
  const item = await db.evidenceItem.findUnique({ where: { id }, select: { id: true, unitId: true, text: true } });
  if (!item || !inScope(scope, item.unitId)) throw new NotFoundError();
  await db.auditEvent.create({ data: { actorId: user.id, action: "pii.read-original", targetType: "EvidenceItem", targetId: item.id } });
  return { text: item.text, spans: detectPii(item.text).map(({ start, end, kind }) => ({ start, end, kind })) };
}
