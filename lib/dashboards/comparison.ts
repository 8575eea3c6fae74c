import "server-only";
import { sqlRead } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { smallTables } from "@/lib/dashboards/resolve-view";
import type { CurrentUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/auth/scope";
import { isoDate } from "@/lib/dates";
import { compareFigures, type ComparedFigures } from "@/lib/dashboards/comparison-figures";
import { loadDashboard, refusedForFilters } from "@/lib/dashboards/dashboard-data";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import type { DashboardData } from "@/lib/dashboards/types";

// Comparing the dashboard's campaign with an earlier one (docs/decisions/012-comparing-campaigns.md).
// The earlier side is the earlier campaign's own dashboard for the same reader and filters: loaded
// through the same function, with the reader's scope IN THAT CAMPAIGN (a lead's units are per
// campaign), so each of its figures is one the reader could open anyway. The two sides must cover
// the same units, or the difference would compare different people.

export type EarlierCampaign = { id: string; name: string; nameZh: string; startsOn: string; aspects: number };

/**
 * Why no difference at all is shown: the earlier view is refused ("small", "combined"), covers other
 * units than this one, or heard nobody in them.
 */
export type ComparisonRefusal = "small" | "combined" | "differentUnits" | "nobodyEarlier";

export type ComparisonData = {
  /** Earlier campaigns that use some of the same aspects, most recent first. */
  candidates: EarlierCampaign[];
  /** The campaign compared with; null when the reader turned the comparison off. */
  earlier: EarlierCampaign | null;
  status: { kind: "ok"; figures: ComparedFigures } | { kind: "refused"; reason: ComparisonRefusal } | { kind: "off" };
};

/** "none" turns the comparison off; an id picks that earlier campaign; anything else the default. */
export const COMPARE_OFF = "none";

/**
 * The comparison for a dashboard already loaded for `user`. Null when the dashboard itself shows
 * nothing, or no earlier campaign shares an aspect with this one. The page starts the earlier side
 * before its own dashboard instead (startComparison).
 */
export async function loadComparison(
  user: Pick<CurrentUser, "id" | "role" | "unitId">,
  current: DashboardData,
  requested: string | null,
): Promise<ComparisonData | null> {
  return startComparison(user, current.filters, requested)(current);
}

type EarlierSide = {
  candidates: Awaited<ReturnType<typeof earlierCampaigns>>;
  index: number;
  /** The earlier campaign's dashboard; null when the reader turned the comparison off. */
  earlier: DashboardData | null;
};

/**
 * Starts loading the earlier side, which depends only on the reader, the filters and the request,
 * while the page loads its own dashboard (two loads one after the other were the longest wait of
 * the page with ten campaigns); the returned function finishes the comparison with the current
 * dashboard. A view refused for its filters alone compares nothing, so nothing is started for it.
 */
export function startComparison(
  user: Pick<CurrentUser, "id" | "role" | "unitId">,
  filters: DashboardFilters,
  requested: string | null,
): (current: DashboardData) => Promise<ComparisonData | null> {
  const campaignId = filters.campaign;
  const early = campaignId && !refusedForFilters(filters) ? earlierSide(user, campaignId, filters, requested) : null;
  early?.catch(() => {}); // awaited below unless the current view is refused
  return async (current) => {
    if (!current.campaign || current.status.kind !== "ok") return null;
    const side =
      early && current.campaign.id === campaignId
        ? await early
        : await earlierSide(user, current.campaign.id, current.filters, requested);
    return side && compare(current, side, requested);
  };
}

async function earlierSide(
  user: Pick<CurrentUser, "id" | "role" | "unitId">,
  campaignId: string,
  filters: DashboardFilters,
  requested: string | null,
): Promise<EarlierSide | null> {
  const candidates = await earlierCampaigns(campaignId);
  if (candidates.length === 0) return null;
  // The default: the most recent earlier campaign with overlapping aspects.
  const index = Math.max(
    0,
    candidates.findIndex((c) => c.id === requested),
  );
  if (requested === COMPARE_OFF) return { candidates, index, earlier: null };
  const chosen = candidates[index];
  const earlier = await loadDashboard(await scopeOf(user, chosen.id), { ...filters, campaign: chosen.id }, undefined, "comparison");
  return { candidates, index, earlier };
}

function compare(current: DashboardData, side: EarlierSide, requested: string | null): ComparisonData {
  const { candidates, index, earlier } = side;
  const list = candidates.map(({ overlap, ...c }) => ({ ...c, aspects: overlap.size }));
  if (requested === COMPARE_OFF || !earlier) return { candidates: list, earlier: null, status: { kind: "off" } };
  const base = { candidates: list, earlier: list[index] };
  if (earlier.status.kind !== "ok") {
    // A unit outside the reader's scope in the earlier campaign: other units than this view's.
    const reason = earlier.status.reason === "small" || earlier.status.reason === "combined" ? earlier.status.reason : "differentUnits";
    return { ...base, status: { kind: "refused", reason } };
  }
  if (!sameUnits(current, earlier)) return { ...base, status: { kind: "refused", reason: "differentUnits" } };
  if (earlier.overview?.reached === 0) return { ...base, status: { kind: "refused", reason: "nobodyEarlier" } };
  return { ...base, status: { kind: "ok", figures: compareFigures(current, earlier, candidates[index].overlap) } };
}

function sameUnits(a: DashboardData, b: DashboardData): boolean {
  const ids = (d: DashboardData) =>
    d.selection
      .map((u) => u.id)
      .sort()
      .join("|");
  return ids(a) === ids(b);
}

/**
 * Campaigns that started before this one (drafts left out) and use at least one of its aspects,
 * most recent first, each with the aspects both use. A campaign uses an aspect when one of its
 * published questions is mapped to it or reviewed evidence on it was counted (campaign-wide
 * roll-up rows of the aggregate: one indexed read, whatever the size of the campaign).
 */
export async function earlierCampaigns(
  campaignId: string,
): Promise<(Omit<EarlierCampaign, "aspects"> & { overlap: Set<string> })[]> {
  const { campaigns } = await smallTables();
  const current = campaigns.find((c) => c.id === campaignId);
  if (!current) return [];
  const earlier = campaigns
    .filter((c) => c.startsOn < current.startsOn && c.status !== "DRAFT")
    .sort((a, b) => b.startsOn.getTime() - a.startsOn.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  if (earlier.length === 0) return [];
  const used = await aspectsUsed([campaignId, ...earlier.map((c) => c.id)]);
  const mine = used.get(campaignId) ?? new Set<string>();
  return earlier
    .map((c) => ({
      id: c.id,
      name: c.name,
      nameZh: c.nameZh,
      startsOn: isoDate(c.startsOn),
      overlap: new Set([...(used.get(c.id) ?? [])].filter((code) => mine.has(code))),
    }))
    .filter((c) => c.overlap.size > 0);
}

async function aspectsUsed(campaignIds: string[]): Promise<Map<string, Set<string>>> {
  const rows = await sqlRead<{ campaignId: string; code: string }>(Prisma.sql`
    SELECT DISTINCT "campaignId", substr(topic, 8) AS code
    FROM "DashboardTopicCount"
    WHERE "campaignId" = ANY(${campaignIds}::text[]) AND "roleLevel" = '*' AND "serviceYears" = '*'
      AND topic LIKE 'aspect:%' AND respondents + "seminarPeople" > 0
    UNION
    SELECT DISTINCT qn."campaignId", q."aspectCode" AS code
    FROM "Question" q
    JOIN "QuestionnaireSection" s ON s.id = q."sectionId"
    JOIN "QuestionnaireVersion" v ON v.id = s."versionId"
    JOIN "Questionnaire" qn ON qn.id = v."questionnaireId"
    WHERE qn."campaignId" = ANY(${campaignIds}::text[]) AND v.status IN ('PUBLISHED', 'RETIRED')
      AND q."aspectCode" IS NOT NULL`);
  const used = new Map<string, Set<string>>();
  for (const r of rows) used.set(r.campaignId, (used.get(r.campaignId) ?? new Set()).add(r.code));
  return used;
}
