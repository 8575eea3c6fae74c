import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Sent after a submission commits (lib/surveys/intake.ts, with the dashboard counting). PostgreSQL
 * stamps every row version with the id of the transaction that wrote it (`xmin`); the code consumed
 * in a submission's transaction would carry the same id as the response, a link anyone with SQL
 * access could join on. Rewriting every used code of the batch in a separate transaction gives them
 * all one shared stamp, unrelated to any response. Locks are taken in id order and held rows
 * skipped, so concurrent calls never deadlock; a skipped row is rewritten by the call holding it.
 * Best effort: a failure is repaired by the batch's next submission.
 */
export function unlinkUsedCodesStatement(batchId: string): Prisma.Sql {
  return Prisma.sql`
    UPDATE "AccessCode" SET "used" = true
    WHERE "id" IN (SELECT "id" FROM "AccessCode" WHERE "batchId" = ${batchId} AND "used" ORDER BY "id" FOR UPDATE SKIP LOCKED)`;
}
