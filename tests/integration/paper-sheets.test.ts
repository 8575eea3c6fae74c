// Recorded paper sheets (issue 10): a lead lists, corrects and deletes the sheets of their units;
// every change is audited, nobody outside the scope can see or touch a sheet, and the dashboards'
// trigger-maintained figures stay exactly what dashboard_rebuild() computes from the source rows,
// after a correction and after a delete, including of a sheet still waiting to be counted.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { correctPaperSheetAction, deletePaperSheetAction, enterPaperSheetAction } from "@/app/(staff)/paper/actions";
import { scopeOf } from "@/lib/auth/scope";
import { countWaitingResponses } from "@/lib/dashboards/pending";
import { listPaperSheets, SHEETS_PER_PAGE } from "@/lib/paper/sheets";
import { loadPaperView } from "@/lib/paper/queries";
import { checkAnswers } from "@/lib/surveys/answers";
import { storeResponse } from "@/lib/surveys/intake";
import { freshDemoCampaign, unitIdByCode, userByEmail } from "./helpers";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const signInAs = async (email: string) => (session.userId = (await userByEmail(email)).id);

// The trigger-maintained aggregates, as sorted rows (zero cells count as absent).
async function aggregates(): Promise<Record<string, string[]>> {
  await countWaitingResponses();
  const rows = (list: { r: string }[]) => list.map((row) => row.r).sort();
  return {
    respondents: rows(await db.$queryRaw`SELECT row_to_json(x)::text AS r FROM "DashboardRespondentCount" x WHERE "respondents" <> 0`),
    answers: rows(await db.$queryRaw`SELECT row_to_json(x)::text AS r FROM "DashboardAnswerCount" x WHERE "answers" <> 0`),
    topics: rows(await db.$queryRaw`SELECT row_to_json(x)::text AS r FROM "DashboardTopicCount" x WHERE ("respondents", "seminarPeople", "severityPoints") <> (0, 0, 0)`),
    traces: rows(await db.$queryRaw`SELECT row_to_json(x)::text AS r FROM "DashboardEvidenceTrace" x`),
  };
}
/** The incrementally kept figures equal a recount from scratch; returns them. */
async function expectEqualToRebuild() {
  const incremental = await aggregates();
  await db.$queryRaw`SELECT dashboard_rebuild()::text`;
  expect(incremental).toEqual(await aggregates());
  return incremental;
}

let campaignId = "";
let versionId = "";
let hoursId = "";
const sheet = (extra: Record<string, unknown> = {}) => ({ role_level: "officer", hours_day: "13", pressure: "work", ...extra });

/** Enters a sheet through the entry action as the lead, then finds it by its unique text. */
async function entered(unitCode: string, text: string, extra: Record<string, unknown> = {}) {
  await signInAs("lead@demo.local");
  const result = await enterPaperSheetAction({ versionId, unitId: await unitIdByCode(unitCode), answers: sheet({ work_text: text, ...extra }) });
  expect(result).toEqual({ ok: true, data: { status: "saved" } });
  return (await db.response.findFirstOrThrow({ where: { answers: { some: { textValue: text } } }, select: { id: true } })).id;
}

/** Stores a sheet without counting it: it waits in DashboardPendingResponse as a new submission does. */
async function waiting(unitCode: string, text: string) {
  const view = (await loadPaperView(versionId))!;
  const check = checkAnswers(view, sheet({ work_text: text }));
  if (!check.ok) throw new Error("test sheet refused");
  const id = randomUUID();
  await storeResponse(db, { responseId: id, campaignId, versionId, source: "PAPER", answers: check.answers, profile: check.profile, receipt: null }, { unitId: await unitIdByCode(unitCode) });
  expect(await db.dashboardPendingResponse.count({ where: { responseId: id } })).toBe(1);
  return id;
}

const hoursCell = async (unitCode: string, value: number) =>
  (await db.dashboardAnswerCount.findFirst({
    where: { campaignId, questionId: hoursId, unitId: await unitIdByCode(unitCode), roleLevel: "*", serviceYears: "*", value },
    select: { answers: true },
  }))?.answers ?? 0;

beforeAll(async () => {
  ({ campaignId, versionId } = await freshDemoCampaign());
  hoursId = (await db.question.findFirstOrThrow({ where: { key: "hours_day", section: { versionId } }, select: { id: true } })).id;
});

beforeEach(async () => {
  await signInAs("lead@demo.local");
});

describe("the list of recorded paper sheets", () => {
  it("holds exactly the caller's paper sheets of the campaign, by unit, a page at a time", async () => {
    const lead = await userByEmail("lead@demo.local");
    const scope = await scopeOf(lead);
    if (scope.kind !== "units") throw new Error("a lead has a unit scope");
    // More than one page: the demo data has fewer of Group 1's sheets than a page holds.
    for (let i = 0; i < SHEETS_PER_PAGE; i++) await waiting(i % 2 ? "SQ-NG" : "BR-KC", `Listed sheet ${i}`);
    const expected = await db.response.count({ where: { campaignId, source: "PAPER", unitId: { in: scope.unitIds } } });
    expect(expected).toBeGreaterThan(SHEETS_PER_PAGE);

    const first = await listPaperSheets(scope, campaignId, 1);
    expect(first.total).toBe(expected);
    expect(first.pages).toBe(Math.ceil(expected / SHEETS_PER_PAGE));
    expect(first.sheets).toHaveLength(SHEETS_PER_PAGE);
    const all: Awaited<ReturnType<typeof listPaperSheets>>["sheets"] = [];
    for (let page = 1; page <= first.pages; page++) all.push(...(await listPaperSheets(scope, campaignId, page)).sheets);
    expect(new Set(all.map((s) => s.id)).size).toBe(expected);
    const codes = all.map((s) => s.unit!.code);
    expect(codes).toEqual([...codes].sort());
    const units = await db.unit.findMany({ where: { id: { in: scope.unitIds } }, select: { code: true } });
    expect(codes.every((c) => units.some((u) => u.code === c))).toBe(true);

    // Group 2's lead sees none of them.
    const other = await listPaperSheets(await scopeOf(await userByEmail("lead2@demo.local")), campaignId, 1);
    expect(other.total).toBeGreaterThan(0);
    expect(other.sheets.some((s) => all.some((a) => a.id === s.id))).toBe(false);
  });
});

describe("correcting a paper sheet", () => {
  it("replaces the unit, profile and answers, sends a changed text back to review, audits it, and keeps the figures exact", async () => {
    const id = await entered("PS-MK", "Correct me: the patrol car is old");
    // Reviewed and counted on the dashboards' topics before the correction.
    const evidence = await db.evidenceItem.findFirstOrThrow({ where: { answer: { responseId: id } }, select: { id: true } });
    await db.evidenceItem.update({ where: { id: evidence.id }, data: { status: "ACCEPTED", categories: ["equipment"], aspectCode: "D1", maskedText: "Correct me: the patrol car is old" } });
    const before = await expectEqualToRebuild();
    const hoursBefore = { mk13: await hoursCell("PS-MK", 13), ng9: await hoursCell("SQ-NG", 9) };

    const result = await correctPaperSheetAction({
      sheetId: id,
      unitId: await unitIdByCode("SQ-NG"),
      answers: sheet({ role_level: "leader", hours_day: "9", pressure: "mind", work_text: "Corrected: no money for fuel" }),
    });
    expect(result).toEqual({ ok: true, data: { status: "saved", changed: 4 } });

    const stored = await db.response.findUniqueOrThrow({
      where: { id },
      select: { unitId: true, roleLevel: true, answers: { select: { numberValue: true, textValue: true, choices: true, question: { select: { key: true } }, evidence: { select: { text: true, status: true, unitId: true } } } } },
    });
    expect(stored.unitId).toBe(await unitIdByCode("SQ-NG"));
    expect(stored.roleLevel).toBe("leader");
    const byKey = Object.fromEntries(stored.answers.map((a) => [a.question.key, a]));
    expect(byKey.hours_day.numberValue).toBe(9);
    expect(byKey.pressure.choices).toEqual(["mind"]);
    expect(byKey.work_text.evidence).toEqual({ text: "Corrected: no money for fuel", status: "PENDING", unitId: await unitIdByCode("SQ-NG") });
    expect(await db.evidenceItem.count({ where: { id: evidence.id } })).toBe(0);

    const after = await expectEqualToRebuild();
    expect(after).not.toEqual(before);
    expect(await hoursCell("PS-MK", 13)).toBe(hoursBefore.mk13 - 1);
    expect(await hoursCell("SQ-NG", 9)).toBe(hoursBefore.ng9 + 1);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "paper.correct", targetId: id }, select: { actorId: true, targetType: true, details: true } });
    expect(audit).toEqual({
      actorId: (await userByEmail("lead@demo.local")).id,
      targetType: "Response",
      details: { before: { unit: "PS-MK" }, after: { unit: "SQ-NG", questions: ["hours_day", "pressure", "role_level", "work_text"] } },
    });
    // The audit log names question keys, never the answers.
    expect(JSON.stringify(audit.details)).not.toContain("fuel");
  });

  it("gives the entry form's verdict on bad answers and changes nothing", async () => {
    const id = await entered("PS-MK", "Bad correction stays out");
    const result = await correctPaperSheetAction({ sheetId: id, unitId: await unitIdByCode("PS-MK"), answers: sheet({ hours_day: "30" }) });
    expect(result).toEqual({ ok: true, data: { status: "invalid", issues: [{ key: "hours_day", code: "out_of_range", min: 0, max: 24 }] } });
    const hours = await db.answer.findFirstOrThrow({ where: { responseId: id, questionId: hoursId }, select: { numberValue: true } });
    expect(hours.numberValue).toBe(13);
    expect(await db.auditEvent.count({ where: { targetId: id } })).toBe(0);
  });

  it("keeps the figures exact when the sheet is still waiting to be counted", async () => {
    const id = await waiting("PS-MK", "Waiting sheet, corrected");
    const result = await correctPaperSheetAction({ sheetId: id, unitId: await unitIdByCode("PS-MK"), answers: sheet({ hours_day: "11", work_text: "Waiting sheet, corrected" }) });
    expect(result).toEqual({ ok: true, data: { status: "saved", changed: 1 } });
    expect(await db.dashboardPendingResponse.count({ where: { responseId: id } })).toBe(0);
    await expectEqualToRebuild();
  });
});

describe("deleting a paper sheet", () => {
  it("asks for confirmation, removes the sheet with its answers and texts, audits it, and keeps the figures exact", async () => {
    const id = await entered("PS-MK", "Delete me: entered twice");
    await expectEqualToRebuild();
    const respondents = async () =>
      (await db.dashboardRespondentCount.aggregate({ where: { campaignId, unitId: await unitIdByCode("PS-MK") }, _sum: { respondents: true } }))._sum.respondents ?? 0;
    const had = await respondents();

    expect(await deletePaperSheetAction({ sheetId: id })).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await db.response.count({ where: { id } })).toBe(1);

    expect(await deletePaperSheetAction({ sheetId: id, confirm: "yes" })).toEqual({ ok: true, data: { status: "deleted" } });
    expect(await db.response.count({ where: { id } })).toBe(0);
    expect(await db.answer.count({ where: { responseId: id } })).toBe(0);
    expect(await db.evidenceItem.count({ where: { text: "Delete me: entered twice" } })).toBe(0);
    await expectEqualToRebuild();
    expect(await respondents()).toBe(had - 1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "paper.delete", targetId: id }, select: { actorId: true, details: true } });
    expect(audit.actorId).toBe((await userByEmail("lead@demo.local")).id);
    expect(audit.details).toMatchObject({ before: { unit: "PS-MK" } });
  });

  it("keeps the figures exact when the deleted sheet was still waiting to be counted", async () => {
    const id = await waiting("PS-MK", "Waiting sheet, deleted");
    expect(await deletePaperSheetAction({ sheetId: id, confirm: "yes" })).toEqual({ ok: true, data: { status: "deleted" } });
    await expectEqualToRebuild();
  });

  it("deletes only paper sheets: an online response's id is not found", async () => {
    const online = await db.response.findFirstOrThrow({ where: { campaignId, source: "ONLINE", unit: { code: "PS-MK" } }, select: { id: true } });
    expect(await deletePaperSheetAction({ sheetId: online.id, confirm: "yes" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.response.count({ where: { id: online.id } })).toBe(1);
  });
});

describe("who may correct and delete which sheet", () => {
  it("refuses every other caller, changes nothing, and lets the admin act", async () => {
    const own = await entered("PS-MK", "Group 1 sheet for the role test");
    const other = (await db.response.findFirstOrThrow({ where: { campaignId, source: "PAPER", unit: { code: "PS-XM" } }, select: { id: true } })).id;
    const correct = async (sheetId: string, unitCode: string) =>
      correctPaperSheetAction({ sheetId, unitId: await unitIdByCode(unitCode), answers: sheet({ hours_day: "7" }) });
    const remove = (sheetId: string) => deletePaperSheetAction({ sheetId, confirm: "yes" });

    // Group 1's lead: Group 2's sheet is not found, and their own sheet cannot be moved to Group 2's unit.
    await signInAs("lead@demo.local");
    expect(await correct(other, "PS-XM")).toMatchObject({ ok: false, code: "not_found" });
    expect(await remove(other)).toMatchObject({ ok: false, code: "not_found" });
    expect(await correct(own, "PS-XM")).toMatchObject({ ok: false, code: "not_found" });
    // Group 2's lead: Group 1's sheet is not found.
    await signInAs("lead2@demo.local");
    expect(await correct(own, "PS-MK")).toMatchObject({ ok: false, code: "not_found" });
    expect(await remove(own)).toMatchObject({ ok: false, code: "not_found" });
    // A department head above PS-MK has no paper permission; nobody signed in is sent to sign in.
    await signInAs("branchhead@demo.local");
    expect(await correct(own, "PS-MK")).toMatchObject({ ok: false, code: "forbidden" });
    expect(await remove(own)).toMatchObject({ ok: false, code: "forbidden" });
    session.userId = null;
    expect(await correct(own, "PS-MK")).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await remove(own)).toMatchObject({ ok: false, code: "unauthenticated" });

    expect(await db.response.count({ where: { id: { in: [own, other] } } })).toBe(2);
    expect(await db.answer.findFirstOrThrow({ where: { responseId: own, questionId: hoursId }, select: { numberValue: true } })).toEqual({ numberValue: 13 });
    expect(await db.auditEvent.count({ where: { targetId: { in: [own, other] } } })).toBe(0);

    // The administrator sees every unit.
    await signInAs("admin@demo.local");
    expect(await correct(other, "PS-XM")).toMatchObject({ ok: true, data: { status: "saved" } });
    expect(await remove(own)).toEqual({ ok: true, data: { status: "deleted" } });
    await expectEqualToRebuild();
  });
});
