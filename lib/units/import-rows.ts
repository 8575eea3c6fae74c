// Checking a unit-tree file (CSV or XLSX, read by lib/paper/parse) before anything is written:
// every row is checked, every problem reported with its row and column, and the rows come back in
// an order where each parent precedes its children. Pure, so unit tests cover it.
import { UNIT_TYPES, type UnitTypeName } from "@/lib/units/tree";

export const UNIT_COLUMNS = ["code", "name", "name_zh", "type", "parent_code"] as const;
export const MAX_CODE_LENGTH = 40;
export const MAX_NAME_LENGTH = 120;
const MAX_ISSUES = 50;

type UnitIssueCode =
  | "file_empty"
  | "missing_column"
  | "unknown_column"
  | "code_required"
  | "code_too_long"
  | "code_duplicate"
  | "code_exists"
  | "name_required"
  | "name_too_long"
  | "type_unknown"
  | "parent_unknown"
  | "parent_loop";

export type UnitIssue = { row: number; column: string; code: UnitIssueCode; params?: Record<string, string | number> };
type UnitRecord = { row: number; code: string; name: string; nameZh: string; type: UnitTypeName; parentCode: string | null };
export type UnitTableCheck = { ok: true; records: UnitRecord[] } | { ok: false; issues: UnitIssue[]; more: number };

/** Unit codes compare without regard to case or surrounding spaces, as in the paper import. */
export const codeKey = (code: string) => code.trim().toUpperCase();

/**
 * `existing`: codes already in the database (keys by codeKey), which rows may name as parents but
 * may not create again. Row numbers are spreadsheet rows (the header is row 1).
 */
export function checkUnitTable(rows: string[][], existing: ReadonlySet<string>): UnitTableCheck {
  const issues: UnitIssue[] = [];
  if (rows.length < 2) return { ok: false, issues: [{ row: 1, column: "", code: "file_empty" }], more: 0 };
  const header = rows[0].map((h) => h.trim().toLowerCase());
  for (const column of UNIT_COLUMNS) if (!header.includes(column)) issues.push({ row: 1, column, code: "missing_column" });
  header.forEach((name, i) => {
    if (name !== "" && !(UNIT_COLUMNS as readonly string[]).includes(name)) issues.push({ row: 1, column: rows[0][i], code: "unknown_column" });
  });
  if (issues.length > 0) return { ok: false, issues, more: 0 };
  const cell = (row: string[], column: string) => (row[header.indexOf(column)] ?? "").trim();

  const records: UnitRecord[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((row, index) => {
    const rowNumber = index + 2;
    if (row.every((c) => c.trim() === "")) return;
    const code = cell(row, "code");
    const name = cell(row, "name");
    const nameZh = cell(row, "name_zh");
    const type = cell(row, "type").toUpperCase();
    const parentCode = cell(row, "parent_code");
    const before = issues.length;
    if (!code) issues.push({ row: rowNumber, column: "code", code: "code_required" });
    else if (code.length > MAX_CODE_LENGTH) issues.push({ row: rowNumber, column: "code", code: "code_too_long", params: { max: MAX_CODE_LENGTH } });
    else if (seen.has(codeKey(code))) issues.push({ row: rowNumber, column: "code", code: "code_duplicate", params: { code, row: seen.get(codeKey(code))! } });
    else if (existing.has(codeKey(code))) issues.push({ row: rowNumber, column: "code", code: "code_exists", params: { code } });
    if (code) seen.set(codeKey(code), seen.get(codeKey(code)) ?? rowNumber);
    for (const [column, value] of [["name", name], ["name_zh", nameZh]] as const) {
      if (!value) issues.push({ row: rowNumber, column, code: "name_required" });
      else if (value.length > MAX_NAME_LENGTH) issues.push({ row: rowNumber, column, code: "name_too_long", params: { max: MAX_NAME_LENGTH } });
    }
    if (!(UNIT_TYPES as readonly string[]).includes(type)) issues.push({ row: rowNumber, column: "type", code: "type_unknown", params: { value: cell(row, "type"), allowed: UNIT_TYPES.join(", ") } });
    if (issues.length === before) records.push({ row: rowNumber, code, name, nameZh, type: type as UnitTypeName, parentCode: parentCode || null });
  });
  if (issues.length === 0 && records.length === 0) issues.push({ row: 1, column: "", code: "file_empty" });

  // Parents: an existing unit or another row of the file; rows whose chain never reaches a root
  // or an existing unit form a loop.
  const byCode = new Map(records.map((r) => [codeKey(r.code), r]));
  for (const r of records) {
    if (r.parentCode && !byCode.has(codeKey(r.parentCode)) && !existing.has(codeKey(r.parentCode))) {
      issues.push({ row: r.row, column: "parent_code", code: "parent_unknown", params: { code: r.parentCode } });
    }
  }
  const ordered: UnitRecord[] = [];
  if (issues.length === 0) {
    const placed = new Set<string>();
    let progress = true;
    while (progress && ordered.length < records.length) {
      progress = false;
      for (const r of records) {
        const key = codeKey(r.code);
        if (placed.has(key)) continue;
        const parent = r.parentCode ? codeKey(r.parentCode) : null;
        if (!parent || existing.has(parent) || placed.has(parent)) {
          ordered.push(r);
          placed.add(key);
          progress = true;
        }
      }
    }
    for (const r of records) if (!placed.has(codeKey(r.code))) issues.push({ row: r.row, column: "parent_code", code: "parent_loop", params: { code: r.parentCode ?? "" } });
  }
  if (issues.length > 0) {
    issues.sort((a, b) => a.row - b.row);
    return { ok: false, issues: issues.slice(0, MAX_ISSUES), more: Math.max(0, issues.length - MAX_ISSUES) };
  }
  return { ok: true, records: ordered };
}
