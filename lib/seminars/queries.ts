import "server-only";
import { db } from "@/lib/db/client";
import { inScope, unitWhere, type Scope } from "@/lib/auth/scope";
import { isoDate } from "@/lib/dates";
import { normalizeCategories, piiKinds } from "@/lib/review/rules";
import { detectPii } from "@/lib/classification/pii";
import { maskField } from "@/lib/seminars/evidence";
import { ROLE_LEVELS } from "@/lib/seminars/schemas";

// Sessions as staff read them, scoped to the caller's units. Statements and quotes leave the server
// masked: the original of a text with personal details is for admins, through the audited review
// queue only.

export async function listSessions(scope: Scope, campaignId: string) {
  return db.listeningSession.findMany({
    where: { campaignId, ...unitWhere(scope) },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      kind: true,
      heldOn: true,
      participants: true,
      unit: { select: { name: true, nameZh: true } },
      _count: { select: { findings: true } },
    },
  });
}

/** The campaign's units the caller may log sessions for. */
export async function sessionUnits(scope: Scope, campaignId: string) {
  return db.unit.findMany({
    where: { campaignUnits: { some: { campaignId } }, ...(scope.kind === "all" ? {} : { id: { in: scope.unitIds } }) },
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true, nameZh: true },
  });
}

export function readParticipants(value: unknown): Record<(typeof ROLE_LEVELS)[number], number> {
  const raw = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  return Object.fromEntries(ROLE_LEVELS.map((r) => [r, typeof raw[r] === "number" ? (raw[r] as number) : 0])) as Record<(typeof ROLE_LEVELS)[number], number>;
}

export async function getSession(scope: Scope, id: string) {
  const row = await db.listeningSession.findUnique({
    where: { id },
    select: {
      id: true,
      campaignId: true,
      unitId: true,
      kind: true,
      heldOn: true,
      participants: true,
      notes: true,
      unit: { select: { code: true, name: true, nameZh: true } },
      campaign: { select: { name: true, nameZh: true, startsOn: true, endsOn: true } },
      loggedBy: { select: { name: true } },
      findings: {
        // No stored order: the most serious and most often raised first, a stable order to read.
        orderBy: [{ severity: "desc" }, { raisedBy: "desc" }, { id: "asc" }],
        select: {
          id: true,
          statement: true,
          quote: true,
          category: true,
          aspectCode: true,
          severity: true,
          raisedBy: true,
          figures: { orderBy: { id: "asc" }, select: { value: true, unit: true, measures: true } },
          evidence: { select: { id: true, status: true, categories: true, maskedText: true, text: true } },
        },
      },
    },
  });
  if (!row || !inScope(scope, row.unitId)) return null;
  return {
    id: row.id,
    campaignId: row.campaignId,
    unitId: row.unitId,
    kind: row.kind,
    heldOn: isoDate(row.heldOn),
    participants: readParticipants(row.participants),
    notes: row.notes,
    unit: row.unit,
    campaign: { name: row.campaign.name, nameZh: row.campaign.nameZh, startsOn: isoDate(row.campaign.startsOn), endsOn: isoDate(row.campaign.endsOn) },
    loggedBy: row.loggedBy?.name ?? null,
    findings: row.findings.map((f) => {
      const evidence = f.evidence;
      const spans = evidence ? detectPii(evidence.text) : [];
      return {
        id: f.id,
        statement: maskField(f.statement),
        quote: f.quote === null ? null : maskField(f.quote),
        category: f.category,
        aspectCode: f.aspectCode,
        severity: f.severity,
        raisedBy: f.raisedBy,
        figures: f.figures,
        // The lead's labels, as the form shows them again (none while the queue still decides).
        categories: evidence && evidence.status !== "PENDING" ? normalizeCategories(evidence.categories) : [],
        review: evidence
          ? { evidenceId: evidence.id, status: evidence.status, piiKinds: piiKinds(spans), masked: evidence.maskedText !== null }
          : null,
      };
    }),
  };
}
export type SessionDetail = NonNullable<Awaited<ReturnType<typeof getSession>>>;
