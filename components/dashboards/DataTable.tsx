"use client";

import { CsvDownloadLink } from "@/components/report/CsvDownloadLink";
import { Table } from "@/components/ui/Page";

// A dashboard table, rendered from rows of already formatted strings. It is a client component
// for what crosses the wire, not for interactivity: a server component's table reaches the
// browser twice, as HTML and as every cell's element in the React payload, while here the payload
// carries only the strings. A dashboard has about 700 cells; this halved the page's payload.

export type TableCell = string | { text: string; href: string };

export type DataTableProps = {
  head: string[];
  rows: TableCell[][];
  /** data-testid of each body row. */
  rowTestId?: string;
  /** Per row: how deep the first cell's unit sits in the tree (indents it). */
  depths?: number[];
};

// Cells and links are styled once, from the table.
const CELLS =
  "[&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_a]:text-brand-700 [&_a]:underline-offset-2 [&_a:hover]:underline";

export function DataTable({ head, rows, rowTestId, depths }: DataTableProps) {
  return (
    <>
      <Table head={head} cellClassName={CELLS}>
        {rows.map((cells, i) => (
          <tr key={i} data-testid={rowTestId}>
            {cells.map((cell, k) => (
              <td key={k} style={k === 0 && depths?.[i] ? { paddingLeft: `${0.75 + depths[i] * 1.25}rem` } : undefined}>
                {typeof cell === "string" ? cell : <a href={cell.href}>{cell.text}</a>}
              </td>
            ))}
          </tr>
        ))}
      </Table>
      <CsvDownloadLink head={head} rows={rows} />
    </>
  );
}
