// Template files for typing paper questionnaires into a spreadsheet: a header row of column keys
// (`unit`, then every question key in questionnaire order). The XLSX adds a sheet explaining each
// column and a sheet of the unit codes the downloader may use.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { MAX_TEXT_LENGTH } from "@/lib/surveys/answers";
import { allQuestions, type QuestionnaireView, type QuestionView } from "@/lib/surveys/structure";
import { MULTI_SEPARATOR, UNIT_COLUMN } from "@/lib/paper/rows";

const TEMPLATE_ROWS = 1_000; // rows that get drop-down lists in the XLSX

/** Words for the explanation sheet, in the downloader's interface language. */
export type TemplateWords = {
  sheetResponses: string;
  sheetColumns: string;
  sheetUnits: string;
  column: string;
  question: string;
  type: string;
  required: string;
  allowed: string;
  yes: string;
  no: string;
  unitPrompt: string;
  unitAllowed: string;
  code: string;
  name: string;
  types: Record<QuestionView["type"], string>;
  /** e.g. "one of: {values}" — placeholders are filled here. */
  single: string;
  multi: string;
  likert: string;
  number: string;
  text: string;
};

export function templateColumns(view: QuestionnaireView): string[] {
  return [UNIT_COLUMN, ...allQuestions(view).map((q) => q.key)];
}

/** UTF-8 with a byte-order mark, so Excel opens Chinese text correctly. */
export function templateCsv(view: QuestionnaireView): string {
  return `\uFEFF${Papa.unparse([templateColumns(view)])}\r\n`;
}

const fill = (pattern: string, values: Record<string, string | number>) =>
  pattern.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));

export function allowedText(q: QuestionView, words: TemplateWords): string {
  const values = q.options.map((o) => `${o.value} = ${o.label}`).join("; ");
  switch (q.type) {
    case "SINGLE_CHOICE":
      return fill(words.single, { values });
    case "MULTI_CHOICE":
      return fill(words.multi, { values, separator: MULTI_SEPARATOR });
    case "LIKERT":
      return fill(words.likert, { values });
    case "NUMBER":
      return fill(words.number, { min: q.minValue ?? "–", max: q.maxValue ?? "–", unit: q.numberUnit ?? "" });
    case "TEXT":
      return fill(words.text, { max: MAX_TEXT_LENGTH });
  }
}

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

// Excel limits a literal drop-down list to 255 characters.
function listValidation(values: string[]): ExcelJS.DataValidation | null {
  const list = values.join(",");
  if (list.length > 250) return null;
  return { type: "list", allowBlank: true, formulae: [`"${list}"`] };
}

export async function templateXlsx(view: QuestionnaireView, units: { code: string; name: string }[], words: TemplateWords): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const questions = allQuestions(view);

  const responses = workbook.addWorksheet(words.sheetResponses, { views: [{ state: "frozen", ySplit: 1 }] });
  responses.addRow(templateColumns(view));
  responses.getRow(1).font = { bold: true };
  responses.columns.forEach((column) => (column.width = 16));
  const validations: [number, ExcelJS.DataValidation | null][] = [
    [0, listValidation(units.map((u) => u.code))],
    ...questions.map((q, i): [number, ExcelJS.DataValidation | null] => {
      if (q.type === "SINGLE_CHOICE" || q.type === "LIKERT") return [i + 1, listValidation(q.options.map((o) => o.value))];
      if (q.type === "NUMBER" && q.minValue !== null && q.maxValue !== null) {
        return [i + 1, { type: "decimal", operator: "between", allowBlank: true, formulae: [q.minValue, q.maxValue] }];
      }
      return [i + 1, null];
    }),
  ];
  // exceljs has range validations at run time but not in its type declarations.
  const ranges = (responses as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const [index, validation] of validations) {
    if (!validation) continue;
    const letter = columnLetter(index);
    ranges.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, validation);
  }

  const columns = workbook.addWorksheet(words.sheetColumns, { views: [{ state: "frozen", ySplit: 1 }] });
  columns.columns = [
    { header: words.column, width: 20 },
    { header: words.question, width: 60 },
    { header: words.type, width: 16 },
    { header: words.required, width: 10 },
    { header: words.allowed, width: 70 },
  ];
  columns.getRow(1).font = { bold: true };
  columns.addRow([UNIT_COLUMN, words.unitPrompt, "", words.yes, words.unitAllowed]);
  for (const q of questions) {
    columns.addRow([q.key, q.prompt, words.types[q.type], q.required ? words.yes : words.no, allowedText(q, words)]);
  }
  columns.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  columns.getColumn(5).alignment = { wrapText: true, vertical: "top" };

  const unitSheet = workbook.addWorksheet(words.sheetUnits);
  unitSheet.columns = [
    { header: words.code, width: 14 },
    { header: words.name, width: 40 },
  ];
  unitSheet.getRow(1).font = { bold: true };
  for (const unit of units) unitSheet.addRow([unit.code, unit.name]);

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
