import "server-only";
import { db } from "@/lib/db/client";
import { treeOrder } from "@/lib/units/tree";

// The whole organisation for administrators (retired units included, marked), in tree order.

export async function adminUnitTree() {
  const units = await db.unit.findMany({
    select: {
      id: true, code: true, name: true, nameZh: true, type: true, parentId: true, retired: true,
      _count: { select: { responses: true, sessions: true, users: true, children: true } },
    },
  });
  return treeOrder(units, (u) => u.code);
}

export type AdminUnitRow = Awaited<ReturnType<typeof adminUnitTree>>[number];
