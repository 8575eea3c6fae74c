import "server-only";
import { dbRead } from "@/lib/db/client";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import { participantsOf } from "@/lib/dashboards/overview";
import type { TopicsByUnit, TopicTotals } from "@/lib/dashboards/problems";
import { loadDecisions, saveDecisions, scopeKey } from "@/lib/dashboards/protection-store";
import { ScopeProtection } from "@/lib/dashboards/scope-protection";
import type { Fine, Profile, ScopeUnit } from "@/lib/dashboards/scope-table";
import { NO_UNIT } from "@/lib/dashboards/units";
import { populationCells, type View } from "@/lib/dashboards/resolve-view";

// The fine cells of the reader's whole scope (not only the view's selection): protection is
// decided on the scope's table, whatever the filters (scope-table.ts). Three indexed reads of the
// aggregates' exact-profile rows; the view's own sums are taken from them in memory.

type TopicRow = { unitId: string; role: string; service: string; topic: string } & TopicTotals;

export type ScopeData = {
  protection: ScopeProtection;
  /** Respondents per unit, role level and service band (the population). */
  respondents: Fine[];
  topicRows: TopicRow[];
  /** The unit of each listening session of the scope. */
  sessionUnits: string[];
  /** Stores the protection decisions this request made (protection-store.ts). */
  saveDecisions(options: { prune: boolean }): Promise<void>;
};

export async function readScope(campaignId: string, view: View): Promise<ScopeData> {
  const units = [...view.scopeUnits];
  const scope = scopeKey(campaignId, units);
  const [cells, topicRows, sessions, decisions] = await Promise.all([
    populationCells(campaignId, view.scopeUnits),
    dbRead.$queryRaw<TopicRow[]>`
      SELECT "unitId", "roleLevel" AS role, "serviceYears" AS service, topic, respondents, "seminarPeople", "severityPoints"
      FROM "DashboardTopicCount"
      WHERE "campaignId" = ${campaignId} AND "roleLevel" <> '*' AND "serviceYears" <> '*'
        AND "unitId" = ANY(${units}::text[])`,
    dbRead.$queryRaw<{ unitId: string; participants: unknown }[]>`
      SELECT "unitId", participants FROM "ListeningSession"
      WHERE "campaignId" = ${campaignId} AND "unitId" = ANY(${units.filter((u) => u !== NO_UNIT)}::text[])`,
    loadDecisions(scope),
  ]);
  const respondents = respondentsFine(cells);
  const seminar: Fine[] = sessions.flatMap((s) =>
    Object.keys(asRecord(s.participants)).map((role) => ({
      unitId: s.unitId ?? NO_UNIT,
      role,
      service: "",
      value: participantsOf(s.participants, role),
    })),
  );
  const plain = topicRows.map((r) => ({
    unitId: r.unitId,
    role: r.role,
    service: r.service,
    topic: r.topic,
    respondents: r.respondents,
    seminarPeople: r.seminarPeople,
    severityPoints: r.severityPoints,
  }));
  const topics = new Map<string, Fine[]>();
  for (const r of plain) {
    const list = topics.get(r.topic) ?? [];
    list.push({ unitId: r.unitId, role: r.role, service: r.service, value: r.respondents + r.seminarPeople });
    topics.set(r.topic, list);
  }
  const protection = new ScopeProtection({ units: scopeUnitsOf(view), respondents, seminar, topics }, decisions);
  return {
    protection,
    respondents,
    topicRows: plain,
    sessionUnits: sessions.map((s) => s.unitId),
    saveDecisions: ({ prune }) => saveDecisions(scope, protection, prune),
  };
}

/** The reader's units as the protected tables see them; "" (no unit) is a root of no type. */
export function scopeUnitsOf(view: Pick<View, "units" | "scopeUnits">): ScopeUnit[] {
  const units: ScopeUnit[] = view.units
    .filter((u) => view.scopeUnits.has(u.id))
    .map((u) => ({ id: u.id, parentId: u.parentId, type: u.type as string }));
  if (view.scopeUnits.has(NO_UNIT)) units.push({ id: NO_UNIT, parentId: null, type: "" });
  return units;
}

/** Respondents cells as fine cells. */
export function respondentsFine(cells: Awaited<ReturnType<typeof populationCells>>): Fine[] {
  return cells.map((c) => ({ unitId: c.unitId, role: c.roleLevel, service: c.serviceYears, value: c.respondents }));
}

function asRecord(json: unknown): Record<string, unknown> {
  return json && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
}

export function profileOf(filters: Pick<DashboardFilters, "role" | "service">): Profile {
  return { role: filters.role, service: filters.service };
}

/** The view's true topic totals per unit (for severity and quotability), from the scope's rows. */
export function topicsInView(
  rows: readonly TopicRow[],
  selection: ReadonlySet<string>,
  profile: Profile,
): TopicsByUnit {
  const result = new Map<string, Map<string, TopicTotals>>();
  for (const r of rows) {
    if (!selection.has(r.unitId)) continue;
    if (profile.role !== null && r.role !== profile.role) continue;
    if (profile.service !== null && r.service !== profile.service) continue;
    const byTopic = result.get(r.unitId) ?? new Map<string, TopicTotals>();
    const t = byTopic.get(r.topic) ?? { respondents: 0, seminarPeople: 0, severityPoints: 0 };
    byTopic.set(r.topic, {
      respondents: t.respondents + r.respondents,
      seminarPeople: t.seminarPeople + r.seminarPeople,
      severityPoints: t.severityPoints + r.severityPoints,
    });
    result.set(r.unitId, byTopic);
  }
  return result;
}
