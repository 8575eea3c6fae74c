import "server-only";
import { sqlRead } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/auth/scope";
import type { DashboardFilters, DrillTarget } from "@/lib/dashboards/filters";
import { buildAspects, buildCategories, sumOverUnits } from "@/lib/dashboards/problems";
import { isSmall, MIN_QUOTE_RESPONDENTS } from "@/lib/dashboards/suppression";
import { countWaitingResponses } from "@/lib/dashboards/pending";
import type { DashboardStatus, Figure, UnitInfo } from "@/lib/dashboards/types";
import { NO_UNIT, treeOrder } from "@/lib/dashboards/units";
import { profileOf, readScope, topicsInView } from "@/lib/dashboards/scope-reads";
import { checkView, hasNoUnitRow, ownByUnit, resolveView } from "@/lib/dashboards/resolve-view";

// The drill-down behind a bar or a cell: the reviewed evidence it counts. The list is shown only
// when the figure it explains is published in the dashboard (not hidden, not a complement) and
// rests on at least 10 people; only reviewers' masked text ever leaves the server.

const LIST_LIMIT = 100;

/** `unitId` only in a one-unit list: across units it would tie a text to a unit's few respondents. */
export type EvidenceEntry = {
  id: string;
  text: string;
  unitId: string | null;
  kind: "answer" | "finding";
  aspect: string;
  categories: string[];
};

export type EvidenceList = {
  status: DashboardStatus | { kind: "refused"; reason: "hidden" | "few" };
  campaign: { id: string; name: string; nameZh: string } | null;
  figure: Figure;
  units: UnitInfo[];
  items: EvidenceEntry[];
  /** Items behind the figure, and how many of them still wait for masking (never shown). */
  total: number;
  unmasked: number;
};

export async function loadEvidence(
  scope: Scope,
  filters: DashboardFilters,
  target: DrillTarget,
): Promise<EvidenceList> {
  const [view] = await Promise.all([resolveView(scope, filters), countWaitingResponses()]);
  const units = treeOrder(view.units, view.selection).map((r) => r.unit);
  const campaign = view.campaign && { id: view.campaign.id, name: view.campaign.name, nameZh: view.campaign.nameZh };
  const result = { campaign, figure: null, units, items: [], total: 0, unmasked: 0 };
  if (!view.campaign || view.blocked) return { ...result, status: checkView(view, filters, []) };
  if ((target.kind === "cell" || target.kind === "unit") && !view.selection.has(target.unitId)) {
    return { ...result, status: { kind: "refused", reason: "outOfScope" } };
  }
  // Counts, population and the list in one round trip; the list is dropped unless allowed.
  const aspects = view.aspects;
  const [scopeData, listed] = await Promise.all([
    readScope(view.campaign.id, view),
    listTraces(view.campaign.id, target, [...view.selection], view.roleKey, view.serviceKey),
  ]);
  const status = checkView(view, filters, scopeData.respondents, scopeData.protection);
  if (status.kind !== "ok") return { ...result, status };
  const profile = profileOf(filters);
  const topics = topicsInView(scopeData.topicRows, view.selection, profile);
  const rowUnits = [
    ...units.map((u) => u.id),
    ...(hasNoUnitRow(view, ownByUnit(view, scopeData.respondents, filters), topics) ? [NO_UNIT] : []),
  ];
  if ((target.kind === "cell" || target.kind === "unit") && !rowUnits.includes(target.unitId)) {
    return { ...result, status: { kind: "refused", reason: "outOfScope" } };
  }
  // The same protected figure the dashboard shows for this bar or cell.
  const topicFigure = (topic: string, set: ReadonlySet<string>) => scopeData.protection.topic(topic, set, profile);
  const categories = buildCategories(rowUnits, topicFigure);
  const figure = figureFor(
    target,
    categories,
    buildAspects(aspects, view.selection, topicFigure, sumOverUnits(topics), categories.any),
  );
  await scopeData.saveDecisions({ prune: false });
  if (figure === null) return { ...result, status: { kind: "refused", reason: "hidden" } };
  if (figure < MIN_QUOTE_RESPONDENTS) return { ...result, figure, status: { kind: "refused", reason: "few" } };
  const items = listed.rows.map(
    (r) =>
      ({
        id: r.id,
        text: r.text,
        unitId: target.kind === "cell" || target.kind === "unit" ? r.unitId : null,
        kind: r.finding ? "finding" : "answer",
        aspect: r.aspect,
        categories: r.categories,
      }) as EvidenceEntry,
  );
  return {
    ...result,
    status,
    figure,
    items,
    total: listed.total,
    unmasked: isSmall(listed.total - listed.quotable) ? 0 : listed.total - listed.quotable,
  };
}

function figureFor(
  target: DrillTarget,
  categories: ReturnType<typeof buildCategories>,
  aspects: ReturnType<typeof buildAspects>,
): Figure {
  switch (target.kind) {
    case "cell":
      return (
        categories.rows.find((r) => r.unitId === target.unitId)?.cells.find((c) => c.category === target.category)
          ?.value ?? null
      );
    case "unit":
      return categories.rows.find((r) => r.unitId === target.unitId)?.any ?? null;
    case "category":
      return categories.totals.find((c) => c.category === target.category)?.value ?? null;
    case "aspect":
      return aspects.find((a) => a.code === target.aspect)?.people ?? null;
  }
}

type TraceRow = { id: string; unitId: string; finding: boolean; aspect: string; categories: string[]; text: string };

async function listTraces(
  campaignId: string,
  target: DrillTarget,
  selection: string[],
  roleKey: string,
  serviceKey: string,
) {
  const units = target.kind === "cell" || target.kind === "unit" ? [target.unitId] : selection;
  const category = target.kind === "cell" || target.kind === "category" ? target.category : null;
  const aspect = target.kind === "aspect" ? target.aspect : null;
  const role = roleKey === "*" ? null : roleKey;
  const service = serviceKey === "*" ? null : serviceKey;
  const where = Prisma.sql`tr."campaignId" = ${campaignId} AND tr."unitId" = ANY(${units}::text[])
      AND (${category}::text IS NULL OR ${category}::text = ANY(tr.categories))
      AND (${aspect}::text IS NULL OR tr."aspectCode" = ${aspect}::text)
      AND (${role}::text IS NULL OR tr."roleLevel" = ${role}::text)
      AND (${service}::text IS NULL OR tr."serviceYears" = ${service}::text)`;
  // Two queries: the counts, and the first masked items by the random evidence id (index order,
  // stops early), so neither submission nor review order shows through.
  const [counts, rows] = await Promise.all([
    sqlRead<{ total: number; quotable: number; respondents: number }>(Prisma.sql`
      SELECT count(*)::int AS total, (count(*) FILTER (WHERE tr.quotable))::int AS quotable,
             count(DISTINCT tr."responseId")::int AS respondents
      FROM "DashboardEvidenceTrace" tr WHERE ${where}`),
    sqlRead<TraceRow>(Prisma.sql`
      SELECT tr."evidenceId"::text AS id, tr."unitId" AS "unitId", tr."responseId" IS NULL AS finding, tr."aspectCode" AS aspect, tr.categories, e."maskedText" AS text
      FROM "DashboardEvidenceTrace" tr
      -- Only a reviewer's masked text, and only while the item is still reviewed.
      JOIN "EvidenceItem" e ON e.id = tr."evidenceId" AND e.status IN ('ACCEPTED', 'CORRECTED') AND e."maskedText" IS NOT NULL
      WHERE ${where} AND tr.quotable
      ORDER BY tr."evidenceId"
      LIMIT ${LIST_LIMIT}`),
  ]);
  // A figure of 10 "people" may be 9 seminar participants and one officer: officers' own texts are
  // listed only when at least 10 respondents wrote texts on the target.
  const respondents = counts[0]?.respondents ?? 0;
  const listed = respondents >= MIN_QUOTE_RESPONDENTS ? rows : rows.filter((r) => r.finding);
  return { rows: listed, total: counts[0]?.total ?? 0, quotable: counts[0]?.quotable ?? 0 };
}
