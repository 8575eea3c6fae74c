import ExcelJS from "exceljs";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { enterPaperSheetAction, importPaperFileAction } from "@/app/(staff)/paper/actions";
import { unitIdByCode, userByEmail, freshDemoCampaign } from "./helpers";

// The actions run as in the app, with the session read from this variable instead of a cookie.
const session = vi.hoisted(() => ({ userId: null as string | null, failStoreAt: 0, stored: 0 }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// Lets a test make the n-th storeResponse of an import fail, to prove the whole file is one transaction.
vi.mock("@/lib/surveys/intake", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/surveys/intake")>();
  return {
    storeResponse: async (...args: Parameters<typeof actual.storeResponse>) => {
      session.stored += 1;
      if (session.stored === session.failStoreAt) throw new Error("disk full (test)");
      return actual.storeResponse(...args);
    },
  };
});

const signInAs = async (email: string) => (session.userId = (await userByEmail(email)).id);

const HEADER = "unit,role_level,hours_day,hours_week,pressure,shortages,work_text";
let versionId: string;

beforeAll(async () => {
  ({ versionId } = await freshDemoCampaign());
});

beforeEach(async () => {
  session.failStoreAt = 0;
  session.stored = 0;
  await signInAs("lead@demo.local");
});

const paperCount = () => db.response.count({ where: { source: "PAPER" } });

function csvFile(lines: string[], name = "sheets.csv") {
  return new File([[HEADER, ...lines].join("\r\n")], name, { type: "text/csv" });
}

async function xlsxFile(rows: (string | number)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("responses");
  sheet.addRow(HEADER.split(","));
  for (const row of rows) sheet.addRow(row);
  return new File([await workbook.xlsx.writeBuffer()], "sheets.xlsx");
}

function upload(file: File) {
  const form = new FormData();
  form.set("versionId", versionId);
  form.set("file", file);
  return importPaperFileAction(form);
}

describe("importing paper questionnaires", () => {
  it("stores every row of a valid CSV as a paper response, without receipt, with server ids", async () => {
    const before = await paperCount();
    const result = await upload(csvFile([
      "PS-MK,officer,13,84,work,vehicles;radios,Our patrol car is twenty years old",
      "br-ng,prefer_not,12,,income,,",
    ]));
    expect(result).toEqual({ ok: true, data: { status: "imported", count: 2 } });
    expect(await paperCount()).toBe(before + 2);

    const fresh = await db.response.findMany({
      where: { source: "PAPER", answers: { some: { textValue: "Our patrol car is twenty years old" } } },
      select: { id: true, unitId: true, receiptKey: true, receiptHash: true, roleLevel: true, answers: { select: { choices: true, numberValue: true, question: { select: { key: true } } } } },
    });
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).toMatchObject({ unitId: await unitIdByCode("PS-MK"), receiptKey: null, receiptHash: null, roleLevel: "officer" });
    expect(fresh[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(fresh[0].answers.find((a) => a.question.key === "shortages")?.choices).toEqual(["vehicles", "radios"]);
    expect(await db.evidenceItem.count({ where: { text: "Our patrol car is twenty years old" } })).toBe(1);
    // Classified where it was created, so the review page only reads.
    expect(await db.evidenceItem.count({ where: { text: "Our patrol car is twenty years old", modelVersion: { not: null } } })).toBe(1);
  });

  it("asks before importing the same file again, and imports it only with the lead's confirmation", async () => {
    const lines = ["PS-MK,officer,10,50,work,,Same file twice"];
    const before = await paperCount();
    expect(await upload(csvFile(lines))).toEqual({ ok: true, data: { status: "imported", count: 1 } });
    const second = await upload(csvFile(lines, "renamed.csv"));
    expect(second).toMatchObject({ ok: true, data: { status: "already_imported", count: 1 } });
    expect(await paperCount()).toBe(before + 1);

    const form = new FormData();
    form.set("versionId", versionId);
    form.set("file", csvFile(lines));
    form.set("confirmReimport", "yes");
    expect(await importPaperFileAction(form)).toEqual({ ok: true, data: { status: "imported", count: 1 } });
    expect(await paperCount()).toBe(before + 2);
    const events = await db.auditEvent.findMany({ where: { action: "paper.import", targetId: versionId }, select: { details: true } });
    expect(events.filter((e) => (e.details as { reimport?: boolean }).reimport === true)).toHaveLength(1);
  });

  it("imports nothing from a CSV with one bad row, and reports the row, column and reason", async () => {
    const before = await paperCount();
    const result = await upload(csvFile([
      "PS-MK,officer,13,84,work,,",
      "PS-MK,officer,30,84,work,,",
      "SQ-NG,leader,12,70,mind,funds,",
    ]));
    expect(result).toEqual({
      ok: true,
      data: { status: "rejected", more: 0, issues: [{ row: 3, column: "hours_day", code: "out_of_range", params: { value: "30", min: 0, max: 24 } }] },
    });
    expect(await paperCount()).toBe(before);
  });

  it("does the same for XLSX: one bad row imports nothing; fixed, the whole file goes in", async () => {
    const before = await paperCount();
    const rows: (string | number)[][] = [
      ["PS-MK", "officer", 14, 90, "work", "premises", ""],
      ["OF-CC", "officer", 12, 72, "nothing", "", ""],
    ];
    const rejected = await upload(await xlsxFile(rows));
    expect(rejected).toMatchObject({ ok: true, data: { status: "rejected", issues: [{ row: 3, column: "pressure", code: "not_an_option" }] } });
    expect(await paperCount()).toBe(before);

    rows[1][4] = "none";
    expect(await upload(await xlsxFile(rows))).toEqual({ ok: true, data: { status: "imported", count: 2 } });
    expect(await paperCount()).toBe(before + 2);
  });

  it("keeps nothing when storing fails half-way through a valid file (one transaction)", async () => {
    const before = await paperCount();
    const answers = await db.answer.count();
    session.failStoreAt = 3;
    // The action logs the unexpected failure, as it should; here that log is the expected outcome.
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await upload(csvFile(["PS-MK,,10,50,work,,a", "PS-MK,,10,50,work,,b", "PS-MK,,10,50,work,,c", "PS-MK,,10,50,work,,d"]));
    expect(result).toMatchObject({ ok: false, code: "unexpected" });
    expect(session.stored).toBe(3);
    expect(logged).toHaveBeenCalledWith("Unexpected error in action:", expect.any(Error));
    expect(await paperCount()).toBe(before);
    expect(await db.answer.count()).toBe(answers);
  });

  it("refuses rows for a unit outside the lead's group, whether by code or by id", async () => {
    const before = await paperCount();
    const result = await upload(csvFile(["PS-MK,,10,50,work,,", "PS-XM,,10,50,work,,"]));
    expect(result).toEqual({
      ok: true,
      data: { status: "rejected", more: 0, issues: [{ row: 3, column: "unit", code: "unit_not_yours", params: { value: "PS-XM" } }] },
    });
    const typed = await enterPaperSheetAction({ versionId, unitId: await unitIdByCode("PS-XM"), answers: { hours_day: "10", pressure: "work" } });
    expect(typed).toMatchObject({ ok: false, code: "not_found" });
    expect(await paperCount()).toBe(before);

    // The same file is fine for Group 2's lead, whose scope the server reads from the session.
    await signInAs("lead2@demo.local");
    expect(await upload(csvFile(["PS-XM,,10,50,work,,"]))).toEqual({ ok: true, data: { status: "imported", count: 1 } });
  });

  it("explains a file it cannot use", async () => {
    expect(await upload(new File(["a"], "sheets.ods"))).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { file: ["fileType"] } });
    expect(await upload(new File(["not a zip"], "sheets.xlsx"))).toEqual({ ok: true, data: { status: "file_problem", code: "unreadable_file" } });
    expect(await upload(csvFile([]))).toMatchObject({ ok: true, data: { status: "rejected", issues: [{ code: "file_empty" }] } });
  });
});

describe("typing in one paper sheet", () => {
  it("saves a valid sheet for the lead's unit and refuses an invalid one without saving", async () => {
    const before = await paperCount();
    const unitId = await unitIdByCode("SQ-NG");
    expect(await enterPaperSheetAction({ versionId, unitId, answers: { hours_day: "13", pressure: "work", shortages: ["funds"] } })).toEqual({ ok: true, data: { status: "saved" } });
    expect(await paperCount()).toBe(before + 1);
    const saved = await db.response.findFirstOrThrow({ where: { source: "PAPER", unitId }, select: { receiptKey: true } });
    expect(saved.receiptKey).toBeNull();

    expect(await enterPaperSheetAction({ versionId, unitId, answers: { hours_day: "99" } })).toEqual({
      ok: true,
      data: { status: "invalid", issues: [{ key: "hours_day", code: "out_of_range", min: 0, max: 24 }, { key: "pressure", code: "required" }] },
    });
    expect(await enterPaperSheetAction({ versionId, unitId: "", answers: {} })).toMatchObject({ ok: false, fieldErrors: { unitId: ["unitRequired"] } });
    expect(await paperCount()).toBe(before + 1);
  });

  it("is only for roles with paper entry", async () => {
    await signInAs("head@demo.local");
    const before = await paperCount();
    expect(await enterPaperSheetAction({ versionId, unitId: await unitIdByCode("PS-MK"), answers: { hours_day: "13", pressure: "work" } })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await upload(csvFile(["PS-MK,,10,50,work,,"]))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await paperCount()).toBe(before);
  });
});
