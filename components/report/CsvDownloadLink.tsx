"use client";
import { createContext, useContext } from "react";
import { toCsv } from "@/lib/exports/csv";

/**
 * The link's words, given by the server component around the table (ChartCard through
 * TableDetails), so the dashboards need no translation runtime in the browser.
 */
export const CsvLabel = createContext("CSV");

// "Download CSV" under a dashboard table: the file is built in the browser from exactly the rows
// the table shows (already protected and formatted), so it can never hold more than the screen.
export function CsvDownloadLink({
  head,
  rows,
  name = "table",
}: {
  head: string[];
  rows: (string | { text: string })[][];
  name?: string;
}) {
  const label = useContext(CsvLabel);
  function download() {
    const csv = toCsv({
      name,
      header: head,
      rows: rows.map((r) => r.map((c) => (typeof c === "string" ? c : c.text))),
    });
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `${name}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  }
  return (
    <button
      type="button"
      onClick={download}
      className="no-print mt-1 text-xs text-brand-700 underline"
      data-testid="csv-download"
    >
      {label}
    </button>
  );
}
