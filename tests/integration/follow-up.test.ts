import { beforeAll, describe, expect, it } from "vitest";
import { POST as verdictRoute } from "@/app/api/survey/follow-up/verdict/route";
import { GET as publishedRoute } from "@/app/api/survey/follow-up/[campaign]/route";
import { db } from "@/lib/db/client";
import { issueBatch } from "@/lib/access-codes/issue";
import { generateReceiptCode, newResponseId } from "@/lib/access-codes/format";
import { lookupReceipt } from "@/lib/surveys/receipts";
import { createSampleSurvey, sampleAnswers, type SampleSurvey } from "@/lib/surveys/sample";
import { submitResponse } from "@/lib/surveys/intake";
import { installDefaultTaxonomy } from "@/lib/taxonomy/install";
import { problemsFedBy } from "@/lib/problems/receipt-follow-up";
import { giveVerdict } from "@/lib/problems/verdicts";
import { verdictCounts } from "@/lib/problems/queries";
import { resetDatabase } from "./helpers";

// "You said, we did": the receipt's follow-up, the public list and officers' verdicts, on real
// PostgreSQL through the same paths the officers' routes use.
process.env.AUTH_SECRET ??= "integration-test-secret";

let survey: SampleSurvey;
const officers: { code: string; responseId: string; evidenceId: string }[] = [];
const problems: Record<"linked" | "byAspect" | "other" | "fresh", string> = { linked: "", byAspect: "", other: "", fresh: "" };

beforeAll(async () => {
  await resetDatabase();
  await installDefaultTaxonomy(db);
  survey = await createSampleSurvey({ slug: "follow", questions: 5 });
  const batch = await issueBatch({ campaignId: survey.campaignId, unitId: survey.unitId, size: 8, createdById: null });
  for (const [i, code] of batch.codes.slice(0, 7).entries()) {
    const receiptCode = generateReceiptCode();
    const responseId = newResponseId();
    const outcome = await submitResponse({ campaign: survey.slug, responseId, accessCode: code, receiptCode, answers: sampleAnswers(survey, `Officer ${i}: overtime is never paid, call 13912345678.`) });
    expect(outcome.httpStatus).toBe(201);
    const evidence = await db.evidenceItem.findFirstOrThrow({ where: { answer: { responseId } }, select: { id: true } });
    officers.push({ code: receiptCode, responseId, evidenceId: evidence.id });
  }
  // Officer 0's text is linked to one problem; officer 1's is reviewed on aspect A2, which another
  // problem is about; a third problem has nothing of either.
  await db.evidenceItem.update({ where: { id: officers[1].evidenceId }, data: { status: "ACCEPTED", aspectCode: "A2", categories: ["rights"], maskedText: "masked" } });
  const make = (title: string, data: object) =>
    db.problem.create({ data: { campaignId: survey.campaignId, title, titleZh: `${title}（中文）`, category: "rights", status: "IN_PROGRESS", ...data }, select: { id: true } });
  problems.linked = (await make("Linked", { published: true, evidence: { create: officers.slice(0, 1).concat(officers.slice(2)).map((o) => ({ evidenceId: o.evidenceId })) } })).id;
  problems.byAspect = (await make("By aspect", { aspectCode: "A2" })).id;
  problems.other = (await make("Other", { aspectCode: "B2", published: true })).id;
  problems.fresh = (await make("Fresh", { status: "NEW", evidence: { create: [{ evidenceId: officers[0].evidenceId }] } })).id;
  await db.action.create({
    data: {
      campaignId: survey.campaignId, title: "Pay the overtime", titleZh: "发放加班费", ownerName: "Finance office", status: "IN_PROGRESS",
      problems: { create: [{ problemId: problems.linked }] },
      updates: { create: [{ body: "Back pay approved.", bodyZh: "补发已批准。", published: true }, { body: "Internal: list of names", published: false }] },
    },
  });
}, 120_000);

describe("the receipt's follow-up", () => {
  it("returns exactly the problems the response's answers fed, through links and reviewed aspects", async () => {
    expect((await problemsFedBy(officers[0].responseId)).sort()).toEqual([problems.linked, problems.fresh].sort());
    expect(await problemsFedBy(officers[1].responseId)).toEqual([problems.byAspect]);
    const receipt = await lookupReceipt(officers[0].code);
    expect(receipt.ok).toBe(true);
    if (!receipt.ok) return;
    const linked = receipt.receipt.problems.find((p) => p.id === problems.linked)!;
    expect(receipt.receipt.problems.map((p) => p.id).sort()).toEqual([problems.linked, problems.fresh].sort());
    expect(linked.actions[0].updates).toEqual([{ body: "Back pay approved.", bodyZh: "补发已批准。", on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
    expect(JSON.stringify(receipt)).not.toContain("Internal");
    expect(JSON.stringify(receipt)).not.toContain("overtime is never paid");
  });

  it("lists the campaign's published problems publicly, with published notes only", async () => {
    const response = await publishedRoute(new Request("http://x/api/survey/follow-up/follow"), { params: Promise.resolve({ campaign: "follow" }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store, no-transform");
    const body = await response.json();
    expect(body.problems.map((p: { id: string }) => p.id).sort()).toEqual([problems.linked, problems.other].sort());
    expect(JSON.stringify(body)).not.toContain("Internal");
    const missing = await publishedRoute(new Request("http://x"), { params: Promise.resolve({ campaign: "nope" }) });
    expect(missing.status).toBe(404);
  });
});

describe("verdicts", () => {
  it("keeps one verdict per receipt and problem: a second replaces the first, dated, comment masked", async () => {
    const first = await giveVerdict({ receiptCode: officers[0].code, problemId: problems.linked, verdict: "BETTER", comment: "" });
    expect(first).toMatchObject({ ok: true, verdict: "BETTER" });
    const second = await giveVerdict({ receiptCode: officers[0].code, problemId: problems.linked, verdict: "WORSE", comment: "Still no pay, call me at 13912345678" });
    expect(second.ok).toBe(true);
    const rows = await db.problemVerdict.findMany({ where: { problemId: problems.linked } });
    expect(rows).toHaveLength(1);
    expect(rows[0].verdict).toBe("WORSE");
    expect(rows[0].comment).not.toContain("13912345678");
    expect(rows[0].givenOn.toISOString()).toMatch(/T00:00:00\.000Z$/);
    // No column ties it to the response beyond the receipt's key (hashed).
    const stored = JSON.stringify(rows[0]);
    expect(stored).not.toContain(officers[0].responseId);
    const receipt = await lookupReceipt(officers[0].code);
    expect(receipt.ok && receipt.receipt.problems.find((p) => p.id === problems.linked)!.myVerdict).toMatchObject({ verdict: "WORSE" });
  });

  it("refuses problems the receipt did not feed, problems not yet under way and wrong codes", async () => {
    expect(await giveVerdict({ receiptCode: officers[0].code, problemId: problems.other, verdict: "BETTER", comment: "" })).toMatchObject({ ok: false, reason: "not_fed" });
    expect(await giveVerdict({ receiptCode: officers[0].code, problemId: problems.fresh, verdict: "BETTER", comment: "" })).toMatchObject({ ok: false, reason: "not_open" });
    expect(await giveVerdict({ receiptCode: generateReceiptCode(), problemId: problems.linked, verdict: "BETTER", comment: "" })).toMatchObject({ ok: false, reason: "not_found" });
  });

  it("answers over HTTP, and admins see the counts only from 5 verdicts", async () => {
    const post = (body: unknown) =>
      verdictRoute(new Request("http://x/api/survey/follow-up/verdict", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
    const bad = await post({ receiptCode: officers[2].code, problemId: problems.linked, verdict: "MAYBE" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toContain("500");
    for (const o of officers.slice(2, 5)) expect((await post({ receiptCode: o.code, problemId: problems.linked, verdict: "BETTER" })).status).toBe(200);
    expect((await verdictCounts([problems.linked])).get(problems.linked)).toEqual({ better: null, noChange: null, worse: null, total: null });
    expect((await post({ receiptCode: officers[5].code, problemId: problems.linked, verdict: "BETTER" })).status).toBe(200);
    // 4 better, 1 worse: the single "worse" is hidden, and so is "better" (else 5 - 4 recovers it).
    expect((await verdictCounts([problems.linked])).get(problems.linked)).toEqual({ better: null, noChange: 0, worse: null, total: 5 });
    expect((await post({ receiptCode: officers[6].code, problemId: problems.linked, verdict: "BETTER" })).status).toBe(200);
    // 5 better, 1 worse: still one small count, so "better" stays hidden with it.
    expect((await verdictCounts([problems.linked])).get(problems.linked)).toEqual({ better: null, noChange: 0, worse: null, total: 6 });
    // The officer who said "worse" changes their mind: no small count is left, everything shows.
    expect((await post({ receiptCode: officers[0].code, problemId: problems.linked, verdict: "BETTER" })).status).toBe(200);
    expect((await verdictCounts([problems.linked])).get(problems.linked)).toEqual({ better: 6, noChange: 0, worse: 0, total: 6 });
  });
});
