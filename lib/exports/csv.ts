// CSV of a table. Pure and free of Node modules: the dashboards' "Download CSV" link builds its
// file in the browser from the rows it shows.
export type Table = { name: string; header: string[]; rows: (string | number)[][] };

/** RFC 4180 CSV with a byte-order mark, so Excel opens Chinese text correctly. */
export function toCsv(table: Table): string {
  const cell = (v: string | number) => {
    const s = String(v);
    // A leading = + - @ would be run as a formula by spreadsheet programs.
    const safe = /^[=+\-@]/.test(s) && typeof v === "string" ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return "\uFEFF" + [table.header, ...table.rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
