// Dashboard links: the filters and drill-down targets as a query string. No validation here (that
// is filters.ts, with zod), so client components can build links too: the heatmap builds its
// cells' links in the browser's render from the filters instead of receiving ~150 of them.
import type { DashboardFilters } from "@/lib/dashboards/filters";

/** What a drill-down link points at: a heatmap cell, a category, an aspect or a unit's row. */
export type DrillTarget =
  | { kind: "cell"; unitId: string; category: string }
  | { kind: "category"; category: string }
  | { kind: "aspect"; aspect: string }
  | { kind: "unit"; unitId: string };

/**
 * The query string for these filters plus `extra` (drill-down targets), without empty values.
 * Values are ids, enum names and codes (parseFilters and parseDrillTarget admit nothing else);
 * they are encoded anyway.
 */
export function filterQuery(filters: DashboardFilters, extra: Record<string, string | null> = {}): string {
  let query = baseQuery(filters);
  for (const [key, value] of Object.entries(extra))
    if (value) query += `${query ? "&" : "?"}${key}=${encodeURIComponent(value)}`;
  return query;
}

// A dashboard builds a few hundred links from one filters object.
const bases = new WeakMap<DashboardFilters, string>();

function baseQuery(filters: DashboardFilters): string {
  let query = bases.get(filters);
  if (query === undefined) {
    query = "";
    for (const [key, value] of Object.entries(filters))
      if (value) query += `${query ? "&" : "?"}${key}=${encodeURIComponent(value)}`;
    bases.set(filters, query);
  }
  return query;
}

/** Responses without a unit are keyed "" in the aggregates and "none" in URLs. */
export function toUnitKey(unitId: string): string {
  return unitId === "" ? "none" : unitId;
}

export function drillQuery(filters: DashboardFilters, target: DrillTarget): string {
  switch (target.kind) {
    case "cell":
      return filterQuery(filters, { cellUnit: toUnitKey(target.unitId), category: target.category });
    case "unit":
      return filterQuery(filters, { cellUnit: toUnitKey(target.unitId) });
    case "category":
      return filterQuery(filters, { category: target.category });
    case "aspect":
      return filterQuery(filters, { aspect: target.aspect });
  }
}

/** The evidence page behind one figure. */
export function evidenceHref(filters: DashboardFilters, target: DrillTarget): string {
  return `/dashboards/evidence${drillQuery(filters, target)}`;
}
