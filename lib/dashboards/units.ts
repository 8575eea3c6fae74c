// The unit side of the filters: which units a view covers, and the tree order tables use.
import type { UnitTypeName } from "@/lib/dashboards/filters";
import type { UnitInfo } from "@/lib/dashboards/types";

/** Responses stored without a unit (kiosk links); only an all-seeing scope has them. */
export const NO_UNIT = "";

export type UnitSelection = { ok: true; units: Set<string>; filtered: boolean } | { ok: false; reason: "outOfScope" };

/**
 * The units a view covers: the caller's scope, narrowed to the chosen unit and the units under it,
 * and to one unit type. A unit outside the scope is refused exactly like a missing one.
 */
export function selectUnits(
  all: readonly UnitInfo[],
  scope: ReadonlySet<string>,
  filter: { unit: string | null; unitType: UnitTypeName | null },
): UnitSelection {
  let units = new Set(scope);
  if (filter.unit !== null) {
    if (!scope.has(filter.unit)) return { ok: false, reason: "outOfScope" };
    units = new Set(subtree(all, filter.unit).filter((id) => scope.has(id)));
  }
  if (filter.unitType !== null) {
    const ofType = new Set(all.filter((u) => u.type === filter.unitType).map((u) => u.id));
    units = new Set([...units].filter((id) => ofType.has(id)));
  }
  return { ok: true, units, filtered: filter.unit !== null || filter.unitType !== null };
}

export function subtree(all: readonly UnitInfo[], rootId: string): string[] {
  const children = childrenOf(all);
  const result: string[] = [];
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    result.push(id);
    stack.push(...(children.get(id) ?? []).map((u) => u.id));
  }
  return result;
}

/** The selected units depth-first (parents before children, siblings by name), with depths. */
export function treeOrder(
  all: readonly UnitInfo[],
  selected: ReadonlySet<string>,
): { unit: UnitInfo; depth: number }[] {
  const children = childrenOf(all.filter((u) => selected.has(u.id)));
  const roots = all.filter((u) => selected.has(u.id) && !(u.parentId && selected.has(u.parentId)));
  const result: { unit: UnitInfo; depth: number }[] = [];
  const visit = (unit: UnitInfo, depth: number) => {
    result.push({ unit, depth });
    for (const child of children.get(unit.id) ?? []) visit(child, depth + 1);
  };
  for (const root of sortByName(roots)) visit(root, 0);
  return result;
}

function childrenOf(units: readonly UnitInfo[]): Map<string, UnitInfo[]> {
  const map = new Map<string, UnitInfo[]>();
  for (const unit of units) {
    if (!unit.parentId) continue;
    map.set(unit.parentId, [...(map.get(unit.parentId) ?? []), unit]);
  }
  for (const [key, list] of map) map.set(key, sortByName(list));
  return map;
}

function sortByName(units: UnitInfo[]): UnitInfo[] {
  return [...units].sort((a, b) => a.name.localeCompare(b.name));
}
