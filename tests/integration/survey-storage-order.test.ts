import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { issueBatch } from "@/lib/access-codes/issue";
import { newResponseId } from "@/lib/access-codes/format";
import { createSampleSurvey, sampleAnswers } from "@/lib/surveys/sample";
import { eraseSubmissionOrder } from "@/lib/surveys/storage-order";
import { submitResponse } from "@/lib/surveys/intake";
import { resetDatabase } from "./helpers";

process.env.AUTH_SECRET ??= "integration-test-secret";

beforeEach(async () => {
  await resetDatabase();
});

// unsafe-raw-ok: called only with literal table and column names of this test.
const order = (table: string, column: string) => db.$queryRawUnsafe<{ v: string }[]>(`SELECT "${column}"::text AS v FROM "${table}" ORDER BY ctid`);

describe("storage order of responses", () => {
  it("reveals the order of sending until erased, then neither heap order nor transaction ids do", async () => {
    const survey = await createSampleSurvey({ slug: "order", questions: 5 });
    const { codes } = await issueBatch({ campaignId: survey.campaignId, unitId: survey.unitId, size: 12, createdById: null });
    const sent: string[] = [];
    for (const code of codes) {
      const responseId = newResponseId();
      expect((await submitResponse({ campaign: "order", responseId, accessCode: code, answers: sampleAnswers(survey) })).httpStatus).toBe(201);
      sent.push(responseId);
    }
    // As written: the heap holds the responses in the order they were sent.
    expect((await order("Response", "id")).map((r) => r.v)).toEqual(sent);

    await eraseSubmissionOrder();
    const byId = [...sent].sort();
    expect((await order("Response", "id")).map((r) => r.v)).toEqual(byId);
    expect(byId).not.toEqual(sent); // 12 random ids: sorted order is not the sending order
    for (const table of ["Response", "Answer", "EvidenceItem"]) {
      // unsafe-raw-ok: the table names are the literal list of this loop.
      const stamps = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(DISTINCT xmin::text)::int AS n FROM "${table}"`);
      expect(stamps[0].n, table).toBe(1);
    }
    // unsafe-raw-ok: a constant statement.
    const answers = await db.$queryRawUnsafe<{ v: string }[]>(`SELECT id::text AS v FROM "Answer" ORDER BY ctid`);
    expect(answers.map((a) => a.v)).toEqual(answers.map((a) => a.v).sort());
    expect(await db.answer.count()).toBe(12 * 5);
  });
});
