import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { scopeOf } from "@/lib/auth/scope";
import { storeResponse } from "@/lib/surveys/intake";
import { classifyPendingEvidence } from "@/lib/classification/service";
import { detectPii } from "@/lib/classification/pii";
import { loadQueue, reviewStats } from "@/lib/review/queries";
import { bulkAcceptAction, decideAction, revealOriginalAction } from "@/app/(staff)/review/actions";
import { unitIdByCode, userByEmail, freshDemoCampaign } from "./helpers";

// The review queue as the app runs it: actions with a session, scoped queries, the dashboards'
// triggers on real PostgreSQL. Retraining is scheduled with next/server's after(), collected here.
const session = vi.hoisted(() => ({ userId: null as string | null, after: [] as (() => unknown)[] }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/server", () => ({ after: (task: () => unknown) => void session.after.push(task) }));

const signInAs = async (email: string) => (session.userId = (await userByEmail(email)).id);
const PHONE = "13912345678";
let campaignId: string;
let versionId: string;
let workText: string;

beforeAll(async () => {
  ({ campaignId, versionId } = await freshDemoCampaign());
  workText = (await db.question.findFirstOrThrow({ where: { key: "work_text", section: { versionId } }, select: { id: true } })).id;
});

beforeEach(() => {
  session.after.length = 0;
});

/** A free-text answer arriving as the survey stores it: PENDING, no suggestion, no spans. */
async function arrive(unitCode: string, text: string): Promise<string> {
  const responseId = randomUUID();
  const unitId = await unitIdByCode(unitCode);
  await storeResponse(
    db,
    {
      responseId, campaignId, versionId, source: "ONLINE", receipt: null,
      profile: { roleLevel: "officer", serviceYears: null, ageBand: null },
      answers: [{ questionId: workText, key: "work_text", numberValue: null, textValue: text, choices: [] }],
    },
    { unitId },
  );
  return (await db.evidenceItem.findFirstOrThrow({ where: { answer: { responseId } }, select: { id: true } })).id;
}

const item = (id: string) =>
  db.evidenceItem.findUniqueOrThrow({
    where: { id },
    select: { status: true, categories: true, aspectCode: true, maskedText: true, modelVersion: true, suggestedCategories: true, suggestedAspectCode: true, reviewedById: true, piiSpans: true },
  });
const scopeFor = async (email: string) => scopeOf(await userByEmail(email));

describe("filling in suggestions", () => {
  it("classifies arriving answers in the caller's scope only, once", async () => {
    const mine = await arrive("PS-MK", "The radios at the station are broken and there is no money for new ones.");
    const theirs = await arrive("PS-XM", "The radios at the station are broken and there is no money for new ones.");
    expect((await item(mine)).modelVersion).toBeNull();

    expect(await classifyPendingEvidence(campaignId, await scopeFor("lead@demo.local"))).toBeGreaterThan(0);
    const classified = await item(mine);
    expect(classified.modelVersion).not.toBeNull();
    expect(classified.suggestedCategories).toContainEqual(expect.objectContaining({ category: "equipment" }));
    expect((await item(theirs)).modelVersion).toBeNull();
    expect(await classifyPendingEvidence(campaignId, await scopeFor("lead@demo.local"))).toBe(0);
  });
});

describe("the queue", () => {
  it("shows a lead only the group's units, and refuses decisions on other units", async () => {
    const other = await arrive("PS-XM", "Too many inspections, each asking for the same reports.");
    const scope = await scopeFor("lead@demo.local");
    await classifyPendingEvidence(campaignId, scope);
    const groupUnits = new Set((await db.groupUnit.findMany({ where: { group: { name: "Group 1" } }, select: { unit: { select: { code: true } } } })).map((g) => g.unit.code));
    const queue = await loadQueue(scope, campaignId, "pending");
    expect(queue.length).toBeGreaterThan(0);
    expect(queue.every((i) => i.unit && groupUnits.has(i.unit.code))).toBe(true);
    expect(queue.some((i) => i.id === other)).toBe(false);

    await classifyPendingEvidence(campaignId, { kind: "all" });
    await signInAs("lead@demo.local");
    const result = await decideAction({ action: "notProblem", id: other });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect((await item(other)).status).toBe("PENDING");
  });

  it("records accept, change and not-a-problem decisions, and the agreement rate follows", async () => {
    await signInAs("lead@demo.local");
    const scope = await scopeFor("lead@demo.local");
    const [a, b, c, d] = [
      await arrive("PS-MK", "The patrol car has no fuel budget this month."),
      await arrive("PS-DQ", "Too many meetings and documents every week."),
      await arrive("SQ-NG", "The squadron has one gun for nine officers."),
      await arrive("BR-NG", "Thank you for listening to us."),
    ];
    await classifyPendingEvidence(campaignId, scope);
    const before = await reviewStats(scope, campaignId);

    const sa = await item(a);
    expect(await decideAction({ action: "accept", id: a, seenVersion: "0" })).toMatchObject({ ok: false, code: "conflict" });
    expect(await decideAction({ action: "accept", id: a, seenVersion: sa.modelVersion! })).toMatchObject({ ok: true, data: { status: "saved", reviewStatus: "ACCEPTED" } });
    const accepted = await item(a);
    expect(accepted.categories).toContain((sa.suggestedCategories as { category: string }[])[0].category);
    expect(accepted.aspectCode).toBe(sa.suggestedAspectCode);
    expect(accepted.maskedText).toBe("The patrol car has no fuel budget this month.");
    expect(accepted.reviewedById).toBe(session.userId);

    expect(await decideAction({ action: "correct", id: b, categories: ["training"], aspectCode: "E1" })).toMatchObject({ ok: true, data: { reviewStatus: "CORRECTED" } });
    expect(await item(b)).toMatchObject({ status: "CORRECTED", categories: ["training"], aspectCode: "E1" });
    // Choosing exactly what was suggested is accepting it.
    const sc = await item(c);
    const labels = (sc.suggestedCategories as { category: "equipment"; score: number }[]).filter((r, i) => i === 0 || r.score >= 0.5).map((r) => r.category);
    expect(await decideAction({ action: "correct", id: c, categories: labels, aspectCode: sc.suggestedAspectCode })).toMatchObject({ ok: true, data: { reviewStatus: "ACCEPTED" } });
    expect(await decideAction({ action: "notProblem", id: d })).toMatchObject({ ok: true, data: { reviewStatus: "NOT_A_PROBLEM" } });
    expect(await item(d)).toMatchObject({ categories: [], aspectCode: null, maskedText: null });

    const after = await reviewStats(scope, campaignId);
    expect(after.judged - before.judged).toBe(4);
    expect(after.agreed - before.agreed).toBe(2);
    expect(after.pending).toBe(before.pending - 4);
    expect(session.after.length).toBe(4); // each decision schedules learning
  });

  it("bulk-accepts confident suggestions without personal details, and nothing else", async () => {
    await signInAs("lead@demo.local");
    const scope = await scopeFor("lead@demo.local");
    const withPhone = await arrive("PS-MK", `巡逻车坏了没钱修，出警只能打车。有事打我电话${PHONE}。`);
    await classifyPendingEvidence(campaignId, scope);
    const pending = await db.evidenceItem.findMany({ where: { campaignId, status: "PENDING", unit: { code: { in: ["BR-NG", "PS-MK", "SQ-NG", "BR-KC", "PS-DQ", "DT-PT", "OF-CC"] } } }, select: { id: true, text: true, suggestedCategories: true } });
    const confident = pending.filter((p) => (p.suggestedCategories as { score: number }[])[0].score >= 0.99);
    expect(confident.map((p) => p.id)).toContain(withPhone);
    const eligible = confident.filter((p) => detectPii(p.text).length === 0);

    const result = await bulkAcceptAction({ campaignId, threshold: 0.99 });
    expect(result).toEqual({ ok: true, data: { count: eligible.length } });
    expect((await item(withPhone)).status).toBe("PENDING");
    const left = await db.evidenceItem.findMany({ where: { id: { in: eligible.map((p) => p.id) } }, select: { status: true, maskedText: true } });
    expect(left.every((l) => l.status === "ACCEPTED" && l.maskedText !== null)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "review.bulk-accept", actorId: session.userId } })).toBe(1);
    expect(await bulkAcceptAction({ campaignId, threshold: 0.42 })).toMatchObject({ ok: false, code: "invalid_input" });
  });
});

describe("personal details", () => {
  it("counts a reviewed text with a phone number but quotes it only once a reviewer masked it", async () => {
    await signInAs("lead@demo.local");
    const scope = await scopeFor("lead@demo.local");
    const id = await arrive("PS-DQ", `值班被醉酒人员殴打，最后不了了之。有事可以打我电话${PHONE}。`);
    await classifyPendingEvidence(campaignId, scope);
    expect((await item(id)).piiSpans).toEqual([expect.objectContaining({ kind: "phone" })]);

    const suggestion = await item(id);
    expect(await decideAction({ action: "accept", id, seenVersion: suggestion.modelVersion! })).toMatchObject({ ok: true });
    expect((await item(id)).maskedText).toBeNull();
    const trace = () => db.dashboardEvidenceTrace.findUniqueOrThrow({ where: { evidenceId: id }, select: { quotable: true } });
    expect((await trace()).quotable).toBe(false);
    expect((await loadQueue(scope, campaignId, "mask")).map((i) => i.id)).toContain(id);

    const rejected = await decideAction({ action: "mask", id, maskedText: "有事可以打我电话139 1234 5678。" });
    expect(rejected).toMatchObject({ ok: true, data: { status: "maskRejected", problem: { code: "maskStillPii", kinds: ["phone"] } } });
    expect((await trace()).quotable).toBe(false);

    expect(await decideAction({ action: "mask", id, maskedText: "值班被醉酒人员殴打，最后不了了之。有事可以打我电话［电话］。" })).toMatchObject({ ok: true, data: { status: "saved" } });
    expect((await item(id)).maskedText).toBe("值班被醉酒人员殴打，最后不了了之。有事可以打我电话［电话］。");
    expect((await trace()).quotable).toBe(true);
    expect((await loadQueue(scope, campaignId, "mask")).map((i) => i.id)).not.toContain(id);
  });

  it("never gives a lead the original of a text with personal details", async () => {
    await signInAs("lead@demo.local");
    const scope = await scopeFor("lead@demo.local");
    const id = await arrive("DT-PT", `The patrol car is broken. Call officer Zhang Wei on ${PHONE}.`);
    await classifyPendingEvidence(campaignId, scope);
    const queued = (await loadQueue(scope, campaignId, "pending")).find((i) => i.id === id)!;
    expect(queued.text).toContain("[phone]");
    expect(queued.piiKinds).toEqual(["name", "phone"]);
    expect(JSON.stringify(await loadQueue(scope, campaignId, "pending"))).not.toContain(PHONE);
    expect(JSON.stringify(queued)).not.toContain("Zhang Wei");

    const refused = await revealOriginalAction({ id });
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.auditEvent.count({ where: { action: "pii.read-original", targetId: id } })).toBe(0);
  });

  it("gives an admin the original on request and records each read in the audit log", async () => {
    const admin = await signInAs("admin@demo.local");
    const id = await arrive("PS-XM", `Call me on ${PHONE} about the radios.`);
    await classifyPendingEvidence(campaignId, { kind: "all" });
    // The queue itself carries no original, for admins either.
    expect(JSON.stringify(await loadQueue({ kind: "all" }, campaignId, "pending"))).not.toContain(PHONE);

    const first = await revealOriginalAction({ id });
    expect(first).toMatchObject({ ok: true, data: { text: `Call me on ${PHONE} about the radios.`, spans: [{ kind: "phone", start: 11, end: 22 }] } });
    await revealOriginalAction({ id });
    const events = await db.auditEvent.findMany({ where: { action: "pii.read-original", targetId: id }, select: { actorId: true, targetType: true } });
    expect(events).toEqual([
      { actorId: admin, targetType: "EvidenceItem" },
      { actorId: admin, targetType: "EvidenceItem" },
    ]);
  });
});
