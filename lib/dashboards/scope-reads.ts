import "server-only";
import { sqlRead } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
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
    topicCounts(campaignId, units),
    sqlRead<{ unitId: string; participants: unknown }>(Prisma.sql`
      SELECT "unitId", participants FROM "ListeningSession"
      WHERE "campaignId" = ${campaignId} AND "unitId" = ANY(${units.filter((u) => u !== NO_UNIT)}::text[])`),
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
  const topics = new Map<string, Fine[]>();
  for (const r of topicRows) {
    const list = topics.get(r.topic) ?? [];
    list.push({ unitId: r.unitId, role: r.role, service: r.service, value: r.respondents + r.seminarPeople });
    topics.set(r.topic, list);
  }
  const protection = new ScopeProtection({ units: scopeUnitsOf(view), respondents, seminar, topics }, decisions);
  return {
    protection,
    respondents,
    topicRows,
    sessionUnits: sessions.map((s) => s.unitId),
    saveDecisions: ({ prune }) => saveDecisions(scope, protection, prune),
  };
}

/**
 * The scope's exact-profile topic rows. One row per topic, its cells as JSON arrays (the unit's
 * place in `units`, role level, band, respondents, seminar people, severity points): 3,200 rows
 * of seven columns cost more to parse in `pg` than to protect (see campaign-reads.ts).
 */
async function topicCounts(campaignId: string, units: string[]): Promise<TopicRow[]> {
  const rows = await sqlRead<{ topic: string; cells: [number[], string[], string[], number[], number[], number[]] }>(Prisma.sql`
    SELECT topic, json_build_array(array_agg(scope.i - 1), array_agg("roleLevel"), array_agg("serviceYears"),
                                   array_agg(respondents), array_agg("seminarPeople"), array_agg("severityPoints")) AS cells
    FROM "DashboardTopicCount" t JOIN unnest(${units}::text[]) WITH ORDINALITY scope(id, i) ON scope.id = t."unitId"
    WHERE "campaignId" = ${campaignId} AND "roleLevel" <> '*' AND "serviceYears" <> '*'
      AND "unitId" = ANY(${units}::text[])
    GROUP BY topic`);
  const topicRows: TopicRow[] = [];
  for (const { topic, cells } of rows) {
    const [unit, role, service, respondents, seminarPeople, severityPoints] = cells;
    for (let i = 0; i < unit.length; i++)
      topicRows.push({
        unitId: units[unit[i]],
        role: role[i],
        service: service[i],
        topic,
        respondents: respondents[i],
        seminarPeople: seminarPeople[i],
        severityPoints: severityPoints[i],
      });
  }
  return topicRows;
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
