import "server-only";
import { cache } from "react";
import type { Scope } from "@/lib/auth/scope";
import { isoDate } from "@/lib/dates";
import { buildQuestions, readQuestionCounts } from "@/lib/dashboards/questions";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import { buildOverview, campaignDay, campaignDays } from "@/lib/dashboards/overview";
import { buildAspects, buildCategories, sumOverUnits } from "@/lib/dashboards/problems";
import { countWaitingResponses } from "@/lib/dashboards/pending";
import {
  campaignQuestions,
  accessCodes,
  profileOptions,
  quoteCandidates,
  respondentsBySourceAndDay,
} from "@/lib/dashboards/campaign-reads";
import { profileOf, readScope, topicsInView } from "@/lib/dashboards/scope-reads";
import { MIN_QUOTE_RESPONDENTS } from "@/lib/dashboards/suppression";
import type { DashboardData } from "@/lib/dashboards/types";
import { NO_UNIT, treeOrder } from "@/lib/dashboards/units";
import { checkView, hasNoUnitRow, ownByUnit, resolveView, type View } from "@/lib/dashboards/resolve-view";

// Everything the dashboard page shows, for one caller and one set of filters. Reads the aggregates
// maintained by triggers (docs/decisions/003-dashboard-aggregates.md) and small tables only, in
// two round trips (small tables, then everything else in parallel), so it costs the same with 300
// answers or 1.7 million. Every figure is protected before it is returned.

const QUOTES_PER_ASPECT = 3;
// Officers often write the same sentence; read a few more to show different ones.
const QUOTE_CANDIDATES = 10;

/**
 * What a dashboard load is for: the page (everything), or the earlier side of a comparison
 * (comparison.ts), which uses the protected respondents, topics, numeric means and Likert points
 * only. Those are the same figures either way (every book is protected on its own, from the
 * scope's table); the comparison reads no choice counts, sources, days, access codes or quotes.
 */
export type DashboardPurpose = "page" | "comparison";

export async function loadDashboard(
  scope: Scope,
  filters: DashboardFilters,
  now = new Date(),
  purpose: DashboardPurpose = "page",
): Promise<DashboardData> {
  const page = purpose === "page";
  // Waiting responses are counted while the small tables are read, once per request (the
  // comparison's earlier dashboard is read in the same request).
  const [view] = await Promise.all([resolveView(scope, filters), countOnce()]);
  const campaign = view.campaign;
  const base = {
    filters,
    profileFiltered: filters.role !== null || filters.service !== null,
    campaign: campaign && {
      id: campaign.id,
      name: campaign.name,
      nameZh: campaign.nameZh,
      startsOn: isoDate(campaign.startsOn),
      endsOn: isoDate(campaign.endsOn),
    },
    selection: treeOrder(view.units, view.selection).map((r) => r.unit),
    overview: null,
    categories: null,
    aspects: [],
    numbers: [],
    likert: [],
    choices: [],
    questionOrder: [],
    quotes: [],
  };
  const options = {
    campaigns: view.campaigns.map((c) => ({ id: c.id, name: c.name, nameZh: c.nameZh })),
    units: treeOrder(view.units, view.scopeUnits).map((r) => r.unit),
  };
  // A view refused before any figure (no campaign, a blocked scope, or a profile filter combined
  // with a unit filter or another profile filter: checkView's "combined") reads only the filter
  // bar's choices; the refusal does not depend on the counts, so they are not read.
  if (!campaign || view.blocked || combinedProfile(view, filters)) {
    const profile = campaign ? await profileOptions(campaign.id) : { roles: [], services: [] };
    return { ...base, options: { ...options, ...profile }, status: checkView(view, filters, []) };
  }
  const aspects = view.aspects;
  const profile = profileOf(filters);
  // The answer counts, the largest read, start with the others rather than after them (a round
  // trip less). A view refused below does not wait for them.
  const counts = readQuestionCounts(campaign.id, view, { choices: page });
  counts.catch(() => {}); // awaited below unless the view is refused
  const [scopeData, options2, byDay, questions, codes, candidates] = await Promise.all([
    readScope(campaign.id, view),
    // The filter bar's choices: a comparison has no filter bar.
    page ? profileOptions(campaign.id) : { roles: [], services: [] },
    // Sources and days only for the whole scope without filters (overview.ts).
    page && unfiltered(view, filters) ? respondentsBySourceAndDay(campaign.id, view) : Promise.resolve(null),
    campaignQuestions(campaign.id),
    page ? accessCodes(campaign.id, view) : new Map<string, { issued: number; used: number }>(),
    page ? quoteCandidates(campaign.id, view, QUOTE_CANDIDATES) : [],
  ]);
  const { protection } = scopeData;
  const status = checkView(view, filters, scopeData.respondents, protection);
  const shell = { ...base, options: { ...options, ...options2 }, status };
  if (status.kind !== "ok") return shell;

  const ordered = treeOrder(view.units, view.selection);
  const own = ownByUnit(view, scopeData.respondents, filters);
  const topics = topicsInView(scopeData.topicRows, view.selection, profile);
  const noUnit = hasNoUnitRow(view, own, topics);
  const sum = (rows: { source: string; day: string; respondents: number }[], key: "source" | "day") =>
    rows.reduce((map, r) => map.set(r[key], (map.get(r[key]) ?? 0) + r.respondents), new Map<string, number>());
  const overview = buildOverview({
    ordered,
    includeNoUnit: noUnit,
    count: (units) => protection.respondents(units, profile),
    own,
    breakdown: byDay && { sources: sum(byDay, "source"), days: campaignDays(campaign, sum(byDay, "day")) },
    codes,
    seminarPeople: protection.seminarPeople(view.selection, profile),
    sessions: scopeData.sessionUnits.filter((u) => view.selection.has(u)).length,
    withRates: !shell.profileFiltered,
    campaignDay: campaignDay(campaign, now),
  });
  const topicFigure = (topic: string, units: ReadonlySet<string>) => protection.topic(topic, units, profile);
  const rowUnits = [...ordered.map((r) => r.unit.id), ...(noUnit ? [NO_UNIT] : [])];
  const categories = buildCategories(rowUnits, topicFigure);
  const aspectRows = buildAspects(aspects, view.selection, topicFigure, sumOverUnits(topics), categories.any);
  const answers = buildQuestions(await counts, questions, aspects, {
    scope: protection,
    units: view.selection,
    profile,
  });
  // Every book of the scope is built by now: decisions no book uses any more go.
  await scopeData.saveDecisions({ prune: page });
  const quotable = new Set(
    aspectRows.filter((a) => a.people !== null && a.people >= MIN_QUOTE_RESPONDENTS).map((a) => a.code),
  );
  return {
    ...shell,
    overview,
    categories,
    aspects: aspectRows,
    ...answers,
    // Quotes only for aspects with at least 10 people behind them in this view.
    quotes: aspectRows
      .filter((a) => quotable.has(a.code))
      .map((a) => ({
        aspect: a.code,
        quotes: distinctTexts(candidates.filter((c) => c.aspect === a.code && (a.answersQuotable || !c.answer))).slice(
          0,
          QUOTES_PER_ASPECT,
        ),
      }))
      .filter((group) => group.quotes.length > 0),
  };
}

const countOnce = cache(countWaitingResponses);

/** checkView's "combined" refusal, which depends on the filters only. */
function combinedProfile(view: Pick<View, "unitFiltered">, filters: DashboardFilters): boolean {
  const profiled = filters.role !== null || filters.service !== null;
  return profiled && (view.unitFiltered || (filters.role !== null && filters.service !== null));
}

/** The "combined" refusal before the view is resolved (units.ts: a unit or type filters units). */
export function refusedForFilters(filters: DashboardFilters): boolean {
  return combinedProfile({ unitFiltered: filters.unit !== null || filters.unitType !== null }, filters);
}

function unfiltered(view: View, filters: DashboardFilters): boolean {
  return !view.unitFiltered && filters.role === null && filters.service === null;
}

function distinctTexts(quotes: { id: string; text: string }[]): { id: string; text: string }[] {
  const seen = new Set<string>();
  return quotes.filter((q) => !seen.has(q.text) && seen.add(q.text)).map((q) => ({ id: q.id, text: q.text }));
}
