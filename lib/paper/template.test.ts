import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readCsv, readXlsx } from "@/lib/paper/parse";
import { checkTable } from "@/lib/paper/rows";
import { allowedText, templateColumns, templateCsv, templateXlsx, type TemplateWords } from "@/lib/paper/template";
import { FIXTURE_UNITS, FIXTURE_VIEW } from "@/tests/fixtures/paper/view";
import en from "@/messages/en/paper.json";

const words = en.template as unknown as TemplateWords;
const units = [...FIXTURE_UNITS.keys()].map((code) => ({ code, name: `Unit ${code}` }));

describe("paper templates", () => {
  it("names the unit column, then every question key in order", () => {
    expect(templateColumns(FIXTURE_VIEW)).toEqual(["unit", "role_level", "hours_week", "pressure", "shortages", "backing", "work_text"]);
  });

  it("writes a CSV whose header the import accepts", () => {
    const csv = templateCsv(FIXTURE_VIEW);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = readCsv(new TextEncoder().encode(`${csv}PS-MK,,12,work,,,\r\n`));
    expect(rows[0]).toEqual(templateColumns(FIXTURE_VIEW));
    expect(checkTable(FIXTURE_VIEW, rows, FIXTURE_UNITS).ok).toBe(true);
  });

  it("writes an XLSX: header row first, a sheet explaining each column, the allowed unit codes", async () => {
    const file = await templateXlsx(FIXTURE_VIEW, units, words);
    expect(await readXlsx(file)).toEqual([templateColumns(FIXTURE_VIEW)]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([words.sheetResponses, words.sheetColumns, words.sheetUnits]);
    const explained = workbook.worksheets[1].getSheetValues().slice(2).map((row) => (row as unknown[]).slice(1));
    expect(explained.map((r) => r[0])).toEqual(templateColumns(FIXTURE_VIEW));
    const shortages = explained.find((r) => r[0] === "shortages")!;
    expect(shortages[1]).toBe("shortages");
    expect(shortages[4]).toContain("vehicles = Vehicles");
    expect(shortages[4]).toContain(";");
    expect(explained.find((r) => r[0] === "hours_week")![4]).toContain("0");
    expect(explained.find((r) => r[0] === "hours_week")![4]).toContain("168");
    expect(explained.find((r) => r[0] === "hours_week")![3]).toBe(words.yes);
    expect(workbook.worksheets[2].getSheetValues().slice(2).map((row) => (row as unknown[])[1])).toEqual(["PS-MK", "BR-NG"]);
  });

  it("describes each type's allowed values", () => {
    const [, hours, pressure, , backing, text] = FIXTURE_VIEW.sections[0].questions;
    expect(allowedText(hours, words)).toMatch(/0.*168.*hours/);
    expect(allowedText(pressure, words)).toContain("work = Workload; none = None");
    expect(allowedText(backing, words)).toContain("1");
    expect(allowedText(text, words)).toContain("4000");
  });
});
