import "server-only";
import { catchUpReplica, db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

// New responses wait in "DashboardPendingResponse" until dashboard_fold() counts them in a batch
// (docs/decisions/003-dashboard-aggregates.md): submissions then never wait for each other on the
// shared aggregate rows.

/**
 * Before reading the aggregates: waits for a fold in progress and counts whatever is waiting, on the
 * primary; then, with a replica, waits for it to replay that, so reads through `dbRead` include every
 * response committed before (docs/decisions/010-read-replica.md).
 */
export async function countWaitingResponses(): Promise<void> {
  await db.$queryRaw`SELECT dashboard_fold(true)::text`;
  await catchUpReplica();
}

/**
 * After storing responses: counts the waiting ones unless another transaction is already at it
 * (that one, a later submission or the next dashboard read will). Never fails the submission.
 */
export async function foldAfterSubmission(): Promise<void> {
  try {
    await db.$queryRaw`SELECT dashboard_fold(false)::text`;
  } catch {
    // Only that it happened: a database error's message can quote values of the submission.
    console.warn("dashboards: waiting responses not counted yet; the next read will");
  }
}

/**
 * Responses that wait before the survey counts them after its answer: one fold then counts a batch,
 * updating each aggregate row once for all of them instead of once per response (and stamping them
 * with one transaction id for the batch). A dashboard read counts whatever waits first, so no read
 * misses a response; at 20 submissions a second this is a fold a second.
 */
export const FOLD_BATCH = 20;

/**
 * After a survey submission: counts the waiting responses once FOLD_BATCH of them wait, without
 * waiting for the lock. A query returning the fold's result (null when too few wait), so the survey
 * can send it in one round trip with its other follow-up work.
 */
export const foldWhenWaiting = Prisma.sql`
  SELECT dashboard_fold(false)
  WHERE (SELECT count(*) FROM (SELECT 1 FROM "DashboardPendingResponse" LIMIT ${FOLD_BATCH}) AS w) >= ${FOLD_BATCH}`;
