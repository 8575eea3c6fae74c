import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/survey/responses/route";
import { db } from "@/lib/db/client";
import { codeDigest } from "@/lib/access-codes/digest";
import { issueBatch } from "@/lib/access-codes/issue";
import { formatCode, generateReceiptCode, newResponseId } from "@/lib/access-codes/format";
import { createSampleSurvey, sampleAnswers, type SampleSurvey } from "@/lib/surveys/sample";
import { checkAccessCode } from "@/lib/access-codes/check";
import { submitResponse } from "@/lib/surveys/intake";
import { countWaitingResponses, FOLD_BATCH } from "@/lib/dashboards/pending";
import { resetDatabase } from "./helpers";

process.env.AUTH_SECRET ??= "integration-test-secret";

let survey: SampleSurvey;
let codes: string[];

beforeEach(async () => {
  await resetDatabase();
  survey = await createSampleSurvey({ slug: "sample", questions: 12 });
  codes = (await issueBatch({ campaignId: survey.campaignId, unitId: survey.unitId, size: 8, createdById: null })).codes;
});

const body = (overrides: Record<string, unknown> = {}) => ({
  campaign: "sample",
  responseId: newResponseId(),
  accessCode: formatCode(codes[0]),
  answers: sampleAnswers(survey),
  ...overrides,
});

const usedCodes = async () => db.accessCode.count({ where: { used: true } });

function post(payload: unknown, headers: Record<string, string> = { "content-type": "application/json" }) {
  return POST(new Request("http://localhost/api/survey/responses", { method: "POST", headers, body: typeof payload === "string" ? payload : JSON.stringify(payload) }));
}

describe("survey submission", () => {
  it("stores the response with its unit, a date and its answers, and uses the code up", async () => {
    const submission = body();
    const response = await post(submission);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ status: "received", responseId: submission.responseId, repeat: false });
    expect(response.headers.get("cache-control")).toBe("no-store, no-transform");

    const stored = await db.response.findUniqueOrThrow({ where: { id: submission.responseId }, select: { unitId: true, source: true, submittedOn: true, _count: { select: { answers: true } } } });
    expect(stored.unitId).toBe(survey.unitId);
    expect(stored.source).toBe("ONLINE");
    expect(stored.submittedOn.toISOString()).toMatch(/T00:00:00\.000Z$/);
    expect(stored._count.answers).toBe(survey.keys.length);
    const texts = survey.types.filter((t) => t === "TEXT").length;
    expect(await db.evidenceItem.count({ where: { kind: "ANSWER", unitId: survey.unitId } })).toBe(texts);
    expect(await db.accessCode.findUniqueOrThrow({ where: { digest: codeDigest(codes[0]) }, select: { used: true } })).toEqual({ used: true });
    expect(await usedCodes()).toBe(1);
  });

  it("stores free texts with the classifier's suggestion, and counts responses for the dashboards in batches", async () => {
    // A fresh installation has no model: the first submission trains one after its answer.
    expect((await submitResponse(body({ accessCode: codes[0] }))).httpStatus).toBe(201);
    const model = await db.classifierModel.findFirstOrThrow({ orderBy: { version: "desc" }, select: { version: true } });
    const second = body({ accessCode: codes[1] });
    expect((await submitResponse(second)).httpStatus).toBe(201);
    const items = await db.evidenceItem.findMany({ where: { answer: { responseId: second.responseId } }, select: { modelVersion: true, suggestedCategories: true } });
    expect(items).toHaveLength(survey.types.filter((t) => t === "TEXT").length);
    for (const item of items) {
      expect(item.modelVersion).toBe(String(model.version));
      expect(item.suggestedCategories).not.toEqual([]);
    }
    // Fewer than a batch wait uncounted after the answer; a dashboard read counts them first.
    expect(FOLD_BATCH).toBeGreaterThan(2);
    expect(await db.dashboardPendingResponse.count()).toBe(2);
    await countWaitingResponses();
    expect(await db.dashboardPendingResponse.count()).toBe(0);
    const [counted] = await db.$queryRaw<{ n: number }[]>`SELECT sum("respondents")::int AS n FROM "DashboardRespondentCount"`;
    expect(counted.n).toBe(2);
  });

  it("accepts the code typed in lower case, with spaces and without the dash", async () => {
    const typed = ` ${codes[1].slice(0, 5).toLowerCase()} ${codes[1].slice(5)} `;
    expect((await submitResponse(body({ accessCode: typed }))).httpStatus).toBe(201);
  });

  it("treats a retry of the same response as received, without a second response", async () => {
    const submission = body({ receiptCode: generateReceiptCode() });
    expect((await submitResponse(submission)).httpStatus).toBe(201);
    // The page timed out and sends the very same body again: the code is used by now.
    const retry = await submitResponse(submission);
    expect(retry).toEqual({ httpStatus: 200, body: { status: "received", responseId: submission.responseId, repeat: true } });
    expect(await db.response.count()).toBe(1);
    expect(await db.answer.count()).toBe(survey.keys.length);
  });

  it("lets concurrent retries of one submission all succeed with one stored response", async () => {
    const submission = body();
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => submitResponse(submission)));
    expect(outcomes.map((o) => o.httpStatus).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(await db.response.count()).toBe(1);
  });

  it("refuses a used code for a new response and writes nothing", async () => {
    expect((await submitResponse(body())).httpStatus).toBe(201);
    const again = await submitResponse(body());
    expect(again.httpStatus).toBe(409);
    expect(again.body).toMatchObject({ error: "code_used", fields: { accessCode: "Already used." } });
    expect(await db.response.count()).toBe(1);
  });

  it("lets exactly one of many concurrent submitters with the same code win", async () => {
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => submitResponse(body())));
    const statuses = outcomes.map((o) => o.httpStatus);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(7);
    expect(await db.response.count()).toBe(1);
    expect(await db.answer.count()).toBe(survey.keys.length);
    expect(await usedCodes()).toBe(1);
  });

  it("answers bad answers with a message per question and leaves the code unused", async () => {
    const answers = { ...sampleAnswers(survey), q1: "", q2: 500, q3: "z", nope: "x" };
    const outcome = await submitResponse(body({ answers }));
    expect(outcome.httpStatus).toBe(422);
    expect(outcome.body).toMatchObject({
      error: "invalid_answers",
      fields: {
        "answers.q1": "This question needs an answer.",
        "answers.q2": "Enter a number from 0 up to 168.",
        "answers.q3": "Choose one of the options offered.",
        "answers.nope": "There is no such question in this questionnaire.",
      },
    });
    expect(await db.response.count()).toBe(0);
    expect(await usedCodes()).toBe(0);
  });

  it("refuses malformed bodies with field messages, never a server error", async () => {
    const timeOrdered = "018f3c2e-7b1a-7c3d-9e4f-0123456789ab"; // a UUIDv7 would reveal the order
    const outcome = await submitResponse({ campaign: "", responseId: timeOrdered, answers: [], submittedAt: "2026-04-09T10:00:00Z" });
    expect(outcome.httpStatus).toBe(400);
    expect(Object.keys((outcome.body as { fields: object }).fields).sort()).toEqual(["answers", "campaign", "responseId", "submittedAt"]);
    for (const payload of [null, 42, "text", { campaign: "sample" }]) expect((await submitResponse(payload)).httpStatus).toBe(400);
    expect((await post("{not json")).status).toBe(400);
    expect((await post(body(), { "content-type": "text/plain" })).status).toBe(415);
    expect((await post({ ...body(), answers: { q1: "x".repeat(300_000) } })).status).toBe(413);
    expect(await db.response.count()).toBe(0);
  });

  it("requires a code unless the campaign is open for a kiosk, and refuses unknown codes", async () => {
    expect((await submitResponse(body({ accessCode: undefined }))).body).toMatchObject({ error: "code_required" });
    expect((await submitResponse(body({ accessCode: "AAAAA-AAAAA" }))).body).toMatchObject({ error: "code_not_valid" });
    expect((await submitResponse(body({ accessCode: "0O1I" }))).body).toMatchObject({ error: "code_not_valid" });
    expect((await submitResponse(body({ campaign: "nope" }))).httpStatus).toBe(404);

    await db.campaign.update({ where: { id: survey.campaignId }, data: { kioskOpen: true } });
    const kiosk = body({ accessCode: undefined });
    expect((await submitResponse(kiosk)).httpStatus).toBe(201);
    expect(await db.response.findUniqueOrThrow({ where: { id: kiosk.responseId }, select: { source: true, unitId: true } })).toEqual({ source: "KIOSK", unitId: null });
  });

  it("does not accept a code from another campaign", async () => {
    const other = await createSampleSurvey({ slug: "other", questions: 3 });
    const [foreign] = (await issueBatch({ campaignId: other.campaignId, unitId: other.unitId, size: 1, createdById: null })).codes;
    expect((await submitResponse(body({ accessCode: foreign }))).body).toMatchObject({ error: "code_not_valid" });
    expect(await usedCodes()).toBe(0);
  });

  it("rolls the code back when the response cannot be stored (one transaction)", async () => {
    const receiptCode = generateReceiptCode();
    expect((await submitResponse(body({ receiptCode }))).httpStatus).toBe(201);
    // Same receipt key, another code: storing fails on the unique key after the code was consumed.
    const clash = await submitResponse(body({ accessCode: codes[1], receiptCode }));
    expect(clash.body).toMatchObject({ error: "receipt_taken" });
    expect(await db.accessCode.findUniqueOrThrow({ where: { digest: codeDigest(codes[1]) }, select: { used: true } })).toEqual({ used: false });
    expect(await db.response.count()).toBe(1);
  });

  it("refuses a response id already used in another campaign", async () => {
    const first = body();
    expect((await submitResponse(first)).httpStatus).toBe(201);
    const other = await createSampleSurvey({ slug: "other", questions: 3, kioskOpen: true });
    const outcome = await submitResponse({ campaign: "other", responseId: first.responseId, answers: sampleAnswers(other) });
    expect(outcome.body).toMatchObject({ error: "response_id_taken" });
  });

  it("tells the page up front whether a code is good, without using it up", async () => {
    const ask = (accessCode: string, campaign = "sample") => checkAccessCode({ campaign, accessCode });
    expect(await ask(formatCode(codes[0]).toLowerCase())).toEqual({ httpStatus: 200, body: { status: "valid" } });
    expect(await ask(codes[0])).toEqual({ httpStatus: 200, body: { status: "valid" } });
    expect(await usedCodes()).toBe(0);
    expect((await submitResponse(body())).httpStatus).toBe(201);
    expect((await ask(codes[0])).body).toEqual({ status: "used" });
    expect((await ask("AAAAA-AAAAA")).body).toEqual({ status: "unknown" });
    expect((await ask("short")).body).toEqual({ status: "unknown" });
    expect((await ask(codes[1], "nope")).httpStatus).toBe(404);
    expect((await checkAccessCode({ campaign: "sample" })).httpStatus).toBe(400);
  });
});
