"use client";
import { useState } from "react";
import { CsvLabel } from "@/components/report/CsvDownloadLink";

// The table under a chart, put into the page only once opened: a dashboard's tables were about
// half of its 3,500 elements while closed. The charts carry every figure as text, so a reader
// without JavaScript loses no figure, only the table layout and its CSV download. csvLabel names the
// tables' CSV download (the server's words: no translation runtime in the browser).
export function TableDetails({ summary, csvLabel, children }: { summary: string; csvLabel: string; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-3 text-sm" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-brand-700">{summary}</summary>
      {open ? (
        <div className="mt-2">
          <CsvLabel value={csvLabel}>{children}</CsvLabel>
        </div>
      ) : null}
    </details>
  );
}
