import "server-only";
import { db } from "@/lib/db/client";
import { unitWhere, type Scope } from "@/lib/auth/scope";

export async function listSessions(scope: Scope, campaignId: string) {
  return db.listeningSession.findMany({
    where: { campaignId, ...unitWhere(scope) },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      kind: true,
      heldOn: true,
      unit: { select: { name: true, nameZh: true } },
      _count: { select: { findings: true } },
    },
  });
}
