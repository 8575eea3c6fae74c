// Reviewed problems: people raising each category per unit (the heatmap), category totals and
// shares, and the 37 aspects ranked. "People" are distinct respondents with reviewed free text on
// the topic plus officers who raised reviewed seminar findings on it; a respondent belongs to one
// unit, so a category's total is the sum of its unit cells (scope-table.ts protects them all).
import { CATEGORIES } from "@/lib/classification/taxonomy";
import type { AspectRow, CategoryData, Figure } from "@/lib/dashboards/types";
import { MIN_QUOTE_RESPONDENTS, MIN_RESPONDENTS } from "@/lib/dashboards/suppression";

export type TopicTotals = { respondents: number; seminarPeople: number; severityPoints: number };
export type TopicsByUnit = ReadonlyMap<string, ReadonlyMap<string, TopicTotals>>;
export type AspectInfo = { code: string; section: string; category: string; titleEn: string; titleZh: string };

const EMPTY: TopicTotals = { respondents: 0, seminarPeople: 0, severityPoints: 0 };

export function people(t: TopicTotals | undefined): number {
  return t ? t.respondents + t.seminarPeople : 0;
}

/** Sums every unit's totals per topic. */
export function sumOverUnits(topics: TopicsByUnit): Map<string, TopicTotals> {
  const result = new Map<string, TopicTotals>();
  for (const byTopic of topics.values()) {
    for (const [topic, t] of byTopic) {
      const sum = result.get(topic) ?? EMPTY;
      result.set(topic, {
        respondents: sum.respondents + t.respondents,
        seminarPeople: sum.seminarPeople + t.seminarPeople,
        severityPoints: sum.severityPoints + t.severityPoints,
      });
    }
  }
  return result;
}

/** A protected topic figure over a set of units, under the view's profile filters. */
export type TopicFigure = (topic: string, units: ReadonlySet<string>) => Figure;

/**
 * The heatmap: people per unit and category, each unit's "any problem", and the totals over the
 * selection. Every figure is read from the scope's protected tables, so a total and its cells
 * agree with every other view the reader can open.
 */
export function buildCategories(units: readonly string[], figure: TopicFigure): CategoryData {
  const all = new Set(units);
  const any = figure("any", all);
  return {
    any,
    totals: CATEGORIES.map((category) => {
      const v = figure(`category:${category}`, all);
      return { category, value: v, share: ratio(v, any) };
    }),
    rows: units.map((unitId) => {
      const one = new Set([unitId]);
      return {
        unitId,
        any: figure("any", one),
        cells: CATEGORIES.map((category) => ({ category, value: figure(`category:${category}`, one) })),
      };
    }),
  };
}

/**
 * The aspects, most-raised first. `any` is the published number of people with any reviewed
 * problem (the shares' denominator). `totals` are the true sums over the selection, used for the
 * severity (a mean over seminar officers) and for whether officers' texts may be quoted.
 */
export function buildAspects(
  aspects: readonly AspectInfo[],
  units: ReadonlySet<string>,
  figure: TopicFigure,
  totals: ReadonlyMap<string, TopicTotals>,
  any: Figure,
): AspectRow[] {
  return aspects
    .map((aspect) => {
      const t = totals.get(`aspect:${aspect.code}`) ?? EMPTY;
      const value = figure(`aspect:${aspect.code}`, units);
      return {
        ...aspect,
        people: value,
        share: ratio(value, any),
        // A mean severity describes the officers who raised the findings: only from 5 or more.
        severity: value !== null && t.seminarPeople >= MIN_RESPONDENTS ? t.severityPoints / t.seminarPeople : null,
        // Officers' own texts are quoted only where at least 10 respondents wrote on the aspect; a
        // "people" figure may be mostly seminar participants.
        answersQuotable: t.respondents >= MIN_QUOTE_RESPONDENTS,
      };
    })
    .sort(byRank);
}

// One collator for every sort: localeCompare with options builds a new one per comparison.
const CODES = new Intl.Collator("en", { numeric: true });

function byRank(a: AspectRow, b: AspectRow): number {
  return (b.people ?? -1) - (a.people ?? -1) || (b.severity ?? 0) - (a.severity ?? 0) || CODES.compare(a.code, b.code);
}

function ratio(part: Figure, whole: Figure): Figure {
  return part === null || whole === null || whole === 0 ? null : part / whole;
}
