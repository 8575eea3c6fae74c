import { hash as argon2 } from "@node-rs/argon2";
import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/survey/receipt/route";
import { db } from "@/lib/db/client";
import { issueBatch } from "@/lib/access-codes/issue";
import { formatCode, generateReceiptCode, newResponseId, splitReceiptCode } from "@/lib/access-codes/format";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { clientBucketKey } from "@/lib/rate-limit/client-key";
import { CLIENT_LIMIT, GLOBAL_LIMIT, hashReceipt, lookupReceipt } from "@/lib/surveys/receipts";
import { createSampleSurvey, sampleAnswers, type SampleSurvey } from "@/lib/surveys/sample";
import { submitResponse } from "@/lib/surveys/intake";
import { resetDatabase } from "./helpers";

process.env.AUTH_SECRET ??= "integration-test-secret";

let survey: SampleSurvey;
let receiptCode: string;
let responseId: string;

beforeEach(async () => {
  await resetDatabase();
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
  it("stores only a lookup key and a keyed hash, never the code", async () => {
    const stored = await db.response.findUniqueOrThrow({ where: { id: responseId }, select: { receiptKey: true, receiptHash: true } });
    const { key, secret } = splitReceiptCode(receiptCode)!;
    expect(stored.receiptKey).toBe(key);
    expect(stored.receiptHash).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
    expect(stored.receiptHash).not.toContain(secret);
    // Keyed: the same code under another server key hashes differently, so a copy of the database
    // alone cannot be searched for a code.
    const own = hashReceipt(key, secret);
    const previous = process.env.RECEIPT_SECRET;
    process.env.RECEIPT_SECRET = "another-server-key";
    try {
      expect(hashReceipt(key, secret)).not.toBe(own);
    } finally {
      if (previous === undefined) delete process.env.RECEIPT_SECRET;
      else process.env.RECEIPT_SECRET = previous;
    }
  });

  it("still opens receipts stored as Argon2id hashes before they were keyed", async () => {
    const { key, secret } = splitReceiptCode(receiptCode)!;
    await db.response.update({ where: { id: responseId }, data: { receiptHash: await argon2(`${key}${secret}`, { memoryCost: 4096, timeCost: 1, parallelism: 1 }) } });
    expect(await lookupReceipt(receiptCode)).toMatchObject({ ok: true });
    expect(await lookupReceipt(key + "A".repeat(16))).toEqual({ ok: false, reason: "not_found" });
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

  it("gives each client its own allowance: 300 random codes from one client leave other officers answered", async () => {
    const guesses = await Promise.all(Array.from({ length: 300 }, () => lookupReceipt(generateReceiptCode(), "203.0.113.66")));
    expect(guesses.filter((g) => !g.ok && g.reason === "not_found")).toHaveLength(CLIENT_LIMIT.max);
    expect(guesses.filter((g) => !g.ok && g.reason === "rate_limited")).toHaveLength(300 - CLIENT_LIMIT.max);
    // The guesser is blocked, even with a right code; an officer elsewhere is answered.
    expect(await lookupReceipt(receiptCode, "203.0.113.66")).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await lookupReceipt(receiptCode, "198.51.100.20")).toMatchObject({ ok: true });
  });

  it("stores no address and nothing about the receipt, only keyed hashes that change every hour", async () => {
    const { key } = splitReceiptCode(receiptCode)!;
    await lookupReceipt(receiptCode, "198.51.100.20");
    await lookupReceipt(key + "A".repeat(16), "2001:db8::1");
    const rows = await db.rateLimit.findMany({ select: { key: true } });
    const keys = rows.map((r) => r.key);
    expect(keys.every((k) => k === "receipt:global" || /^receipt:client:[\w-]{22}$/.test(k))).toBe(true);
    expect(keys.filter((k) => k.startsWith("receipt:client:"))).toHaveLength(2);
    const dump = JSON.stringify(await db.rateLimit.findMany());
    for (const secret of [key, "198.51.100.20", "2001:db8::1", "198", "2001"]) expect(dump).not.toContain(secret);
    const now = Date.now();
    expect(clientBucketKey("receipt:client", "198.51.100.20", now)).not.toBe(clientBucketKey("receipt:client", "198.51.100.20", now + 3600_000));
  });

  it("deletes client buckets once their minute has passed", async () => {
    await lookupReceipt(receiptCode, "198.51.100.20");
    await db.rateLimit.updateMany({ where: { key: { startsWith: "receipt:client:" } }, data: { windowStart: new Date(Date.now() - 120_000) } });
    await lookupReceipt(receiptCode, "198.51.100.21");
    expect(await db.rateLimit.count({ where: { key: { startsWith: "receipt:client:" } } })).toBe(1);
  });

  it("still caps the total work of all clients together", async () => {
    await db.rateLimit.create({ data: { key: "receipt:global", windowStart: new Date(), hits: GLOBAL_LIMIT.max } });
    expect(await lookupReceipt(receiptCode, "198.51.100.20")).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("answers over HTTP with the code in the body, 429 with Retry-After when limited", async () => {
    // The address header as instrumentation.ts writes it for every request.
    const headers = { "content-type": "application/json", [CLIENT_ADDRESS_HEADER]: "198.51.100.30" };
    const ask = (code: string) => POST(new Request("http://localhost/api/survey/receipt", { method: "POST", headers, body: JSON.stringify({ receiptCode: code }) }));
    const ok = await ask(receiptCode);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("no-store, no-transform");
    expect((await ask(generateReceiptCode())).status).toBe(404);
    expect((await ask("x")).status).toBe(400);
    for (let i = 0; i < CLIENT_LIMIT.max; i++) await ask(generateReceiptCode());
    const limited = await ask(receiptCode);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
