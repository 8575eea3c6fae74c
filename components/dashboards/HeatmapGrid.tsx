"use client";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import { evidenceHref } from "@/lib/dashboards/links";
import type { Figure } from "@/lib/dashboards/types";
import { HIDDEN_CELL, heatCell } from "@/components/dashboards/heat-colors";

// The category x unit grid, drawn from compact rows. A client component for what crosses the wire,
// not for interactivity: as server-rendered elements, its ~150 linked cells (class, colour, link,
// label) were a third of the dashboard page's bytes at 1.7 million answers, sent as HTML and again
// in the React payload. Here the payload carries the figures, and the links are built in render.

type HeatmapRow = {
  unitId: string;
  name: string;
  depth: number;
  /** Per category, the figure (null: hidden) and its formatted text. */
  values: Figure[];
  texts: string[];
  any: string;
};

export type HeatmapProps = {
  filters: DashboardFilters;
  categories: { key: string; name: string; total: string; share: string }[];
  rows: HeatmapRow[];
  any: string;
  labels: { unit: string; anyProblem: string; people: string };
};

const GRID =
  "min-w-full border-separate border-spacing-0.5 text-sm " +
  "[&_td]:min-w-16 [&_td]:rounded [&_td]:px-2 [&_td]:py-1 [&_td]:text-center [&_td]:tabular-nums " +
  "[&_tbody_th]:sticky [&_tbody_th]:left-0 [&_tbody_th]:bg-white [&_tbody_th]:px-2 [&_tbody_th]:py-1 " +
  "[&_tbody_th]:text-left [&_tbody_th]:font-normal [&_tbody_th]:whitespace-nowrap [&_tbody_th]:text-slate-800 " +
  "[&_a]:block [&_a]:underline-offset-2 [&_a:hover]:underline";
const HEAD = "px-2 py-1 text-center text-xs font-medium text-slate-700";

export function HeatmapGrid({ filters, categories, rows, any, labels }: HeatmapProps) {
  const max = Math.max(1, ...rows.flatMap((r) => r.values.map((v) => v ?? 0)));
  return (
    <div className="overflow-x-auto">
      <table className={GRID} data-testid="heatmap">
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 bg-white px-2 py-1 text-left font-medium text-slate-700">
              {labels.unit}
            </th>
            {categories.map((c) => (
              <th key={c.key} scope="col" className={HEAD}>
                {c.name}
              </th>
            ))}
            <th scope="col" className={HEAD}>
              {labels.anyProblem}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.unitId} data-testid="heatmap-row">
              <th scope="row" style={row.depth ? { paddingLeft: `${0.5 + row.depth}rem` } : undefined}>
                {row.name}
              </th>
              {categories.map((c, k) => {
                const value = row.values[k];
                if (value === null)
                  return (
                    <td key={c.key} style={{ backgroundColor: HIDDEN_CELL.background, color: HIDDEN_CELL.text }}>
                      {row.texts[k]}
                    </td>
                  );
                if (value === 0) return <td key={c.key}>{row.texts[k]}</td>;
                const shade = heatCell(value / max);
                return (
                  <td key={c.key} style={{ backgroundColor: shade.background, color: shade.text }}>
                    <a
                      href={evidenceHref(filters, { kind: "cell", unitId: row.unitId, category: c.key })}
                      data-testid="heatmap-cell"
                      aria-label={`${row.name}, ${c.name}: ${value}`}
                    >
                      {row.texts[k]}
                    </a>
                  </td>
                );
              })}
              <td className="text-slate-700">{row.any}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-medium">
            <th scope="row" className="sticky left-0 bg-white px-2 py-1 text-left">
              {labels.people}
            </th>
            {categories.map((c) => (
              <td key={c.key}>
                {c.total}
                <span className="block text-xs font-normal text-slate-500">{c.share}</span>
              </td>
            ))}
            <td>{any}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
