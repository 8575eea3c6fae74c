import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatFigure, formatShare, type FigureFormat } from "@/components/dashboards/format";
import { drillQuery, type DashboardFilters } from "@/lib/dashboards/filters";
import type { CategoryData } from "@/lib/dashboards/types";

// Category x unit as a coloured grid rather than an SVG: every cell is a real link (keyboard,
// screen reader, long-press on a phone) and the grid doubles as its own table.

export async function Heatmap({
  categories,
  filters,
  unitName,
  depthOf,
}: {
  categories: CategoryData;
  filters: DashboardFilters;
  unitName: (id: string) => string;
  depthOf: (id: string) => number;
}) {
  const t = await getTranslations();
  const format: FigureFormat = { locale: await getLocale(), hidden: t("dashboards.hidden") };
  const max = Math.max(1, ...categories.rows.flatMap((r) => r.cells.map((c) => c.value ?? 0)));
  const href = (unitId: string, category: string) =>
    `/dashboards/evidence${drillQuery(filters, { kind: "cell", unitId, category })}`;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-separate border-spacing-0.5 text-sm" data-testid="heatmap">
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 bg-white px-2 py-1 text-left font-medium text-slate-700">
              {t("dashboards.overview.unit")}
            </th>
            {categories.totals.map((c) => (
              <th key={c.category} scope="col" className="px-2 py-1 text-center text-xs font-medium text-slate-700">
                {t(`classification.categories.${c.category}`)}
              </th>
            ))}
            <th scope="col" className="px-2 py-1 text-center text-xs font-medium text-slate-700">
              {t("dashboards.categories.anyProblem")}
            </th>
          </tr>
        </thead>
        <tbody>
          {categories.rows.map((row) => (
            <tr key={row.unitId} data-testid="heatmap-row">
              <th
                scope="row"
                className="sticky left-0 bg-white px-2 py-1 text-left font-normal whitespace-nowrap text-slate-800"
              >
                <span style={{ paddingLeft: `${depthOf(row.unitId)}rem` }}>{unitName(row.unitId)}</span>
              </th>
              {row.cells.map((cell) => {
                const strength = cell.value === null ? 0 : cell.value / max;
                return (
                  <td
                    key={cell.category}
                    className={`min-w-16 rounded px-2 py-1 text-center tabular-nums ${cell.value === null ? "bg-slate-100 text-xs text-slate-500 italic" : strength > 0.55 ? "text-white" : "text-slate-900"}`}
                    style={cell.value ? { backgroundColor: `rgba(31, 78, 140, ${0.08 + strength * 0.87})` } : undefined}
                  >
                    {cell.value ? (
                      <Link
                        href={href(row.unitId, cell.category)}
                        className="block underline-offset-2 hover:underline"
                        data-testid="heatmap-cell"
                        aria-label={`${unitName(row.unitId)}, ${t(`classification.categories.${cell.category}`)}: ${cell.value}`}
                      >
                        {formatFigure(cell.value, format)}
                      </Link>
                    ) : (
                      formatFigure(cell.value, format)
                    )}
                  </td>
                );
              })}
              <td className="px-2 py-1 text-center text-slate-700 tabular-nums">{formatFigure(row.any, format)}</td>
            </tr>
          ))}
          <tr className="font-medium">
            <th scope="row" className="sticky left-0 bg-white px-2 py-1 text-left">
              {t("dashboards.categories.people")}
            </th>
            {categories.totals.map((c) => (
              <td key={c.category} className="px-2 py-1 text-center tabular-nums">
                {formatFigure(c.value, format)}
                <span className="block text-xs font-normal text-slate-500">
                  {c.value === null ? "" : formatShare(c.share, format)}
                </span>
              </td>
            ))}
            <td className="px-2 py-1 text-center tabular-nums">{formatFigure(categories.any, format)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
