import "server-only";
import type { Scope } from "@/lib/auth/scope";
import { isoDate } from "@/lib/dates";
import { buildLikert, buildNumber, mergeByKey } from "@/lib/dashboards/answers";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import { buildOverview, campaignDay, campaignDays, participantsOf } from "@/lib/dashboards/overview";
import { buildAspects, buildCategories, sumOverUnits, withComparison } from "@/lib/dashboards/problems";
import { countWaitingResponses } from "@/lib/dashboards/pending";
import {
  answerHistograms,
  campaignQuestions,
  accessCodes,
  profileOptions,
  quoteCandidates,
  respondentsBySourceAndDay,
  sessionsOf,
} from "@/lib/dashboards/reads";
import { MIN_QUOTE_RESPONDENTS } from "@/lib/dashboards/suppression";
import type { DashboardData } from "@/lib/dashboards/types";
import { NO_UNIT, treeOrder } from "@/lib/dashboards/units";
import {
  checkView,
  hasNoUnitRow,
  ownByUnit,
  populationCells,
  resolveView,
  topicsByUnit,
  type View,
} from "@/lib/dashboards/view";

// Everything the dashboard page shows, for one caller and one set of filters. Reads the aggregates
// maintained by triggers (docs/decisions/003-dashboard-aggregates.md) and small tables only, in
// two round trips (small tables, then everything else in parallel), so it costs the same with 300
// answers or 1.7 million. Every figure is protected before it is returned.

const QUOTES_PER_ASPECT = 3;
// Officers often write the same sentence; read a few more to show different ones.
const QUOTE_CANDIDATES = 10;

export async function loadDashboard(scope: Scope, filters: DashboardFilters, now = new Date()): Promise<DashboardData> {
  // Waiting responses are counted while the small tables are read.
  const [view] = await Promise.all([resolveView(scope, filters), countWaitingResponses()]);
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
    compareCampaign: null,
    overview: null,
    categories: null,
    aspects: [],
    numbers: [],
    likert: [],
    quotes: [],
  };
  const options = {
    campaigns: view.campaigns.map((c) => ({ id: c.id, name: c.name, nameZh: c.nameZh })),
    units: treeOrder(view.units, view.scopeUnits).map((r) => r.unit),
  };
  if (!campaign || view.blocked) {
    const profile = campaign ? await profileOptions(campaign.id) : { roles: [], services: [] };
    return { ...base, options: { ...options, ...profile }, status: checkView(view, filters, []) };
  }
  const aspects = view.aspects;
  const [cells, profile, byDay, topics, histogramRows, questions, sessions, codes, candidates, compare] =
    await Promise.all([
      populationCells(campaign.id, view.scopeUnits),
      profileOptions(campaign.id),
      respondentsBySourceAndDay(campaign.id, view),
      topicsByUnit(campaign.id, view),
      answerHistograms(campaign.id, view),
      campaignQuestions(campaign.id),
      sessionsOf(campaign.id, view),
      accessCodes(campaign.id, view),
      quoteCandidates(campaign.id, view, QUOTE_CANDIDATES),
      comparison(view, filters),
    ]);
  const status = checkView(view, filters, cells);
  const shell = { ...base, options: { ...options, ...profile }, status };
  if (status.kind !== "ok") return shell;

  const ordered = treeOrder(view.units, view.selection);
  const own = ownByUnit(view, cells, filters);
  const noUnit = hasNoUnitRow(view, own, topics);
  const sum = (key: "source" | "day") =>
    byDay.reduce((map, r) => map.set(r[key], (map.get(r[key]) ?? 0) + r.respondents), new Map<string, number>());
  const overview = buildOverview({
    ordered,
    includeNoUnit: noUnit,
    own,
    sources: sum("source"),
    days: campaignDays(campaign, sum("day")),
    codes,
    seminarPeople: filters.service
      ? 0
      : sessions.reduce((total, s) => total + participantsOf(s.participants, filters.role), 0),
    sessions: sessions.length,
    withRates: !shell.profileFiltered,
    campaignDay: campaignDay(campaign, now),
  });
  const categories = buildCategories([...ordered.map((r) => r.unit.id), ...(noUnit ? [NO_UNIT] : [])], topics);
  let aspectRows = buildAspects(aspects, sumOverUnits(topics), categories.any);
  if (compare)
    aspectRows = withComparison(aspectRows, compare.refused ? [] : buildAspects(aspects, compare.totals, compare.any));
  const histograms = mergeByKey(histogramRows, questions.keyOf);
  const quotable = new Set(
    aspectRows.filter((a) => a.people !== null && a.people >= MIN_QUOTE_RESPONDENTS).map((a) => a.code),
  );
  return {
    ...shell,
    compareCampaign: compare && {
      id: compare.campaign.id,
      name: compare.campaign.name,
      nameZh: compare.campaign.nameZh,
      refused: compare.refused,
    },
    overview,
    categories,
    aspects: aspectRows,
    numbers: questions.list.filter((q) => q.type === "NUMBER").map((q) => buildNumber(q, histograms.get(q.key) ?? [])),
    likert: questions.list.filter((q) => q.type === "LIKERT").map((q) => buildLikert(q, histograms.get(q.key) ?? [])),
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

/** The comparison campaign's aspect figures, for the same units and filters, checked the same way. */
async function comparison(view: View, filters: DashboardFilters) {
  if (!filters.compare || filters.compare === view.campaign?.id) return null;
  const campaign = view.campaigns.find((c) => c.id === filters.compare);
  if (!campaign) return null;
  const [cells, topics] = await Promise.all([
    populationCells(campaign.id, view.scopeUnits),
    topicsByUnit(campaign.id, view),
  ]);
  if (checkView(view, filters, cells).kind !== "ok") return { campaign, refused: true, totals: new Map(), any: null };
  const categories = buildCategories([...view.selection], topics);
  return { campaign, refused: false, totals: sumOverUnits(topics), any: categories.any };
}

function distinctTexts(quotes: { id: string; text: string }[]): { id: string; text: string }[] {
  const seen = new Set<string>();
  return quotes.filter((q) => !seen.has(q.text) && seen.add(q.text)).map((q) => ({ id: q.id, text: q.text }));
}
