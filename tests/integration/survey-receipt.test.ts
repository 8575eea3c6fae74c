import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/survey/receipt/route";
import { db } from "@/lib/db/client";
import { issueBatch } from "@/lib/surveys/access-codes";
import { formatCode, generateReceiptCode, newResponseId, splitReceiptCode } from "@/lib/surveys/codes";
import { GLOBAL_LIMIT, lookupReceipt, RECEIPT_SHARDS, receiptShard, SHARD_LIMIT } from "@/lib/surveys/receipts";
import { createSampleSurvey, sampleAnswers, type SampleSurvey } from "@/lib/surveys/sample";
import { submitResponse } from "@/lib/surveys/submit";
import { forgetSurveyCampaigns } from "@/lib/surveys/queries";
import { resetDatabase } from "./helpers";

process.env.AUTH_SECRET ??= "integration-test-secret";

let survey: SampleSurvey;
let receiptCode: string;
let responseId: string;

beforeEach(async () => {
  await resetDatabase();
  forgetSurveyCampaigns();
  survey = await createSampleSurvey({ slug: "sample", questions: 10 });
  const [code] = (await issueBatch({ campaignId: survey.campaignId, unitId: survey.unitId, size: 5, createdById: null })).codes;
  receiptCode = generateReceiptCode();
  responseId = newResponseId();
  const outcome = await submitResponse({ campaign: "sample", responseId, accessCode: code, receiptCode, answers: sampleAnswers(survey, "No money to repair the patrol car.") });
  expect(outcome.httpStatus).toBe(201);
});

async function raiseProblem(status: "NEW" | "IN_PROGRESS" | "RESOLVED") {
  const evidence = await db.evidenceItem.findFirstOrThrow({ where: { answer: { responseId } }, select: { id: true } });
  return db.problem.create({
    data: {
      campaignId: survey.campaignId, title: "Patrol cars are not repaired", category: "equipment", status,
      evidence: { create: [{ evidenceId: evidence.id }] },
      actions: {
        create: [{
          action: {
            create: {
              campaignId: survey.campaignId, number: 7, title: "Repair fund for patrol vehicles", ownerName: "Logistics office", status: "IN_PROGRESS",
              updates: { create: [{ body: "Fund approved by the bureau.", bodyZh: "巡逻车维修经费已获批。", published: true }, { body: "Internal draft: names of drivers", published: false }] },
            },
          },
        }],
      },
    },
  });
}

describe("receipt codes", () => {
  it("stores only a lookup key and an Argon2 hash, never the code", async () => {
    const stored = await db.response.findUniqueOrThrow({ where: { id: responseId }, select: { receiptKey: true, receiptHash: true } });
    expect(stored.receiptKey).toBe(splitReceiptCode(receiptCode)!.key);
    expect(stored.receiptHash).toMatch(/^\$argon2id\$/);
    expect(stored.receiptHash).not.toContain(splitReceiptCode(receiptCode)!.secret);
  });

  it("shows the date, the questionnaire and the problems raised with their published updates only", async () => {
    const before = await lookupReceipt(formatCode(receiptCode));
    expect(before).toMatchObject({ ok: true, receipt: { questionnaire: "Questionnaire sample", answered: 10, problems: [] } });
    if (!before.ok) return;
    expect(before.receipt.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await raiseProblem("IN_PROGRESS");
    const after = await lookupReceipt(receiptCode.toLowerCase());
    expect(after.ok && after.receipt.problems).toEqual([
      {
        id: expect.any(String), title: "Patrol cars are not repaired", titleZh: "", category: "equipment", aspectCode: null, aspectEn: null, aspectZh: null, status: "IN_PROGRESS",
        verdictOpen: true, myVerdict: null,
        actions: [{ number: 7, title: "Repair fund for patrol vehicles", titleZh: "", status: "IN_PROGRESS", dueOn: "", updates: [{ body: "Fund approved by the bureau.", bodyZh: "巡逻车维修经费已获批。", on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }] }],
      },
    ]);
    // Nothing of the answers themselves: a receipt must not prove to anyone what its holder said.
    expect(JSON.stringify(after)).not.toContain("patrol car.");
  });

  it("answers a wrong secret and an unknown key alike", async () => {
    const { key } = splitReceiptCode(receiptCode)!;
    expect(await lookupReceipt(key + "A".repeat(16))).toEqual({ ok: false, reason: "not_found" });
    expect(await lookupReceipt(generateReceiptCode())).toEqual({ ok: false, reason: "not_found" });
    expect(await lookupReceipt("too-short")).toEqual({ ok: false, reason: "malformed" });
  });

  it("limits look-ups per shard of keys and globally, keyed by nothing that identifies anyone", async () => {
    const { key } = splitReceiptCode(receiptCode)!;
    for (let i = 0; i < SHARD_LIMIT.max; i++) expect((await lookupReceipt(key + "A".repeat(16))).ok).toBe(false);
    // The shard is now blocked, even for the right code…
    expect(await lookupReceipt(receiptCode)).toMatchObject({ ok: false, reason: "rate_limited" });
    // …while a receipt in another shard is still answered.
    let other = generateReceiptCode();
    while (receiptShard(other.slice(0, 8)) === receiptShard(key)) other = generateReceiptCode();
    expect(await lookupReceipt(other)).toEqual({ ok: false, reason: "not_found" });

    const keys = (await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys.every((k) => k === "receipt:global" || /^receipt:shard:\d+$/.test(k))).toBe(true);
    expect(keys.join(" ")).not.toContain(key);
    expect(RECEIPT_SHARDS).toBeGreaterThanOrEqual(16);

    await db.rateLimit.deleteMany();
    await db.rateLimit.create({ data: { key: "receipt:global", windowStart: new Date(), hits: GLOBAL_LIMIT.max } });
    expect(await lookupReceipt(receiptCode)).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("answers over HTTP with the code in the body, 429 with Retry-After when limited", async () => {
    const ask = (code: string) => POST(new Request("http://localhost/api/survey/receipt", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ receiptCode: code }) }));
    const ok = await ask(receiptCode);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("no-store");
    expect((await ask(generateReceiptCode())).status).toBe(404);
    expect((await ask("x")).status).toBe(400);
    await db.rateLimit.update({ where: { key: `receipt:shard:${receiptShard(splitReceiptCode(receiptCode)!.key)}` }, data: { hits: 99, blockedUntil: new Date(Date.now() + 60_000) } });
    const limited = await ask(receiptCode);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
