import "server-only";
import { db } from "@/lib/db/client";
import { countWaitingResponses } from "@/lib/dashboards/pending";

// The aggregates are written in the submitting transaction, so each row carries the transaction id
// (xmin) of the submission that last changed it: after the survey tables have been rewritten
// (lib/surveys/storage-order.ts), the newest submission's values could still be read off the
// aggregate rows sharing its stamp. This gives every aggregate row one shared stamp and lays the
// tables out by key. To be run with eraseSubmissionOrder, when no one is answering.
const TABLES = [
  { table: "DashboardRespondentCount", index: "DashboardRespondentCount_pkey" },
  { table: "DashboardAnswerCount", index: "DashboardAnswerCount_pkey" },
  { table: "DashboardChoiceCount", index: "DashboardChoiceCount_pkey" },
  { table: "DashboardTopicCount", index: "DashboardTopicCount_pkey" },
  { table: "DashboardEvidenceTrace", index: "DashboardEvidenceTrace_pkey" },
] as const;

export async function eraseAggregateOrder(): Promise<void> {
  // Waiting responses are counted first; the emptied waiting list keeps old row versions naming
  // responses under their submissions' transaction ids until it is rewritten.
  await countWaitingResponses();
  // unsafe-raw-ok: a constant statement; VACUUM has no tagged form because it cannot run in a transaction.
  await db.$executeRawUnsafe(`VACUUM FULL "DashboardPendingResponse"`);
  // Under the aggregates' lock, so no trigger is half-way through an upsert meanwhile.
  await db.$transaction([
    db.$queryRaw`SELECT dashboard_lock()::text`,
    // unsafe-raw-ok: table names come from the constant TABLES above, never from input.
    ...TABLES.map(({ table }) => db.$executeRawUnsafe(`UPDATE "${table}" SET "campaignId" = "campaignId"`)),
  ]);
  // unsafe-raw-ok: table and index names come from the constant TABLES above, never from input.
  for (const { table, index } of TABLES) await db.$executeRawUnsafe(`CLUSTER "${table}" USING "${index}"`);
}
