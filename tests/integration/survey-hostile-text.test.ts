import { beforeEach, describe, expect, it } from "vitest";
import { POST as checkCode } from "@/app/api/survey/codes/route";
import { POST as lookUpReceipt } from "@/app/api/survey/receipt/route";
import { POST as submit } from "@/app/api/survey/responses/route";
import { db } from "@/lib/db/client";
import { issueBatch } from "@/lib/access-codes/issue";
import { formatCode, generateReceiptCode, newResponseId } from "@/lib/access-codes/format";
import { createSampleSurvey, sampleAnswers, type SampleSurvey } from "@/lib/surveys/sample";
import { resetDatabase } from "./helpers";

// Text PostgreSQL cannot store (NUL) or UTF-8 cannot encode (a lone surrogate) in any field of the
// officers' JSON APIs: a 4xx with a message naming what to fix, nothing written, nothing logged
// (tests/setup fails a test on any console.error), never a 500.
const HOSTILE = { nul: "before\u0000after", surrogate: "before\ud800after", trailing: "x\udc00" };

process.env.AUTH_SECRET ??= "integration-test-secret";

let survey: SampleSurvey;
let codes: string[];

beforeEach(async () => {
  await resetDatabase();
  survey = await createSampleSurvey({ slug: "hostile", questions: 10 });
  codes = (await issueBatch({ campaignId: survey.campaignId, unitId: survey.unitId, size: 3, createdById: null })).codes;
});

const json = (url: string, payload: unknown) =>
  new Request(`http://localhost${url}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) });

async function counts() {
  const [responses, answers, evidence, used] = await Promise.all([db.response.count(), db.answer.count(), db.evidenceItem.count(), db.accessCode.count({ where: { used: true } })]);
  return { responses, answers, evidence, used };
}

function firstTextKey(): string {
  const at = survey.types.indexOf("TEXT");
  expect(at).toBeGreaterThanOrEqual(0);
  return survey.keys[at];
}

describe("text that cannot be stored", () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`in an answer (${name}) is refused with 422 naming that question, nothing written`, async () => {
      const before = await counts();
      const key = firstTextKey();
      const response = await submit(json("/api/survey/responses", {
        campaign: "hostile", responseId: newResponseId(), accessCode: formatCode(codes[0]), receiptCode: generateReceiptCode(),
        answers: { ...sampleAnswers(survey), [key]: text },
      }));
      expect(response.status).toBe(422);
      const body = await response.json();
      expect(body.error).toBe("invalid_answers");
      expect(body.issues).toEqual([{ key, code: "bad_characters" }]);
      expect(body.fields[`answers.${key}`]).toMatch(/cannot be stored/);
      expect(await counts()).toEqual(before);
    });

    it(`in the campaign, the codes or the receipt (${name}) is a 4xx with a message, never a 500`, async () => {
      const before = await counts();
      const answers = sampleAnswers(survey);
      const attempts = [
        submit(json("/api/survey/responses", { campaign: text, responseId: newResponseId(), accessCode: formatCode(codes[1]), answers })),
        submit(json("/api/survey/responses", { campaign: "hostile", responseId: newResponseId(), accessCode: text, answers })),
        submit(json("/api/survey/responses", { campaign: "hostile", responseId: newResponseId(), accessCode: formatCode(codes[1]), receiptCode: text, answers })),
        submit(json("/api/survey/responses", { campaign: "hostile", responseId: text, accessCode: formatCode(codes[1]), answers })),
        checkCode(json("/api/survey/codes", { campaign: text, accessCode: formatCode(codes[1]) })),
        checkCode(json("/api/survey/codes", { campaign: "hostile", accessCode: text })),
        lookUpReceipt(json("/api/survey/receipt", { receiptCode: text })),
      ];
      for (const response of await Promise.all(attempts)) {
        // The code check answers 200 {status: "unknown"} for a code that is no code at all.
        expect(response.status, await response.clone().text()).toBeLessThan(500);
        if (response.status >= 400) expect((await response.json()).message).toEqual(expect.any(String));
      }
      expect(await counts()).toEqual(before);
    });
  }

  it("in an answer's key is named as a question that does not exist", async () => {
    const response = await submit(json("/api/survey/responses", { campaign: "hostile", responseId: newResponseId(), accessCode: formatCode(codes[2]), answers: { ...sampleAnswers(survey), "k\u0000": "x" } }));
    expect(response.status).toBe(422);
    expect((await response.json()).issues).toEqual([{ key: "k\u0000", code: "unknown_question" }]);
  });
});
