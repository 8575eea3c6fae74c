import "server-only";
import { db } from "@/lib/db/client";
import { inScope, type Scope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/current-user";
import { suggestWith } from "@/lib/classification/service";
import { currentModel } from "@/lib/classification/store-model";
import { todayUtc } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import { primaryCategory } from "@/lib/review/rules";
import { findingEvidence, resolveEditedField, type EvidenceData, type StoredEvidence } from "@/lib/seminars/evidence";
import { ROLE_LEVELS, type Session } from "@/lib/seminars/schemas";

// Logging a session with its findings, and editing or deleting it. Every finding has an evidence
// item (kind FINDING) that is written in the same transaction, so the two never disagree.

type Actor = { user: Pick<CurrentUser, "id">; scope: Scope };
export type SaveResult =
  | { status: "saved"; id: string; reviewed: boolean }
  | { status: "invalid"; fieldErrors: Record<string, string>; params?: Record<string, string> };

const evidenceSelect = {
  id: true,
  text: true,
  status: true,
  modelVersion: true,
  suggestedCategories: true,
  suggestedAspectCode: true,
  suggestionWords: true,
  maskedText: true,
  categories: true,
  aspectCode: true,
  reviewedById: true,
  reviewedOn: true,
} as const;

export async function saveSession({ user, scope }: Actor, input: Session): Promise<SaveResult> {
  const campaign = await db.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true, startsOn: true, endsOn: true } });
  if (!campaign) throw new NotFoundError();
  // A unit outside the caller's scope or the campaign is never offered: treat it as not there.
  const unitInCampaign = await db.campaignUnit.findUnique({ where: { campaignId_unitId: { campaignId: campaign.id, unitId: input.unitId } }, select: { unitId: true } });
  if (!unitInCampaign || !inScope(scope, input.unitId)) throw new NotFoundError();

  const heldOn = new Date(`${input.heldOn}T00:00:00Z`);
  const range = { start: campaign.startsOn.toISOString().slice(0, 10), end: campaign.endsOn.toISOString().slice(0, 10) };
  if (heldOn < campaign.startsOn || heldOn > campaign.endsOn) return { status: "invalid", fieldErrors: { heldOn: "dateOutsideCampaign" }, params: range };
  if (heldOn > todayUtc()) return { status: "invalid", fieldErrors: { heldOn: "dateInFuture" } };

  const codes = [...new Set(input.findings.map((f) => f.aspectCode).filter((c): c is string => !!c))];
  const aspects = new Map((await db.aspect.findMany({ where: { code: { in: codes } }, select: { code: true, category: true } })).map((a) => [a.code, a.category]));
  const unknown = input.findings.findIndex((f) => f.aspectCode && !aspects.has(f.aspectCode));
  if (unknown >= 0) return { status: "invalid", fieldErrors: { [`findings.${unknown}.aspectCode`]: "aspectUnknown" } };

  const existing = input.sessionId ? await loadExisting(scope, input.sessionId, campaign.id) : null;
  for (const f of input.findings) if (f.id && !existing?.findings.has(f.id)) throw new NotFoundError();

  const group = await db.researchGroup.findFirst({
    where: { campaignId: campaign.id, units: { some: { unitId: input.unitId } } },
    orderBy: { name: "asc" },
    select: { id: true },
  });
  const loaded = await currentModel();
  const today = todayUtc();
  const planned = input.findings.map((f) => {
    const previous = f.id ? existing!.findings.get(f.id)! : null;
    const statement = resolveEditedField(f.statement, previous?.statement ?? null)!;
    const quote = resolveEditedField(f.quote, previous?.quote ?? null);
    const evidence = findingEvidence({
      statement,
      quote,
      labels: { categories: f.categories, aspect: f.aspectCode },
      previous: previous?.evidence ?? null,
      suggest: (text) => suggestWith(loaded, text),
      userId: user.id,
      today,
    });
    const finding = {
      statement,
      quote,
      category: primaryCategory(evidence.categories, f.aspectCode ? (aspects.get(f.aspectCode) ?? null) : null),
      aspectCode: evidence.aspectCode,
      severity: f.severity,
      raisedBy: f.raisedBy,
    };
    return { id: f.id, finding, figures: f.figures, evidence, evidenceId: previous?.evidence?.id ?? null };
  });

  const participants = Object.fromEntries(ROLE_LEVELS.filter((r) => input.participants[r] > 0).map((r) => [r, input.participants[r]]));
  const sessionData = { unitId: input.unitId, groupId: group?.id ?? null, kind: input.kind, heldOn, participants, notes: input.notes };

  const id = await db.$transaction(async (tx) => {
    const sessionId = existing
      ? (await tx.listeningSession.update({ where: { id: existing.id }, data: sessionData, select: { id: true } })).id
      : (await tx.listeningSession.create({ data: { ...sessionData, campaignId: campaign.id, loggedById: user.id }, select: { id: true } })).id;
    const kept = new Set(planned.map((p) => p.id).filter(Boolean));
    const removed = existing ? [...existing.findings.keys()].filter((fid) => !kept.has(fid)) : [];
    if (removed.length > 0) await tx.finding.deleteMany({ where: { id: { in: removed }, sessionId } });
    for (const p of planned) {
      const evidence = { ...evidenceColumns(p.evidence), unitId: input.unitId };
      if (p.id) {
        await tx.finding.update({ where: { id: p.id }, data: { ...p.finding, figures: { deleteMany: {}, create: p.figures } } });
        if (p.evidenceId) await tx.evidenceItem.update({ where: { id: p.evidenceId }, data: evidence });
        else await tx.evidenceItem.create({ data: { ...evidence, campaignId: campaign.id, kind: "FINDING", findingId: p.id } });
      } else {
        const created = await tx.finding.create({ data: { ...p.finding, sessionId, figures: { create: p.figures } }, select: { id: true } });
        await tx.evidenceItem.create({ data: { ...evidence, campaignId: campaign.id, kind: "FINDING", findingId: created.id } });
      }
    }
    return sessionId;
  });
  return { status: "saved", id, reviewed: planned.some((p) => p.evidence.status === "ACCEPTED" || p.evidence.status === "CORRECTED") || !!existing };
}

function evidenceColumns(e: EvidenceData) {
  return {
    text: e.text,
    piiSpans: e.piiSpans,
    suggestedCategories: e.suggestedCategories,
    suggestedAspectCode: e.suggestedAspectCode,
    suggestionWords: e.suggestionWords,
    modelVersion: e.modelVersion,
    status: e.status,
    categories: e.categories,
    aspectCode: e.aspectCode,
    maskedText: e.maskedText,
    reviewedById: e.reviewedById,
    reviewedOn: e.reviewedOn,
  };
}

async function loadExisting(scope: Scope, sessionId: string, campaignId: string) {
  const row = await db.listeningSession.findUnique({
    where: { id: sessionId },
    select: { id: true, unitId: true, campaignId: true, findings: { select: { id: true, statement: true, quote: true, evidence: { select: evidenceSelect } } } },
  });
  if (!row || row.campaignId !== campaignId || !inScope(scope, row.unitId)) throw new NotFoundError();
  const findings = new Map<string, { statement: string; quote: string | null; evidence: (StoredEvidence & { id: string }) | null }>();
  for (const f of row.findings) findings.set(f.id, { statement: f.statement, quote: f.quote, evidence: f.evidence });
  return { id: row.id, findings };
}

/** Deletes a session; its findings and their evidence go with it (cascades, dashboard triggers). */
export async function deleteSession({ scope }: Actor, sessionId: string): Promise<void> {
  const row = await db.listeningSession.findUnique({ where: { id: sessionId }, select: { unitId: true } });
  if (!row || !inScope(scope, row.unitId)) throw new NotFoundError();
  await db.listeningSession.delete({ where: { id: sessionId } });
}
