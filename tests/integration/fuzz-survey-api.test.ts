import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as checkCode } from "@/app/api/survey/codes/route";
import { POST as lookUp } from "@/app/api/survey/receipt/route";
import { POST as submit } from "@/app/api/survey/responses/route";
import { issueBatch } from "@/lib/access-codes/issue";
import { formatCode } from "@/lib/access-codes/format";
import { createSampleSurvey, sampleAnswers } from "@/lib/surveys/sample";
import { hostileString, hostileValue, submissionBody, wellFormedCode, wireBody } from "@/tests/fuzz/arbitraries";
import { RowWrites } from "@/tests/fuzz/row-writes";
import { badAnswer } from "@/tests/fuzz/verdict";
import { resetDatabase } from "./helpers";

// Issue 9, suite 3 (in-process share): thousands of generated hostile inputs into the officers'
// three route handlers, called as Next calls them. Every answer must be a success or a 4xx with a
// message, never a 5xx or a stack trace, and a refused input must leave the survey tables exactly
// as they were. tests/fuzz/http.ts sends a smaller share through the running server.
process.env.AUTH_SECRET ??= "integration-test-secret";

const RUNS = { submission: 5000, receipt: 1000, code: 2500 };
const figures = { inputs: 0, accepted: 0, refused: 0 };
let writes: RowWrites;
let campaign: string;
let codes: string[];
let answers: Record<string, unknown>;

beforeAll(async () => {
  await resetDatabase();
  const survey = await createSampleSurvey({ slug: "fuzz", questions: 10 });
  campaign = survey.slug;
  answers = sampleAnswers(survey);
  // Small batches: one large one can outlast Prisma's 5 s transaction limit on a loaded machine.
  codes = [];
  for (let i = 0; i < 3; i++) {
    const batch = await issueBatch({
      campaignId: survey.campaignId,
      unitId: survey.unitId,
      size: 100,
      createdById: null,
    });
    codes.push(...batch.codes);
  }
  writes = await RowWrites.open(process.env.DATABASE_URL!);
});

afterAll(async () => {
  await writes?.close();
  console.log(
    `FUZZ survey-api (in-process): inputs ${figures.inputs}, accepted ${figures.accepted}, refused ${figures.refused}`,
  );
});

/** Sends one request to a route handler; fails on a bad answer or a refusal that changed the tables. */
async function probe(
  route: (request: Request) => Promise<Response>,
  url: string,
  wire: { text: string; contentType: string },
) {
  const before = await writes.previous();
  const response = await route(
    new Request(`http://localhost${url}`, {
      method: "POST",
      headers: { "content-type": wire.contentType },
      body: wire.text,
    }),
  );
  const text = await response.text();
  figures.inputs++;
  const problem = badAnswer(response.status, text);
  if (problem) throw new Error(`${url} ${JSON.stringify(wire.text.slice(0, 300))} -> ${problem}`);
  if (response.status >= 400) {
    figures.refused++;
    expect(await writes.take(), `${url} refused ${wire.text.slice(0, 200)} but changed the database`).toBe(before);
  } else {
    figures.accepted++;
    await writes.take();
  }
}

const accessCode = () =>
  fc.oneof(
    fc.constantFrom(...codes),
    fc.constantFrom(...codes).map((c) => formatCode(c).toLowerCase()),
    wellFormedCode(10),
    hostileString,
  );

describe("fuzzing the survey API in-process", () => {
  it(`answers ${RUNS.submission} hostile submissions with a success or a 4xx and writes nothing when refusing`, async () => {
    await fc.assert(
      fc.asyncProperty(wireBody(submissionBody({ campaign, accessCode: accessCode(), answers })), (wire) =>
        probe(submit, "/api/survey/responses", wire),
      ),
      { numRuns: RUNS.submission },
    );
  }, 600_000);

  it(`answers ${RUNS.receipt} hostile receipt look-ups the same way`, async () => {
    const body = fc.oneof(fc.record({ receiptCode: fc.oneof(wellFormedCode(24), hostileString) }), hostileValue);
    await fc.assert(
      fc.asyncProperty(wireBody(body), (wire) => probe(lookUp, "/api/survey/receipt", wire)),
      { numRuns: RUNS.receipt },
    );
  }, 600_000);

  it(`answers ${RUNS.code} hostile code checks the same way`, async () => {
    const body = fc.oneof(
      fc.record(
        { campaign: fc.oneof(fc.constant(campaign), hostileString), accessCode: accessCode() },
        { requiredKeys: [] },
      ),
      hostileValue,
    );
    await fc.assert(
      fc.asyncProperty(wireBody(body), (wire) => probe(checkCode, "/api/survey/codes", wire)),
      { numRuns: RUNS.code },
    );
  }, 600_000);
});
