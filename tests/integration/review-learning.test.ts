import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { storeResponse } from "@/lib/surveys/intake";
import { classifyPendingEvidence } from "@/lib/classification/service";
import { currentModel, learnFromReviews } from "@/lib/classification/store-model";
import { decideAction } from "@/app/(staff)/review/actions";
import { unitIdByCode, userByEmail, freshDemoCampaign } from "./helpers";

// The classifier learns from reviewers through PostgreSQL: a decision schedules a retraining, the
// retrained model is stored as a new ClassifierModel version, and every later suggestion (on any
// instance) comes from the newest stored version.
const session = vi.hoisted(() => ({ userId: null as string | null, after: [] as (() => unknown)[] }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/server", () => ({ after: (task: () => unknown) => void session.after.push(task) }));

const ALL = { kind: "all" } as const;
let campaignId: string;
let versionId: string;
let questionId: string;

beforeAll(async () => {
  ({ campaignId, versionId } = await freshDemoCampaign());
  questionId = (await db.question.findFirstOrThrow({ where: { key: "work_text", section: { versionId } }, select: { id: true } })).id;
  session.userId = (await userByEmail("lead@demo.local")).id;
});

beforeEach(() => {
  session.after.length = 0;
});

async function arrive(text: string): Promise<string> {
  const responseId = randomUUID();
  const unitId = await unitIdByCode("PS-MK");
  await storeResponse(
    db,
    {
      responseId, campaignId, versionId, source: "ONLINE", receipt: null,
      profile: { roleLevel: null, serviceYears: null, ageBand: null },
      answers: [{ questionId, key: "work_text", numberValue: null, textValue: text, choices: [] }],
    },
    { unitId },
  );
  return (await db.evidenceItem.findFirstOrThrow({ where: { answer: { responseId } }, select: { id: true } })).id;
}

const suggestionOf = async (id: string) => {
  const row = await db.evidenceItem.findUniqueOrThrow({ where: { id }, select: { suggestedCategories: true, suggestedAspectCode: true, modelVersion: true } });
  return { top: (row.suggestedCategories as { category: string }[])[0].category, aspect: row.suggestedAspectCode, version: row.modelVersion };
};
const newestVersion = async () => (await db.classifierModel.findFirstOrThrow({ orderBy: { version: "desc" }, select: { version: true } })).version;
const runAfterTasks = async () => {
  for (const task of session.after.splice(0)) await task();
};

describe("learning from reviewers", () => {
  it("changes later suggestions on similar text after one correction, through a new stored model", async () => {
    const first = await arrive("The duty roster app keeps crashing and we lose our shift swaps.");
    await classifyPendingEvidence(campaignId, ALL);
    const before = await suggestionOf(first);
    expect(before.top).not.toBe("equipment");
    expect(before.aspect).not.toBe("B3");
    const version = await newestVersion();

    expect(await decideAction({ action: "correct", id: first, categories: ["equipment"], aspectCode: "B3" })).toMatchObject({ ok: true, data: { reviewStatus: "CORRECTED" } });
    expect(session.after).toHaveLength(1);
    await runAfterTasks();
    expect(await newestVersion()).toBe(version + 1);
    const stored = await db.classifierModel.findFirstOrThrow({ orderBy: { version: "desc" }, select: { corrections: true, examples: true } });
    expect(stored.corrections).toBe(await db.evidenceItem.count({ where: { status: { in: ["ACCEPTED", "CORRECTED"] } } }));

    const similar = await arrive("Our duty roster app crashed again and shift swaps were lost.");
    await classifyPendingEvidence(campaignId, ALL);
    expect(await suggestionOf(similar)).toEqual({ top: "equipment", aspect: "B3", version: String(version + 1) });
  });

  it("re-suggests texts still waiting when a newer model exists, and leaves decided ones as their reviewer saw them", async () => {
    const waiting = await arrive("The roster software froze and the shift swap list vanished.");
    await classifyPendingEvidence(campaignId, ALL);
    const decided = (await db.evidenceItem.findFirstOrThrow({ where: { campaignId, status: "CORRECTED" }, select: { id: true, modelVersion: true } }));
    const version = await newestVersion();
    expect((await suggestionOf(waiting)).version).toBe(String(version));

    // Another instance stores a newer model: this one notices by the version, not by its memory.
    const latest = await db.classifierModel.findFirstOrThrow({ where: { version }, select: { model: true, examples: true, corrections: true } });
    await db.classifierModel.create({ data: { version: version + 1, examples: latest.examples, corrections: latest.corrections, model: latest.model as object } });
    expect((await currentModel()).version).toBe(version + 1);
    await classifyPendingEvidence(campaignId, ALL);
    expect((await suggestionOf(waiting)).version).toBe(String(version + 1));
    expect((await db.evidenceItem.findUniqueOrThrow({ where: { id: decided.id }, select: { modelVersion: true } })).modelVersion).toBe(decided.modelVersion);
  });

  it("does not store a new model when no label changed, and never stores personal details in one", async () => {
    const phone = "13912345678";
    const id = await arrive(`The roster app is broken, call me on ${phone} if you know a fix.`);
    await classifyPendingEvidence(campaignId, ALL);
    await decideAction({ action: "correct", id, categories: ["equipment"], aspectCode: "B3" });
    await runAfterTasks();
    const version = await newestVersion();
    expect(await learnFromReviews()).toEqual({ version, trained: false });
    expect(await newestVersion()).toBe(version);

    const rows = await db.$queryRaw<{ leaks: number }[]>`SELECT count(*)::int AS leaks FROM "ClassifierModel" WHERE model::text LIKE ${`%${phone}%`}`;
    expect(rows[0].leaks).toBe(0);
  });

  it("keeps a bounded history of versions", async () => {
    for (const text of ["Roster app broken again.", "Shift swap app lost data."]) {
      const id = await arrive(text);
      await classifyPendingEvidence(campaignId, ALL);
      await decideAction({ action: "correct", id, categories: ["equipment"], aspectCode: "B3" });
      await runAfterTasks();
    }
    expect(await newestVersion()).toBeGreaterThan(5);
    expect(await db.classifierModel.count()).toBe(5);
    expect((await currentModel()).version).toBe(await newestVersion());
  });
});
