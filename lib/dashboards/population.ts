// Which filter combinations may be shown at all. Hiding small cells inside one table is not
// enough when the filters themselves can carve out a small group: "everyone" minus "everyone but
// leaders" is the leaders. So a filter is refused when the respondents it selects, or the
// respondents it leaves out compared with dropping any of its filters, number 1-4, and a unit
// selection may not split the units whose own figures are hidden (their pool).
import { isSmall, protect } from "@/lib/dashboards/suppression";

/** Respondents of one unit with one role level and one service band ("" = not given). */
export type PopulationCell = { unitId: string; roleLevel: string; serviceYears: string; respondents: number };

export type PopulationFilter = {
  /** Units picked by the unit or unit-type filter; null when neither is set (the whole scope). */
  units: ReadonlySet<string> | null;
  role: string | null;
  service: string | null;
};

export type Refusal = "small" | "isolates" | "splits";
export type PopulationCheck = { ok: true; respondents: number } | { ok: false; reason: Refusal };

type Dimension = "units" | "role" | "service";

export function countRespondents(cells: readonly PopulationCell[], filter: PopulationFilter): number {
  let total = 0;
  for (const cell of cells) {
    if (filter.units && !filter.units.has(cell.unitId)) continue;
    if (filter.role !== null && cell.roleLevel !== filter.role) continue;
    if (filter.service !== null && cell.serviceYears !== filter.service) continue;
    total += cell.respondents;
  }
  return total;
}

/**
 * `cells` are every respondent cell of the caller's scope (and campaign). Zero respondents is
 * allowed (there is nobody to protect); the page then says that nothing matches.
 */
export function checkPopulation(cells: readonly PopulationCell[], filter: PopulationFilter): PopulationCheck {
  const respondents = countRespondents(cells, filter);
  if (isSmall(respondents)) return { ok: false, reason: "small" };
  const active = (["units", "role", "service"] as const).filter((d) => filter[d] !== null);
  for (const dropped of subsets(active)) {
    const wider = { ...filter, ...Object.fromEntries(dropped.map((d) => [d, null])) } as PopulationFilter;
    if (isSmall(countRespondents(cells, wider) - respondents)) return { ok: false, reason: "isolates" };
  }
  if (filter.units && splitsPool(cells, filter)) return { ok: false, reason: "splits" };
  return { ok: true, respondents };
}

/**
 * Units whose own respondents (under the profile filters) are hidden in the participation table,
 * with the units hidden to cover them. Every allowed selection takes all of them or none, so no
 * sum or difference of allowed views can single out one of them.
 */
export function protectedPool(
  cells: readonly PopulationCell[],
  profile: Pick<PopulationFilter, "role" | "service">,
): Set<string> {
  const byUnit = new Map<string, number>();
  for (const cell of cells) {
    if (profile.role !== null && cell.roleLevel !== profile.role) continue;
    if (profile.service !== null && cell.serviceYears !== profile.service) continue;
    byUnit.set(cell.unitId, (byUnit.get(cell.unitId) ?? 0) + cell.respondents);
  }
  const units = [...byUnit.keys()].sort();
  const values = [...units.map((u) => byUnit.get(u)!), units.reduce((sum, u) => sum + byUnit.get(u)!, 0)];
  const hidden = protect(values, [{ total: units.length, parts: units.map((_, i) => i) }]);
  return new Set(units.filter((_, i) => hidden[i]));
}

function splitsPool(cells: readonly PopulationCell[], filter: PopulationFilter): boolean {
  const pool = [...protectedPool(cells, filter)];
  const inside = pool.filter((u) => filter.units!.has(u)).length;
  return inside > 0 && inside < pool.length;
}

function subsets(dimensions: readonly Dimension[]): Dimension[][] {
  const result: Dimension[][] = [];
  for (let mask = 1; mask < 1 << dimensions.length; mask++) result.push(dimensions.filter((_, i) => mask & (1 << i)));
  return result;
}
