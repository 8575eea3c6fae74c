import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/types";
import { todayUtc } from "@/lib/dates";
import type { Profile, StoredAnswer } from "@/lib/surveys/answers";

export type Submission = {
  /** UUIDv4, chosen by the submitting client so that a retry is recognised, or by the server. */
  responseId: string;
  campaignId: string;
  versionId: string;
  unitId: string | null;
  source: "ONLINE" | "KIOSK" | "PAPER";
  answers: StoredAnswer[];
  profile: Profile;
  receipt: { key: string; hash: string } | null;
};

/**
 * Writes one validated response inside the caller's transaction: the response (dated, never
 * timed), its answers, and an evidence item for every free-text answer so it can be reviewed.
 * The trust contract lives here: nothing about the sender is passed in, so nothing can be stored.
 */
export async function storeResponse(tx: Tx, s: Submission): Promise<void> {
  await tx.response.create({
    data: {
      id: s.responseId,
      campaignId: s.campaignId,
      versionId: s.versionId,
      unitId: s.unitId,
      source: s.source,
      submittedOn: todayUtc(),
      roleLevel: s.profile.roleLevel,
      serviceYears: s.profile.serviceYears,
      ageBand: s.profile.ageBand,
      receiptKey: s.receipt?.key ?? null,
      receiptHash: s.receipt?.hash ?? null,
    },
  });
  // Answers and their evidence go in as one JSON parameter each: a 133-question response is two
  // statements, and PostgreSQL rather than the ORM unpacks the rows (several times faster).
  const answers = s.answers.map((a) => ({ id: randomUUID(), questionId: a.questionId, numberValue: a.numberValue, textValue: a.textValue, choices: a.choices }));
  if (answers.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Answer" ("id", "responseId", "questionId", "numberValue", "textValue", "choices")
    SELECT a."id", ${s.responseId}::uuid, a."questionId", a."numberValue", a."textValue", a."choices"
    FROM jsonb_to_recordset(${JSON.stringify(answers)}::jsonb) AS a("id" uuid, "questionId" text, "numberValue" float8, "textValue" text, "choices" text[])`;
  const texts = answers.filter((a) => a.textValue).map((a) => ({ answerId: a.id, text: a.textValue }));
  if (texts.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "EvidenceItem" ("campaignId", "unitId", "kind", "answerId", "text")
      SELECT ${s.campaignId}, ${s.unitId}, 'ANSWER', e."answerId", e."text"
      FROM jsonb_to_recordset(${JSON.stringify(texts)}::jsonb) AS e("answerId" uuid, "text" text)`;
  }
}
