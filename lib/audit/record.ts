import "server-only";
import type { PrismaClient } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import type { Prisma } from "@/lib/generated/prisma/client";

// Every staff change to the register, actions, statuses, published texts and comments writes one
// AuditEvent in the same transaction as the change: who, what, when, and the fields before and
// after. Only the fields that changed are kept, so a history reads as a list of differences.
// Administrative changes (units, campaigns, groups, visits, accounts) use the same record. Never
// holds passwords, tokens or survey data.

export type AuditChange = {
  actorId: string;
  /** "problem.update", "action.move", "comment.create"... (see messages/*\/audit.json). */
  action: string;
  targetType: string;
  targetId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

export async function recordChange(tx: Tx | PrismaClient, change: AuditChange): Promise<void> {
  const { before, after } = difference(change.before ?? null, change.after ?? null);
  await tx.auditEvent.create({
    data: {
      actorId: change.actorId,
      action: change.action,
      targetType: change.targetType,
      targetId: change.targetId,
      details: { before, after } as Prisma.InputJsonValue,
    },
  });
}

/** Keeps the keys whose values differ (all keys when one side is missing). */
export function difference(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): { before: Record<string, unknown> | null; after: Record<string, unknown> | null } {
  if (!before || !after) return { before: before && plain(before), after: after && plain(after) };
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of keys) {
    if (JSON.stringify(plainValue(before[key])) === JSON.stringify(plainValue(after[key]))) continue;
    if (key in before) b[key] = plainValue(before[key]);
    if (key in after) a[key] = plainValue(after[key]);
  }
  return { before: b, after: a };
}

function plain(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, plainValue(v)]));
}

// Dates are stored as their ISO day: the audit log is read by people, not replayed.
function plainValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value ?? null;
}
