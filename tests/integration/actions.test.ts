import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createActionAction, editActionAction, progressAction, publishNoteAction } from "@/app/(staff)/actions/board-actions";
import { closureByCategory } from "@/lib/actions/closure";
import { myActions, tableActions } from "@/lib/actions/queries";
import { DEMO_RECEIPT_CODES } from "@/lib/demo/follow-up";
import { lookupReceipt } from "@/lib/surveys/receipts";
import { freshDemoCampaign, unitIdByCode, userByEmail } from "./helpers";

// Follow-up actions as each role uses them: admins create and edit, owners move and note their
// own only, stale edits are refused with both states, every change is audited.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

process.env.AUTH_SECRET ??= "integration-test-secret";
const signInAs = async (email: string) => (session.userId = (await userByEmail(email)).id);
let campaignId: string;
let actionId: string;

beforeAll(async () => {
  ({ campaignId } = await freshDemoCampaign());
}, 120_000);

beforeEach(() => {
  session.userId = null;
});

describe("actions", () => {
  it("are created by admins only, for a staff owner or an office, answering several problems", async () => {
    const lead = await userByEmail("lead2@demo.local");
    const problemIds = (await db.problem.findMany({ where: { campaignId }, take: 2, select: { id: true } })).map((p) => p.id);
    const input = { campaignId, title: "Repair the patrol cars", titleZh: "维修巡逻车", description: "", owner: `user:${lead.id}`, officeName: "", dueOn: "2026-01-31", status: "PLANNED", problemIds };
    for (const email of ["lead2@demo.local", "head@demo.local"]) {
      await signInAs(email);
      expect(await createActionAction(input)).toMatchObject({ ok: false, code: "forbidden" });
    }
    await signInAs("admin@demo.local");
    expect(await createActionAction({ ...input, owner: "office", officeName: "" })).toMatchObject({ ok: false, fieldErrors: { officeName: ["officeRequired"] } });
    expect(await createActionAction({ ...input, dueOn: "31/01/2026" })).toMatchObject({ ok: false, fieldErrors: { dueOn: ["badDate"] } });
    const created = await createActionAction(input);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    actionId = created.data.id;
    expect(await db.actionProblem.count({ where: { actionId } })).toBe(2);
    expect(await db.auditEvent.count({ where: { targetType: "Action", targetId: actionId, action: "action.create" } })).toBe(1);
    // Overdue (due in the past, not done): on the owner's home page and in the overdue filter.
    const mine = await myActions(lead.id);
    expect(mine.find((a) => a.id === actionId)).toMatchObject({ overdue: true, ownerName: expect.stringContaining("Wang Fang") });
    const overdue = await tableActions(campaignId, { overdue: "1" });
    expect(overdue.rows.every((r) => r.overdue)).toBe(true);
    expect(overdue.rows.some((r) => r.id === actionId)).toBe(true);
  });

  it("move and take notes from their owner only; other staff are refused", async () => {
    const action = await db.action.findUniqueOrThrow({ where: { id: actionId }, select: { version: true } });
    const move = { id: actionId, version: action.version, status: "IN_PROGRESS", body: "", bodyZh: "", published: false };
    for (const email of ["lead@demo.local", "head@demo.local"]) {
      await signInAs(email);
      expect(await progressAction(move)).toMatchObject({ ok: false, code: "forbidden" });
    }
    await signInAs("lead2@demo.local");
    expect(await progressAction({ ...move, status: "DONE", body: "Done", published: true })).toMatchObject({ ok: false, fieldErrors: { bodyZh: ["publishBothLanguages"] } });
    expect(await progressAction(move)).toMatchObject({ ok: true, data: { status: "saved" } });
    expect(await editActionAction({ id: actionId, version: action.version + 1, campaignId, title: "x", titleZh: "x", description: "", owner: "office", officeName: "Mine now", dueOn: "", status: "DONE", problemIds: [] })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("from one version twice: one wins, the other gets the conflict with the newer state and its own values", async () => {
    await signInAs("lead2@demo.local");
    const { version } = await db.action.findUniqueOrThrow({ where: { id: actionId }, select: { version: true } });
    const first = await progressAction({ id: actionId, version, status: "DONE", body: "Cars repaired.", bodyZh: "巡逻车已修好。", published: true });
    await signInAs("admin@demo.local");
    const second = await progressAction({ id: actionId, version, status: "BLOCKED", body: "Waiting for funds.", bodyZh: "", published: false });
    expect(first).toMatchObject({ ok: true, data: { status: "saved", version: version + 1 } });
    expect(second).toMatchObject({
      ok: true,
      data: { status: "conflict", current: { status: "DONE", version: version + 1 }, attempted: { status: "BLOCKED", body: "Waiting for funds." } },
    });
    const stored = await db.action.findUniqueOrThrow({ where: { id: actionId }, select: { status: true, updates: { select: { body: true, published: true } } } });
    expect(stored.status).toBe("DONE");
    expect(stored.updates).toEqual([{ body: "Cars repaired.", published: true }]);
    const events = await db.auditEvent.findMany({ where: { targetId: actionId }, select: { action: true, details: true } });
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["action.status", "action.note-published"]));
  });

  it("lets admins withdraw a published note, audited", async () => {
    await signInAs("admin@demo.local");
    const note = await db.actionUpdate.findFirstOrThrow({ where: { actionId }, select: { id: true } });
    expect((await publishNoteAction({ id: note.id, published: false })).ok).toBe(true);
    expect((await db.actionUpdate.findUniqueOrThrow({ where: { id: note.id } })).published).toBe(false);
    expect(await db.auditEvent.count({ where: { targetId: actionId, action: "action.note-withdrawn" } })).toBe(1);
  });

  it("filter by category and unit, and sort by due date", async () => {
    const funding = await tableActions(campaignId, { category: "training" });
    expect(funding.total).toBeGreaterThan(0);
    for (const row of funding.rows) expect(row.categories).toContain("training");
    const unit = await unitIdByCode("BR-NG");
    const inUnit = await tableActions(campaignId, { unit });
    const all = await tableActions(campaignId, {});
    expect(inUnit.total).toBeGreaterThan(0);
    expect(inUnit.total).toBeLessThanOrEqual(all.total);
    const byDue = await tableActions(campaignId, { sort: "due", dir: "asc" });
    const dues = byDue.rows.map((r) => r.dueOn).filter(Boolean);
    expect(dues).toEqual([...dues].sort());
  });
});

describe("the demo's follow-up", () => {
  it("holds the 16 measures, some done, some overdue, with published notes in both languages", async () => {
    const { rows, total } = await closureByCategory(campaignId);
    expect(total.done).toBeGreaterThan(0);
    expect(total.overdue).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(2);
    expect(await db.action.count({ where: { campaignId, number: { not: null } } })).toBe(16);
    expect(await db.actionUpdate.count({ where: { published: true, bodyZh: { not: "" } } })).toBeGreaterThan(2);
  });

  it("gives the README's receipt codes to responses whose answers fed a problem with published updates", async () => {
    for (const code of DEMO_RECEIPT_CODES) {
      const result = await lookupReceipt(code);
      expect(result.ok, code).toBe(true);
      if (!result.ok) continue;
      const withUpdates = result.receipt.problems.filter((p) => p.actions.some((a) => a.updates.length > 0));
      expect(withUpdates.length, code).toBeGreaterThan(0);
    }
  });
});
