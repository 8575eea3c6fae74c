import "server-only";
import type { PrismaClient } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import type { Prisma } from "@/lib/generated/prisma/client";

// One audit event per administrative change: who (actor), what (action, target), when (the row's
// time) and the values before and after. Written in the same transaction as the change, so an
// event exists exactly when the change does. Never holds passwords, tokens or survey data.

export type AuditEntry = {
  actorId: string;
  action: string;
  targetType: string;
  targetId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

export async function recordAudit(client: Tx | PrismaClient, entry: AuditEntry): Promise<void> {
  const details = { before: entry.before ?? null, after: entry.after ?? null } as unknown as Prisma.InputJsonValue;
  await client.auditEvent.create({
    data: { actorId: entry.actorId, action: entry.action, targetType: entry.targetType, targetId: entry.targetId, details },
  });
}
