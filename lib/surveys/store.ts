import "server-only";
import type { PrismaClient } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import { isoDate, todayUtc } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Profile, StoredAnswer } from "@/lib/surveys/answers";

export type Submission = {
  /** UUIDv4, chosen by the submitting client so that a retry is recognised, or by the server. */
  responseId: string;
  campaignId: string;
  versionId: string;
  source: "ONLINE" | "KIOSK" | "PAPER";
  answers: StoredAnswer[];
  profile: Profile;
  receipt: { key: string; hash: string } | null;
};

/** Where a response comes from: a unit chosen by a research lead, a kiosk, or an access code. */
export type Origin = { unitId: string | null } | { accessCode: { digest: string } };

/**
 * Writes one validated response in a single statement (atomic on its own, one round trip): the
 * access code consumed if there is one, the response (dated, never timed), its answers, and an
 * evidence item for every free-text answer so it can be reviewed. Returns the consumed code's
 * batch, or `stored: false` when the code was not an unused code of this campaign (then nothing
 * is written). The trust contract lives here: nothing about the sender is passed in, so nothing
 * can be stored.
 */
export async function storeResponse(
  client: Tx | PrismaClient,
  s: Submission,
  origin: Origin,
): Promise<{ stored: boolean; batchId: string | null }> {
  // The conditional UPDATE is the arbiter: of several concurrent submitters with one code, exactly
  // one changes the row; the others wait for its lock, then find it used and write nothing.
  const from =
    "accessCode" in origin
      ? Prisma.sql`
          UPDATE "AccessCode" AS c SET "used" = true
          FROM "AccessCodeBatch" AS b
          WHERE c."batchId" = b."id" AND c."digest" = ${origin.accessCode.digest} AND c."used" = false AND b."campaignId" = ${s.campaignId}
          RETURNING b."unitId" AS "unitId", b."id" AS "batchId"`
      : Prisma.sql`SELECT ${origin.unitId}::text AS "unitId", NULL::text AS "batchId"`;
  // Answers go in as one JSON parameter: PostgreSQL rather than the ORM unpacks the rows.
  const answers = JSON.stringify(
    s.answers.map((a) => ({ q: a.questionId, n: a.numberValue, t: a.textValue, c: a.choices })),
  );
  const [row] = await client.$queryRaw<{ batchId: string | null; stored: number }[]>`
    WITH origin AS (${from}),
    response AS (
      INSERT INTO "Response" ("id", "campaignId", "versionId", "unitId", "source", "submittedOn", "roleLevel", "serviceYears", "ageBand", "receiptKey", "receiptHash")
      SELECT ${s.responseId}::uuid, ${s.campaignId}, ${s.versionId}, origin."unitId", ${s.source}::"ResponseSource", ${isoDate(todayUtc())}::date,
             ${s.profile.roleLevel}, ${s.profile.serviceYears}, ${s.profile.ageBand}, ${s.receipt?.key ?? null}, ${s.receipt?.hash ?? null}
      FROM origin
      RETURNING "id", "unitId"
    ),
    -- Listed for the dashboards here rather than only by the response trigger: the answers'
    -- trigger of this same statement must find the response waiting (decision 003).
    waiting AS (
      INSERT INTO "DashboardPendingResponse" ("responseId") SELECT "id" FROM response
    ),
    answer AS (
      INSERT INTO "Answer" ("responseId", "questionId", "numberValue", "textValue", "choices")
      SELECT r."id", a."q", a."n", a."t", COALESCE(a."c", '{}')
      FROM response r CROSS JOIN jsonb_to_recordset(${answers}::jsonb) AS a("q" text, "n" float8, "t" text, "c" text[])
      RETURNING "id", "textValue"
    ),
    evidence AS (
      INSERT INTO "EvidenceItem" ("campaignId", "unitId", "kind", "answerId", "text")
      SELECT ${s.campaignId}, r."unitId", 'ANSWER', a."id", a."textValue"
      FROM answer a CROSS JOIN response r
      WHERE a."textValue" <> ''
    )
    SELECT (SELECT "batchId" FROM origin) AS "batchId", (SELECT count(*)::int FROM response) AS "stored"`;
  return { stored: row.stored === 1, batchId: row.batchId };
}
