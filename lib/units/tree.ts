// The organisation as a tree: pure functions shared by the admin pages, the mutations and the
// import, so "a unit never goes under its own descendant" is decided in one place.

export const UNIT_TYPES = ["BUREAU", "BUREAU_OFFICE", "BRANCH", "DETACHMENT", "STATION", "SQUADRON"] as const;
export type UnitTypeName = (typeof UNIT_TYPES)[number];

export type TreeUnit = { id: string; parentId: string | null };

/** The unit and every unit below it. */
export function subtreeIds(units: readonly TreeUnit[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parentId) (children.get(u.parentId) ?? children.set(u.parentId, []).get(u.parentId)!).push(u.id);
  const out: string[] = [];
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Whether putting `unitId` under `newParentId` would make a loop (itself or one of its descendants). */
export function wouldLoop(units: readonly TreeUnit[], unitId: string, newParentId: string | null): boolean {
  if (!newParentId) return false;
  return subtreeIds(units, unitId).includes(newParentId);
}

/** Units in tree order (parents before children, siblings by `sortKey`), each with its depth. */
export function treeOrder<U extends TreeUnit>(units: readonly U[], sortKey: (u: U) => string): { unit: U; depth: number }[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, U[]>();
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    (children.get(parent) ?? children.set(parent, []).get(parent)!).push(u);
  }
  for (const list of children.values()) list.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  const out: { unit: U; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const u of children.get(parent) ?? []) {
      out.push({ unit: u, depth });
      visit(u.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
