import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { scopeOf } from "@/lib/auth/scope";
import { listProblems, listSuggestions, problemDetail, protectVerdicts } from "@/lib/problems/queries";
import {
  acceptSuggestionAction,
  commentAction,
  editProblemAction,
  mergeProblemsAction,
  splitProblemAction,
} from "@/app/(staff)/problems/actions";
import { auditLog } from "@/lib/audit/queries";
import { freshDemoCampaign, userByEmail } from "./helpers";

// The problem register as the app runs it: server actions with a session, scoped figures on the
// demo campaign, audit rows written with every change.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const signInAs = async (email: string) => (session.userId = (await userByEmail(email)).id);
const scopeFor = async (email: string) => scopeOf(await userByEmail(email));
let campaignId: string;

beforeAll(async () => {
  ({ campaignId } = await freshDemoCampaign());
}, 120_000);

beforeEach(() => {
  session.userId = null;
});

/** People raising each aspect in a set of units, counted straight from the evidence. */
async function peopleByAspect(unitIds: string[] | null): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ aspect: string; people: number }[]>`
    SELECT e."aspectCode" AS aspect,
           (count(DISTINCT a."responseId") + coalesce(sum(f."raisedBy"), 0))::int AS people
    FROM "EvidenceItem" e LEFT JOIN "Answer" a ON a.id = e."answerId" LEFT JOIN "Finding" f ON f.id = e."findingId"
    WHERE e."campaignId" = ${campaignId} AND e.status IN ('ACCEPTED','CORRECTED') AND e."aspectCode" IS NOT NULL
      AND (${unitIds}::text[] IS NULL OR e."unitId" = ANY(${unitIds}::text[]))
    GROUP BY 1`;
  return new Map(rows.map((r) => [r.aspect, r.people]));
}

describe("suggested problems", () => {
  it("suggest exactly the aspects 5 or more people raised in the reader's scope, quotes only from 10", async () => {
    for (const email of ["admin@demo.local", "branchhead@demo.local"]) {
      const scope = await scopeFor(email);
      const expected = await peopleByAspect(scope.kind === "all" ? null : scope.unitIds);
      const suggestions = await listSuggestions(scope, campaignId);
      const shown = new Map(suggestions.map((s) => [s.aspectCode, s]));
      for (const [aspect, people] of expected) {
        if (people >= 5) expect(shown.get(aspect)?.figures.people, `${email} ${aspect}`).toBe(people);
        else expect(shown.has(aspect), `${email} ${aspect} has ${people}`).toBe(false);
      }
      for (const s of suggestions) if (s.figures.people! < 10) expect(s.quotes).toEqual([]);
    }
    // The branch head's scope is smaller: some aspect the bureau sees is hidden from the branch.
    const all = await listSuggestions(await scopeFor("admin@demo.local"), campaignId);
    const branch = await listSuggestions(await scopeFor("branchhead@demo.local"), campaignId);
    expect(branch.length).toBeLessThan(all.length);
    const sum = (list: typeof all) => list.reduce((n, s) => n + (s.figures.people ?? 0), 0);
    expect(sum(branch)).toBeLessThan(sum(all));
  });

  it("never leaks a text from the quotes of a small group, and only masked text", async () => {
    const suggestions = await listSuggestions(await scopeFor("branchhead@demo.local"), campaignId);
    const texts = suggestions.flatMap((s) => s.quotes.map((q) => q.id));
    if (texts.length === 0) return;
    const rows = await db.evidenceItem.findMany({ where: { id: { in: texts } }, select: { maskedText: true, status: true } });
    for (const r of rows) {
      expect(r.maskedText).not.toBeNull();
      expect(["ACCEPTED", "CORRECTED"]).toContain(r.status);
    }
  });

  it("lets an admin accept a suggestion, with every reviewed item of the aspect linked and audited", async () => {
    await signInAs("admin@demo.local");
    const [first] = await listSuggestions(await scopeFor("admin@demo.local"), campaignId);
    const result = await acceptSuggestionAction({ campaignId, aspectCode: first.aspectCode });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const linked = await db.problemEvidence.count({ where: { problemId: result.data.id } });
    const reviewed = await db.evidenceItem.count({ where: { campaignId, aspectCode: first.aspectCode, status: { in: ["ACCEPTED", "CORRECTED"] } } });
    expect(linked).toBe(reviewed);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetType: "Problem", targetId: result.data.id } });
    expect(audit).toMatchObject({ action: "problem.create", actorId: session.userId });
  });

  it("refuses the register's changes to department heads and leads", async () => {
    const problem = await db.problem.findFirstOrThrow({ where: { campaignId }, select: { id: true, version: true } });
    for (const email of ["head@demo.local", "lead@demo.local"]) {
      await signInAs(email);
      expect(await acceptSuggestionAction({ campaignId, aspectCode: "A2" })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await mergeProblemsAction({ targetId: problem.id, sourceIds: [problem.id] })).toMatchObject({ ok: false, code: "forbidden" });
    }
    await signInAs("lead@demo.local");
    expect(await commentAction({ campaignId, subject: `problem:${problem.id}`, body: "hi" })).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("problem figures", () => {
  it("hide a problem's people below 5 and where the rest of its aspect would be 1-4", async () => {
    const scope = await scopeFor("admin@demo.local");
    const reviewed = await db.evidenceItem.findMany({
      where: { campaignId, aspectCode: "B2", status: { in: ["ACCEPTED", "CORRECTED"] }, kind: "ANSWER" },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    const aspectPeople = (await peopleByAspect(null)).get("B2")!;
    expect(aspectPeople).toBeGreaterThanOrEqual(10);
    const small = await db.problem.create({
      data: { campaignId, title: "small", category: "funding", aspectCode: "B2", evidence: { create: reviewed.slice(0, 3).map((e) => ({ evidenceId: e.id })) } },
    });
    const problems = await listProblems(scope, campaignId);
    expect(problems.find((p) => p.id === small.id)!.figures.people).toBeNull();
    expect(problems.find((p) => p.id === small.id)!.quotes).toEqual([]);
  });

  it("protect verdict counts: total below 5 hides all, one small count hides a second", () => {
    expect(protectVerdicts([2, 1, 1], 4)).toEqual({ better: null, noChange: null, worse: null, total: null });
    expect(protectVerdicts([5, 0, 1], 6)).toEqual({ better: null, noChange: 0, worse: null, total: 6 });
    expect(protectVerdicts([5, 6, 0], 11)).toEqual({ better: 5, noChange: 6, worse: 0, total: 11 });
  });
});

describe("merge and split", () => {
  it("keep every evidence link, action link and comment", async () => {
    await signInAs("admin@demo.local");
    const problems = await db.problem.findMany({
      where: { campaignId, evidence: { some: {} } },
      select: { id: true, version: true, evidence: { select: { evidenceId: true } }, actions: { select: { actionId: true } } },
      take: 3,
    });
    expect(problems).toHaveLength(3);
    const allEvidence = new Set(problems.flatMap((p) => p.evidence.map((e) => e.evidenceId)));
    const allActions = new Set(problems.flatMap((p) => p.actions.map((a) => a.actionId)));
    await signInAs("head@demo.local");
    expect((await commentAction({ campaignId, subject: `problem:${problems[1].id}`, body: "Please hurry." })).ok).toBe(true);
    await signInAs("admin@demo.local");
    const merged = await mergeProblemsAction({ targetId: problems[0].id, sourceIds: [problems[1].id, problems[2].id] });
    expect(merged.ok).toBe(true);
    const after = await db.problemEvidence.findMany({ where: { problemId: problems[0].id }, select: { evidenceId: true } });
    expect(new Set(after.map((e) => e.evidenceId))).toEqual(allEvidence);
    const actions = await db.actionProblem.findMany({ where: { problemId: problems[0].id }, select: { actionId: true } });
    expect(new Set(actions.map((a) => a.actionId))).toEqual(allActions);
    expect(await db.problem.count({ where: { id: { in: [problems[1].id, problems[2].id] } } })).toBe(0);
    expect(await db.comment.count({ where: { subject: `problem:${problems[0].id}`, body: "Please hurry." } })).toBe(1);

    // Split half of the links off: the union of both problems is still every link.
    const target = await db.problem.findUniqueOrThrow({ where: { id: problems[0].id }, select: { version: true } });
    const half = [...allEvidence].slice(0, Math.ceil(allEvidence.size / 2));
    const split = await splitProblemAction({ problemId: problems[0].id, version: target.version, evidenceIds: half, title: "Split off", titleZh: "拆分" });
    expect(split.ok).toBe(true);
    if (!split.ok) return;
    const left = await db.problemEvidence.findMany({ where: { problemId: problems[0].id }, select: { evidenceId: true } });
    const right = await db.problemEvidence.findMany({ where: { problemId: split.data.id }, select: { evidenceId: true } });
    expect(right.map((e) => e.evidenceId).sort()).toEqual([...half].sort());
    expect(new Set([...left, ...right].map((e) => e.evidenceId))).toEqual(allEvidence);
    expect(left.length + right.length).toBe(allEvidence.size);
    // A split from a stale version changes nothing.
    expect(await splitProblemAction({ problemId: problems[0].id, version: target.version, evidenceIds: [left[0].evidenceId], title: "x", titleZh: "x" })).toMatchObject({ ok: false, code: "conflict" });
    const log = await auditLog({ actorId: null, kind: "Problem", from: null, to: null, page: 1 });
    expect(log.entries.map((e) => e.action)).toEqual(expect.arrayContaining(["problem.merge", "problem.merged", "problem.split"]));
  });
});

describe("editing a problem", () => {
  it("from one version twice: the first wins, the second gets the conflict with both states, nothing lost", async () => {
    await signInAs("admin@demo.local");
    const problem = await db.problem.findFirstOrThrow({ where: { campaignId }, select: { id: true, version: true, title: true, titleZh: true } });
    const base = { id: problem.id, version: problem.version, titleZh: problem.titleZh || "标题", description: "", descriptionZh: "", statusReason: "", escalatedTo: "", published: false };
    const first = await editProblemAction({ ...base, title: "First title", status: "UNDER_REVIEW" });
    const second = await editProblemAction({ ...base, title: "Second title", status: "WONT_FIX", statusReason: "Set by national law" });
    expect(first).toMatchObject({ ok: true, data: { status: "saved", version: problem.version + 1 } });
    expect(second).toMatchObject({
      ok: true,
      data: { status: "conflict", current: { title: "First title", status: "UNDER_REVIEW", version: problem.version + 1 }, attempted: { title: "Second title", statusReason: "Set by national law" } },
    });
    const stored = await db.problem.findUniqueOrThrow({ where: { id: problem.id }, select: { title: true, status: true } });
    expect(stored).toEqual({ title: "First title", status: "UNDER_REVIEW" });
    const history = (await problemDetail(await scopeFor("admin@demo.local"), problem.id))!.history;
    expect(history[0]).toMatchObject({ action: "problem.status", before: { title: problem.title, status: expect.any(String) }, after: { title: "First title", status: "UNDER_REVIEW" } });
  });

  it("asks for a reason and whom it was escalated to, and refuses overlong text without changing anything", async () => {
    await signInAs("admin@demo.local");
    const problem = await db.problem.findFirstOrThrow({ where: { campaignId }, select: { id: true, version: true } });
    const base = { id: problem.id, version: problem.version, title: "t", titleZh: "t", description: "", descriptionZh: "", published: false };
    const refused = await editProblemAction({ ...base, status: "NOT_SOLVABLE", statusReason: "", escalatedTo: "" });
    expect(refused).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { statusReason: ["reasonRequired"], escalatedTo: ["escalatedRequired"] } });
    const long = await editProblemAction({ ...base, title: "x".repeat(201), status: "NEW", statusReason: "", escalatedTo: "" });
    expect(long).toMatchObject({ ok: false, fieldErrors: { title: ["tooLong:200"] } });
    expect((await db.problem.findUniqueOrThrow({ where: { id: problem.id }, select: { version: true } })).version).toBe(problem.version);
  });
});
