import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { decodeCsv, readCsv, readTable, readXlsx } from "@/lib/paper/parse";
import { checkTable } from "@/lib/paper/rows";
import { FIXTURE_UNITS, FIXTURE_VIEW } from "@/tests/fixtures/paper/view";

const bytes = (text: string) => new TextEncoder().encode(text);

async function xlsx(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("responses");
  for (const row of rows) sheet.addRow(row);
  workbook.addWorksheet("columns").addRow(["ignored", "second sheet"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const HEADER = "unit,role_level,hours_week,pressure,shortages,backing,work_text";

describe("reading files", () => {
  it("reads CSV with quotes, a byte-order mark and a trailing newline", () => {
    const rows = readCsv(bytes(`\uFEFF${HEADER}\r\nPS-MK,officer,84,work,"vehicles;radios",2,"Too many, far too many reports"\r\n`));
    expect(rows).toEqual([HEADER.split(","), ["PS-MK", "officer", "84", "work", "vehicles;radios", "2", "Too many, far too many reports"]]);
  });

  it("reads a CSV that Excel saved in GB18030 on a Chinese Windows", () => {
    // "加班" (overtime) in GB18030 is BC D3 B0 E0: not valid UTF-8.
    const gb = new Uint8Array([...bytes("unit,work_text\r\nPS-MK,"), 0xbc, 0xd3, 0xb0, 0xe0, 0x0d, 0x0a]);
    expect(decodeCsv(gb)).toContain("加班");
    expect(readCsv(gb)[1]).toEqual(["PS-MK", "加班"]);
  });

  it("reads the first worksheet of an XLSX, numbers as text", async () => {
    const file = await xlsx([HEADER.split(","), ["PS-MK", "officer", 84.5, "work", "funds", 4, "Text"]]);
    const rows = await readXlsx(file);
    expect(rows).toEqual([HEADER.split(","), ["PS-MK", "officer", "84.5", "work", "funds", "4", "Text"]]);
  });

  it("tells an unsupported or broken file apart", async () => {
    expect(await readTable("sheets.ods", bytes("x"))).toEqual({ ok: false, code: "unsupported_file" });
    expect(await readTable("sheets.xlsx", bytes("not a zip"))).toEqual({ ok: false, code: "unreadable_file" });
    const ok = await readTable("Sheets.XLSX", await xlsx([["unit"], ["PS-MK"]]));
    expect(ok).toEqual({ ok: true, rows: [["unit"], ["PS-MK"]] });
  });
});

describe("checking rows", () => {
  const table = (...lines: string[]) => readCsv(bytes([HEADER, ...lines].join("\n")));

  it("accepts good rows and turns cells into stored answers", () => {
    const result = checkTable(FIXTURE_VIEW, table("ps-mk,prefer_not,84,Work,vehicles; radios ;,3,", "BR-NG,,40,none,,,"), FIXTURE_UNITS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records).toHaveLength(2);
    const [first] = result.records;
    expect(first).toMatchObject({ row: 2, unitId: "unit-mk", profile: { roleLevel: null } });
    expect(first.answers.find((a) => a.key === "hours_week")?.numberValue).toBe(84);
    expect(first.answers.find((a) => a.key === "pressure")?.choices).toEqual(["work"]);
    expect(first.answers.find((a) => a.key === "shortages")?.choices).toEqual(["vehicles", "radios"]);
    expect(first.answers.find((a) => a.key === "backing")?.numberValue).toBe(3);
  });

  it("reports every bad row with its spreadsheet row number, column and reason", () => {
    const result = checkTable(
      FIXTURE_VIEW,
      table("PS-MK,officer,84,work,,,", "PS-XM,officer,200,work,boats,7,", ",,abc,,,,", "", "PS-MK,,12,work,,,"),
      FIXTURE_UNITS,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { row: 3, column: "unit", code: "unit_not_yours", params: { value: "PS-XM" } },
      { row: 3, column: "hours_week", code: "out_of_range", params: { value: "200", min: 0, max: 168 } },
      { row: 3, column: "shortages", code: "not_an_option", params: { value: "boats", allowed: "vehicles, radios, funds" } },
      { row: 3, column: "backing", code: "out_of_range", params: { value: "7", min: 1, max: 5 } },
      { row: 4, column: "unit", code: "unit_required" },
      { row: 4, column: "hours_week", code: "not_a_number", params: { value: "abc" } },
      { row: 4, column: "pressure", code: "required" },
    ]);
  });

  it("reports header problems once, before the rows, and still checks the rows", () => {
    const result = checkTable(FIXTURE_VIEW, readCsv(bytes("unit,hours_week,colour\nPS-MK,500,red\nPS-MK,40,blue")), FIXTURE_UNITS);
    expect(result).toEqual({
      ok: false,
      more: 0,
      issues: [
        { row: 1, column: "colour", code: "unknown_column" },
        { row: 1, column: "pressure", code: "missing_column" },
        { row: 2, column: "hours_week", code: "out_of_range", params: { value: "500", min: 0, max: 168 } },
      ],
    });
  });

  it("names every header problem", () => {
    const result = checkTable(FIXTURE_VIEW, readCsv(bytes("role_level,Hours_Week,hours_week,colour\nofficer,1,1,red")), FIXTURE_UNITS);
    expect(result).toEqual({
      ok: false,
      more: 0,
      issues: [
        { row: 1, column: "hours_week", code: "duplicate_column" },
        { row: 1, column: "colour", code: "unknown_column" },
        { row: 1, column: "unit", code: "missing_column" },
        { row: 1, column: "pressure", code: "missing_column" },
      ],
    });
  });

  it("allows optional columns to be left out but not data under a nameless column", () => {
    expect(checkTable(FIXTURE_VIEW, readCsv(bytes("unit,hours_week,pressure\nPS-MK,10,work")), FIXTURE_UNITS).ok).toBe(true);
    const unnamed = checkTable(FIXTURE_VIEW, readCsv(bytes("unit,hours_week,pressure,\nPS-MK,10,work,surprise")), FIXTURE_UNITS);
    expect(unnamed).toMatchObject({ ok: false, issues: [{ row: 1, column: "#4", code: "unnamed_column" }] });
  });

  it("refuses a file without data rows", () => {
    expect(checkTable(FIXTURE_VIEW, readCsv(bytes(`${HEADER}\n,,,,,,\n`)), FIXTURE_UNITS)).toMatchObject({ ok: false, issues: [{ code: "file_empty" }] });
    expect(checkTable(FIXTURE_VIEW, [], FIXTURE_UNITS)).toMatchObject({ ok: false, issues: [{ code: "file_empty" }] });
  });
});
