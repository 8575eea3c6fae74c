import "server-only";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { readTable } from "@/lib/paper/parse";
import { checkUnitTable, codeKey, UNIT_COLUMNS, type UnitIssue } from "@/lib/units/import-rows";
import { UNIT_TYPES } from "@/lib/units/tree";

// Importing a unit tree from CSV or XLSX, all or nothing, like the paper import: the file is read
// with the paper import's reader, every row checked, and the units created in one transaction.

export type UnitImportResult =
  | { status: "imported"; count: number }
  | { status: "rejected"; issues: UnitIssue[]; more: number }
  | { status: "file_problem"; code: "unsupported_file" | "unreadable_file" | "too_many_rows" };

export async function importUnitTree(actorId: string, fileName: string, bytes: Uint8Array): Promise<UnitImportResult> {
  const table = await readTable(fileName, bytes);
  if (!table.ok) return { status: "file_problem", code: table.code };
  return db.$transaction(
    async (tx) => {
      // The same lock as moves: the codes checked here cannot change before the rows go in.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(74726565)`;
      const existing = await tx.unit.findMany({ select: { id: true, code: true } });
      const ids = new Map(existing.map((u) => [codeKey(u.code), u.id]));
      const check = checkUnitTable(table.rows, new Set(ids.keys()));
      if (!check.ok) return { status: "rejected" as const, issues: check.issues, more: check.more };
      for (const r of check.records) {
        const parentId = r.parentCode ? ids.get(codeKey(r.parentCode))! : null;
        const unit = await tx.unit.create({ data: { code: r.code, name: r.name, nameZh: r.nameZh, type: r.type, parentId }, select: { id: true } });
        ids.set(codeKey(r.code), unit.id);
      }
      await recordAudit(tx, { actorId, action: "unit.import", targetType: "Unit", targetId: null, after: { count: check.records.length, codes: check.records.map((r) => r.code) } });
      return { status: "imported" as const, count: check.records.length };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/** The empty template: the header row, plus (XLSX) a sheet listing the allowed unit types. */
export function unitTemplateCsv(): string {
  return "\uFEFF" + Papa.unparse([[...UNIT_COLUMNS]]) + "\r\n";
}

export async function unitTemplateXlsx(words: { sheetUnits: string; sheetTypes: string; type: string; meaning: string; types: Record<string, string> }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const units = workbook.addWorksheet(words.sheetUnits);
  units.addRow([...UNIT_COLUMNS]).font = { bold: true };
  units.columns.forEach((c) => (c.width = 24));
  const types = workbook.addWorksheet(words.sheetTypes);
  types.addRow([words.type, words.meaning]).font = { bold: true };
  for (const type of UNIT_TYPES) types.addRow([type, words.types[type] ?? type]);
  types.columns.forEach((c) => (c.width = 28));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
