import "server-only";
import { cache } from "react";
import { db, sqlRead } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/auth/scope";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import type { ScopeProtection } from "@/lib/dashboards/scope-protection";
import type { Fine } from "@/lib/dashboards/scope-table";
import { isSmall } from "@/lib/dashboards/suppression";
import type { AspectInfo, TopicsByUnit } from "@/lib/dashboards/problems";
import type { DashboardStatus, UnitInfo } from "@/lib/dashboards/types";
import { NO_UNIT, selectUnits } from "@/lib/dashboards/units";

// What every dashboard request resolves first: the campaign, the caller's units, the units the
// filters select, and whether the filtered population may be shown at all. Reads only small tables
// and the respondent aggregate, never answers.

export type CampaignRow = { id: string; slug: string; name: string; nameZh: string; startsOn: Date; endsOn: Date; status: string };

export type View = {
  campaigns: CampaignRow[];
  campaign: CampaignRow | null;
  units: UnitInfo[];
  aspects: AspectInfo[];
  /** The caller's units ("" stands for responses without a unit, seen by all-seeing scopes). */
  scopeUnits: Set<string>;
  /** The units the filters select within the scope. */
  selection: Set<string>;
  /** Whether a unit or unit-type filter narrowed the scope. */
  unitFiltered: boolean;
  /** Set when nothing may be read at all: no campaign, or a unit outside the scope. */
  blocked: "noCampaign" | "outOfScope" | null;
  /** Keys of the rolled-up aggregates: the band, or "*" for any. */
  roleKey: string;
  serviceKey: string;
};

/**
 * The small tables every dashboard load starts from, read once per request (React's cache): the
 * page's comparison loads a second dashboard, of the earlier campaign, from the same rows. Raw SQL:
 * on every dashboard request the ORM's query planning cost more CPU than these queries (decision
 * 003). Rows copied into plain objects: they reach the page's props (Prisma's raw rows have no
 * prototype).
 */
export const smallTables = cache(async () => {
  const [campaigns, units, aspects] = await Promise.all([
    db.$queryRaw<CampaignRow[]>`
      SELECT id, slug, name, "nameZh", "startsOn", "endsOn", status::text AS status
      FROM "Campaign" ORDER BY "startsOn" DESC, name ASC`.then((rows) =>
      rows.map((c) => ({ id: c.id, slug: c.slug, name: c.name, nameZh: c.nameZh, startsOn: c.startsOn, endsOn: c.endsOn, status: c.status })),
    ),
    db.$queryRaw<UnitInfo[]>`SELECT id, "parentId", name, "nameZh", type::text AS type, headcount FROM "Unit"`.then(
      (rows) =>
        rows.map((u) => ({ id: u.id, parentId: u.parentId, name: u.name, nameZh: u.nameZh, type: u.type, headcount: u.headcount })),
    ),
    listAspects(),
  ]);
  return { campaigns, units, aspects };
});

export async function resolveView(scope: Scope, filters: DashboardFilters): Promise<View> {
  const { campaigns, units, aspects } = await smallTables();
  const campaign = filters.campaign
    ? (campaigns.find((c) => c.id === filters.campaign) ?? null)
    : (campaigns.find((c) => c.status === "ACTIVE") ?? campaigns[0] ?? null);
  const scopeUnits = new Set(scope.kind === "all" ? [...units.map((u) => u.id), NO_UNIT] : scope.unitIds);
  const base = {
    campaigns,
    campaign,
    units,
    aspects,
    scopeUnits,
    roleKey: filters.role ?? "*",
    serviceKey: filters.service ?? "*",
  };
  const picked = selectUnits(units, scopeUnits, filters);
  if (!campaign) return { ...base, selection: new Set(), unitFiltered: false, blocked: "noCampaign" };
  if (!picked.ok) return { ...base, selection: new Set(), unitFiltered: true, blocked: picked.reason };
  return { ...base, selection: picked.units, unitFiltered: picked.filtered, blocked: null };
}

/**
 * Whether the view may be shown. Every figure of an allowed view comes from the scope's
 * protected tables (scope-table.ts), so a filter can no longer carve out a small group by
 * difference; what is still refused: a selection of 1-4 respondents (nothing in it could be
 * shown), and a role level or service band together with a unit filter or with each other (the
 * protected tables hold each profile for the whole scope only).
 */
export function checkView(
  view: View,
  filters: Pick<DashboardFilters, "role" | "service">,
  cells: readonly Fine[],
  protection?: ScopeProtection,
): DashboardStatus {
  if (view.blocked) return { kind: "refused", reason: view.blocked };
  const profiled = filters.role !== null || filters.service !== null;
  if (profiled && (view.unitFiltered || (filters.role !== null && filters.service !== null)))
    return { kind: "refused", reason: "combined" };
  let respondents = 0;
  for (const cell of cells) {
    if (!view.selection.has(cell.unitId)) continue;
    if (filters.role !== null && cell.role !== filters.role) continue;
    if (filters.service !== null && cell.service !== filters.service) continue;
    respondents += cell.value;
  }
  if (isSmall(respondents)) return { kind: "refused", reason: "small" };
  const shown = protection ? protection.respondents(view.selection, filters) : null;
  return { kind: "ok", respondents: shown };
}

/** Respondents of the scope by unit, role level and service band. */
export async function populationCells(campaignId: string, units: ReadonlySet<string>) {
  return sqlRead<{ unitId: string; roleLevel: string; serviceYears: string; respondents: number }>(Prisma.sql`
    SELECT "unitId", "roleLevel", "serviceYears", sum(respondents)::int AS respondents
    FROM "DashboardRespondentCount"
    WHERE "campaignId" = ${campaignId} AND "unitId" = ANY(${[...units]}::text[])
    GROUP BY 1, 2, 3`);
}

/** The taxonomy's aspects in report order. */
export async function listAspects(): Promise<AspectInfo[]> {
  const rows = await db.$queryRaw<{ code: string; sectionCode: string; category: string; titleEn: string; titleZh: string }[]>`
    SELECT a.code, a."sectionCode", a.category::text AS category, a."titleEn", a."titleZh"
    FROM "Aspect" a LEFT JOIN "ReportSection" s ON s.code = a."sectionCode"
    ORDER BY s."order" ASC, a."order" ASC`;
  return rows.map((a) => ({
    code: a.code,
    section: a.sectionCode,
    category: a.category,
    titleEn: a.titleEn,
    titleZh: a.titleZh,
  }));
}

/** Respondents per selected unit under the profile filters. */
export function ownByUnit(
  view: Pick<View, "selection">,
  cells: readonly Fine[],
  filters: Pick<DashboardFilters, "role" | "service">,
): Map<string, number> {
  const own = new Map<string, number>();
  for (const cell of cells) {
    if (!view.selection.has(cell.unitId)) continue;
    if (filters.role !== null && cell.role !== filters.role) continue;
    if (filters.service !== null && cell.service !== filters.service) continue;
    own.set(cell.unitId, (own.get(cell.unitId) ?? 0) + cell.value);
  }
  return own;
}

/**
 * Responses without a unit (kiosk links) get a row only where there are some. The dashboard and
 * the drill-down must agree on the rows, or they would protect different tables.
 */
export function hasNoUnitRow(
  view: Pick<View, "selection">,
  own: ReadonlyMap<string, number>,
  topics: TopicsByUnit,
): boolean {
  return view.selection.has(NO_UNIT) && ((own.get(NO_UNIT) ?? 0) > 0 || topics.has(NO_UNIT));
}
