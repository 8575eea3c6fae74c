import { useLocale, useTranslations } from "next-intl";
import { formatFigure, formatShare, type FigureFormat } from "@/components/dashboards/format";
import { HeatmapGrid } from "@/components/dashboards/HeatmapGrid";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import type { CategoryData } from "@/lib/dashboards/types";

// Category x unit as a coloured grid rather than an SVG: every cell is a real link (keyboard,
// screen reader, long-press on a phone) and the grid doubles as its own table. Names and figures
// are translated and formatted here; HeatmapGrid draws them.

export function Heatmap({
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
  const t = useTranslations();
  const format: FigureFormat = { locale: useLocale(), hidden: t("dashboards.hidden") };
  return (
    <HeatmapGrid
      filters={filters}
      labels={{
        unit: t("dashboards.overview.unit"),
        anyProblem: t("dashboards.categories.anyProblem"),
        people: t("dashboards.categories.people"),
      }}
      categories={categories.totals.map((c) => ({
        key: c.category,
        name: t(`classification.categories.${c.category}`),
        total: formatFigure(c.value, format),
        share: c.value === null ? "" : formatShare(c.share, format),
      }))}
      rows={categories.rows.map((row) => ({
        unitId: row.unitId,
        name: unitName(row.unitId),
        depth: depthOf(row.unitId),
        values: row.cells.map((c) => c.value),
        texts: row.cells.map((c) => formatFigure(c.value, format)),
        any: formatFigure(row.any, format),
      }))}
      any={formatFigure(categories.any, format)}
    />
  );
}
