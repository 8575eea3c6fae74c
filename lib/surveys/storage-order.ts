import "server-only";
import { db } from "@/lib/db/client";
import { eraseAggregateOrder } from "@/lib/dashboards/storage-order";

// Rows are appended to PostgreSQL's heap in the order they are written and stamped with their
// transaction's id (xmin), so a copy of the database (pg_dump prints heap order) or anyone with SQL
// access could put responses back in the order they were sent, though no column says so. This
// erases both, for every campaign: one rewrite gives all rows the same transaction id, then
// CLUSTER lays them out by their random ids and drops the old row versions.
// CLUSTER locks each table against all use for its duration (about a second per 100 000 answers),
// so administrators run it when no one is answering, e.g. after a campaign closes
// (docs/decisions/002-survey-anonymity.md).
const TABLES = [
  { table: "Response", touch: `UPDATE "Response" SET "source" = "source"`, index: "Response_pkey" },
  { table: "Answer", touch: `UPDATE "Answer" SET "choices" = "choices"`, index: "Answer_pkey" },
  { table: "EvidenceItem", touch: `UPDATE "EvidenceItem" SET "kind" = "kind" WHERE "answerId" IS NOT NULL`, index: "EvidenceItem_pkey" },
] as const;

export async function eraseSubmissionOrder(actorId: string | null = null): Promise<void> {
  // unsafe-raw-ok: the statements are the constants of TABLES above, never built from input.
  for (const { touch } of TABLES) await db.$executeRawUnsafe(touch);
  // unsafe-raw-ok: table and index names come from the constant TABLES above, never from input.
  for (const { table, index } of TABLES) await db.$executeRawUnsafe(`CLUSTER "${table}" USING "${index}"`);
  // The dashboard aggregates are stamped by the same submissions.
  await eraseAggregateOrder();
  if (actorId) await db.auditEvent.create({ data: { actorId, action: "survey.erase_storage_order", targetType: "Response" } });
}
