import "server-only";
import { createHash } from "node:crypto";
import { db, sqlQuery } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Decisions, ScopeProtection } from "@/lib/dashboards/scope-protection";

// Protection decisions kept in PostgreSQL ("DashboardProtection"), so that every app instance,
// and a restarted one, reuses what any of them decided (decision 003). A row is the hidden flags of
// one protected book under the digest of everything the decision depends on (scope-table.ts):
// figures that change give a new digest, so a stored decision can never be applied to other
// figures. Rows are grouped by the reader's scope in a campaign, so one indexed read before the
// books are built fetches all a request can use.

/** The group a reader's decisions are stored under: the campaign and the scope's units. */
export function scopeKey(campaignId: string, units: Iterable<string>): string {
  return createHash("sha256")
    .update(JSON.stringify([campaignId, [...units].sort()]))
    .digest("base64url");
}

export async function loadDecisions(scope: string): Promise<Decisions> {
  const rows = await sqlQuery<{ digest: string; hidden: string }>(
    Prisma.sql`SELECT digest, hidden FROM "DashboardProtection" WHERE scope = ${scope}`,
  );
  return new Map(rows.map((r) => [r.digest, [...r.hidden].map((c) => c === "1")]));
}

/**
 * Stores the decisions this request made that were not stored yet. With `prune` (a request that
 * built every book of the scope: the dashboard), decisions of the scope that no book uses any more
 * (figures since changed) go.
 */
export async function saveDecisions(scope: string, protection: ScopeProtection, prune: boolean): Promise<void> {
  const fresh = [...protection.fresh];
  if (fresh.length > 0)
    await db.$executeRaw`
      INSERT INTO "DashboardProtection" (scope, digest, hidden)
      SELECT ${scope}, d, h FROM unnest(${fresh.map(([d]) => d)}::text[], ${fresh.map(([, h]) => h.map((x) => (x ? "1" : "0")).join(""))}::text[]) AS x(d, h)
      ON CONFLICT (scope, digest) DO NOTHING`;
  if (prune && fresh.length > 0)
    await db.$executeRaw`
      DELETE FROM "DashboardProtection" WHERE scope = ${scope} AND digest <> ALL(${[...protection.used]}::text[])`;
}
