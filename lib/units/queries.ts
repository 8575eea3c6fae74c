import "server-only";
import { db } from "@/lib/db/client";
import { inScope, unitWhere, type Scope } from "@/lib/auth/scope";

const unitSelect = {
  id: true,
  code: true,
  name: true,
  nameZh: true,
  type: true,
  headcount: true,
  parent: { select: { id: true, name: true, nameZh: true } },
} as const;

function idWhere(scope: Scope) {
  const filter = unitWhere(scope).unitId;
  return filter ? { id: filter } : {};
}

export async function listUnits(scope: Scope) {
  return db.unit.findMany({ where: idWhere(scope), orderBy: [{ code: "asc" }], select: unitSelect });
}

/** A unit the caller may see, or null: out-of-scope units look exactly like missing ones. */
export async function getUnit(scope: Scope, id: string) {
  if (!inScope(scope, id)) return null;
  const unit = await db.unit.findUnique({
    where: { id },
    select: {
      ...unitSelect,
      groupUnits: { select: { visitOn: true, group: { select: { name: true, nameZh: true } } } },
      _count: { select: { sessions: true } },
    },
  });
  return unit;
}
