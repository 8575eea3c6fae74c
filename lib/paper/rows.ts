// From a table of cells to validated paper responses, or a list of every problem with its row and
// column. Each row goes through lib/surveys/answers.ts checkAnswers, the same check as the survey.
import { checkAnswers, MAX_TEXT_LENGTH, type Profile, type RawAnswers, type StoredAnswer } from "@/lib/surveys/answers";
import { allQuestions, type QuestionnaireView, type QuestionView } from "@/lib/surveys/structure";

export const UNIT_COLUMN = "unit";
/** Several choices in one cell: "vehicles;radios" (the Chinese full-width ； is accepted too). */
export const MULTI_SEPARATOR = ";";
const MAX_ISSUES = 1_000;

type RowIssueCode =
  | "file_empty"
  | "missing_column"
  | "unknown_column"
  | "duplicate_column"
  | "unnamed_column"
  | "unit_required"
  | "unit_not_yours"
  | "required"
  | "unknown_question"
  | "not_a_number"
  | "out_of_range"
  | "not_an_option"
  | "too_long"
  | "bad_characters";

/** `row` is the spreadsheet's own row number: the header is row 1, the first sheet row 2. */
export type RowIssue = { row: number; column: string; code: RowIssueCode; params?: Record<string, string | number> };
export type PaperRecord = { row: number; unitId: string; answers: StoredAnswer[]; profile: Profile };
export type TableCheck = { ok: true; records: PaperRecord[] } | { ok: false; issues: RowIssue[]; more: number };

/** Unit codes compare without regard to case or surrounding spaces. */
export const unitCodeKey = (code: string) => code.trim().toUpperCase();

function headerIssues(header: string[], rows: string[][], questions: QuestionView[]): RowIssue[] {
  const keys = new Set(questions.map((q) => q.key));
  const issues: RowIssue[] = [];
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === "") {
      if (rows.some((row) => (row[index] ?? "") !== "")) issues.push({ row: 1, column: `#${index + 1}`, code: "unnamed_column" });
      return;
    }
    if (seen.has(name)) issues.push({ row: 1, column: name, code: "duplicate_column" });
    else if (name !== UNIT_COLUMN && !keys.has(name)) issues.push({ row: 1, column: name, code: "unknown_column" });
    seen.add(name);
  });
  if (!seen.has(UNIT_COLUMN)) issues.push({ row: 1, column: UNIT_COLUMN, code: "missing_column" });
  // Optional questions may be left out of a file; required ones may not.
  for (const q of questions) if (q.required && !seen.has(q.key)) issues.push({ row: 1, column: q.key, code: "missing_column" });
  return issues;
}

function cellValue(q: QuestionView, cell: string): unknown {
  if (cell === "") return undefined;
  if (q.type === "MULTI_CHOICE") return cell.split(/[;；]/).map((v) => v.trim().toLowerCase()).filter(Boolean);
  if (q.type === "SINGLE_CHOICE") return cell.toLowerCase();
  return cell;
}

const shown = (cell: string) => (cell.length > 40 ? `${cell.slice(0, 40)}…` : cell);

function issueParams(q: QuestionView | undefined, code: RowIssueCode, cell: string, min?: number | null, max?: number | null): RowIssue["params"] {
  switch (code) {
    case "not_an_option":
      return { value: shown(cell), allowed: (q?.options ?? []).map((o) => o.value).join(", ") };
    case "not_a_number":
      return { value: shown(cell) };
    case "out_of_range":
      return { value: shown(cell), min: min ?? "–", max: max ?? "–" };
    case "too_long":
      return { max: max ?? MAX_TEXT_LENGTH };
    default:
      return undefined;
  }
}

/**
 * Checks every row of a table whose first row names the columns (question keys and `unit`).
 * `units` maps the caller's allowed unit codes (see unitCodeKey) to unit ids: a code outside it is
 * refused with the same words whether it exists elsewhere or not.
 */
export function checkTable(view: QuestionnaireView, table: string[][], units: ReadonlyMap<string, string>): TableCheck {
  const questions = allQuestions(view);
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const [rawHeader, ...rows] = table;
  const header = (rawHeader ?? []).map((h) => h.trim().toLowerCase());
  const dataRows = rows.map((cells, index) => ({ cells, row: index + 2 })).filter(({ cells }) => cells.some((c) => c.trim() !== ""));
  if (header.length === 0 || dataRows.length === 0) return { ok: false, issues: [{ row: 1, column: "", code: "file_empty" }], more: 0 };
  // Header problems are reported first, and the rows are still checked, so one upload shows
  // everything to fix. A missing column is reported once, not again on every row.
  const issues: RowIssue[] = headerIssues(header, rows, questions);
  const missing = new Set(issues.filter((i) => i.code === "missing_column").map((i) => i.column));
  const unitIndex = header.indexOf(UNIT_COLUMN);
  const records: PaperRecord[] = [];
  for (const { cells, row } of dataRows) {
    const cell = (index: number) => (cells[index] ?? "").trim();
    const rowIssues: RowIssue[] = [];
    const unitCell = unitIndex < 0 ? "" : cell(unitIndex);
    const unitId = units.get(unitCodeKey(unitCell));
    if (unitIndex >= 0 && unitCell === "") rowIssues.push({ row, column: UNIT_COLUMN, code: "unit_required" });
    else if (unitIndex >= 0 && !unitId) rowIssues.push({ row, column: UNIT_COLUMN, code: "unit_not_yours", params: { value: shown(unitCell) } });

    const raw: RawAnswers = {};
    const cellOf = new Map<string, string>();
    header.forEach((name, index) => {
      const q = byKey.get(name);
      // A repeated column counts once (its first occurrence); the header issue names the repeat.
      if (!q || header.indexOf(name) !== index) return;
      cellOf.set(name, cell(index));
      const value = cellValue(q, cell(index));
      if (value !== undefined) raw[name] = value;
    });
    const check = checkAnswers(view, raw);
    if (!check.ok) {
      for (const issue of check.issues) {
        if (missing.has(issue.key)) continue;
        const min = issue.code === "out_of_range" ? issue.min : null;
        const max = issue.code === "out_of_range" || issue.code === "too_long" ? issue.max : null;
        const params = issueParams(byKey.get(issue.key), issue.code, cellOf.get(issue.key) ?? "", min, max);
        rowIssues.push({ row, column: issue.key, code: issue.code, ...(params ? { params } : {}) });
      }
    }
    if (rowIssues.length > 0) issues.push(...rowIssues);
    else if (check.ok && unitId) records.push({ row, unitId, answers: check.answers, profile: check.profile });
  }
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_ISSUES), more: Math.max(0, issues.length - MAX_ISSUES) };
  return { ok: true, records };
}
