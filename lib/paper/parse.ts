// Reading an uploaded paper-questionnaire file (CSV or XLSX) into a plain table of text cells.
// Pure apart from the libraries: the import, the template tests and the unit tests share it.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { fileKind, MAX_DATA_ROWS } from "@/lib/paper/files";

export type TableRead = { ok: true; rows: string[][] } | { ok: false; code: "unsupported_file" | "unreadable_file" | "too_many_rows" };

/**
 * CSV bytes to text. UTF-8 first (our template, "CSV UTF-8" from Excel); if that is not valid
 * UTF-8, GB18030, which is what Excel on a Chinese Windows writes for plain "CSV".
 */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("gb18030").decode(bytes);
  }
  return text.replace(/^\uFEFF/, "");
}

export function readCsv(bytes: Uint8Array): string[][] {
  const parsed = Papa.parse<string[]>(decodeCsv(bytes), { skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map((cell) => (cell ?? "").trim()));
  // papaparse returns a last [""] row for a trailing newline.
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === "")) rows.pop();
  return rows;
}

/** The first worksheet's cells as displayed text (formula results, rich text flattened). */
export async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c)).trim());
    rows.push(cells);
  }
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === "")) rows.pop();
  return rows;
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  try {
    return cell.text ?? "";
  } catch {
    return "";
  }
}

export async function readTable(name: string, bytes: Uint8Array): Promise<TableRead> {
  const kind = fileKind(name);
  if (!kind) return { ok: false, code: "unsupported_file" };
  let rows: string[][];
  try {
    rows = kind === "csv" ? readCsv(bytes) : await readXlsx(bytes);
  } catch {
    return { ok: false, code: "unreadable_file" };
  }
  if (rows.length - 1 > MAX_DATA_ROWS) return { ok: false, code: "too_many_rows" };
  return { ok: true, rows };
}
