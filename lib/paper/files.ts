// What files the paper import takes. Kept apart from parse.ts so client forms can check a file
// before upload without bundling the spreadsheet libraries.
export const MAX_FILE_BYTES = 900_000; // under the 1 MB server-action body limit, with room for the form
export const MAX_DATA_ROWS = 5_000;

export type FileKind = "csv" | "xlsx";

export function fileKind(name: string): FileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".xlsx")) return "xlsx";
  return null;
}
