import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

// The audit log as people read it: the history of one item, and the whole log for admins (paged,
// filtered by person, kind and date). Generic over AuditEvent, so every feature's events show.

const AUDIT_PAGE_SIZE = 50;

export type AuditEntry = {
  id: string;
  at: Date;
  actor: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

const SELECT = {
  id: true,
  at: true,
  action: true,
  targetType: true,
  targetId: true,
  details: true,
  actor: { select: { name: true } },
} as const;

type Row = Prisma.AuditEventGetPayload<{ select: typeof SELECT }>;

function toEntry(row: Row): AuditEntry {
  const details = (row.details ?? {}) as { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null };
  return {
    id: row.id,
    at: row.at,
    actor: row.actor?.name ?? null,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    before: details.before ?? null,
    after: details.after ?? null,
  };
}

/** Newest first: the history shown on a problem or an action. */
export async function historyOf(targets: { type: string; id: string }[]): Promise<AuditEntry[]> {
  if (targets.length === 0) return [];
  const rows = await db.auditEvent.findMany({
    where: { OR: targets.map((t) => ({ targetType: t.type, targetId: t.id })) },
    orderBy: [{ at: "desc" }, { id: "asc" }],
    take: 200,
    select: SELECT,
  });
  return rows.map(toEntry);
}

export type AuditFilter = { actorId: string | null; kind: string | null; from: Date | null; to: Date | null; page: number };

export async function auditLog(filter: AuditFilter) {
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.kind ? { targetType: filter.kind } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } }
      : {}),
  };
  const [total, rows, actors, kinds] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: SELECT,
    }),
    db.user.findMany({ where: { auditEvents: { some: {} } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.auditEvent.findMany({ distinct: ["targetType"], orderBy: { targetType: "asc" }, select: { targetType: true } }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    entries: rows.map(toEntry),
    actors,
    kinds: kinds.map((k) => k.targetType),
  };
}
