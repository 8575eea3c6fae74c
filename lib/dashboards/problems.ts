// Reviewed problems: people raising each category per unit (the heatmap), category totals and
// shares, and the 37 aspects ranked. "People" are distinct respondents with reviewed free text on
// the topic plus officers who raised reviewed seminar findings on it; a respondent belongs to one
// unit, so a category's total is the sum of its unit cells, and that line is protected.
import { CATEGORIES } from "@/lib/classification/taxonomy";
import { FigureBook } from "@/lib/dashboards/suppression";
import type { AspectRow, CategoryData, Figure } from "@/lib/dashboards/types";
import { MIN_QUOTE_RESPONDENTS } from "@/lib/dashboards/suppression";

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

export function buildCategories(units: readonly string[], topics: TopicsByUnit): CategoryData {
  const book = new FigureBook();
  const value = (unit: string, topic: string) => people(topics.get(unit)?.get(topic));
  const anyCells = units.map((u) => book.add(value(u, "any")));
  const anyTotal = book.add(units.reduce((sum, u) => sum + value(u, "any"), 0));
  book.line(anyTotal, anyCells);
  const cells = units.map((u) => CATEGORIES.map((c) => book.add(value(u, `category:${c}`))));
  const totals = CATEGORIES.map((c, k) => {
    const cell = book.add(units.reduce((sum, u) => sum + value(u, `category:${c}`), 0));
    book.line(
      cell,
      cells.map((row) => row[k]),
    );
    return cell;
  });
  const any = book.get(anyTotal);
  return {
    any,
    totals: CATEGORIES.map((category, k) => {
      const v = book.get(totals[k]);
      return { category, value: v, share: ratio(v, any) };
    }),
    rows: units.map((unitId, i) => ({
      unitId,
      any: book.get(anyCells[i]),
      cells: CATEGORIES.map((category, k) => ({ category, value: book.get(cells[i][k]) })),
    })),
  };
}

/**
 * The aspects, most-raised first. `any` is the published number of people with any reviewed
 * problem (the shares' denominator). Aspect figures are not sums of one another (one respondent
 * may raise several), so only the small-figure rule applies to them.
 */
export function buildAspects(
  aspects: readonly AspectInfo[],
  totals: ReadonlyMap<string, TopicTotals>,
  any: Figure,
): AspectRow[] {
  const book = new FigureBook();
  const rows = aspects.map((aspect) => {
    const t = totals.get(`aspect:${aspect.code}`) ?? EMPTY;
    return {
      aspect,
      people: book.add(people(t)),
      // Officers' own texts are quoted only where at least 10 respondents wrote on the aspect; a
      // "people" figure may be mostly seminar participants.
      answersQuotable: t.respondents >= MIN_QUOTE_RESPONDENTS,
      // Mean severity is a figure about the officers who raised the findings.
      severity: book.add(t.seminarPeople > 0 ? t.severityPoints / t.seminarPeople : 0, t.seminarPeople),
    };
  });
  return rows
    .map(({ aspect, people: p, severity, answersQuotable }) => {
      const value = book.get(p);
      const mean = book.get(severity);
      return {
        ...aspect,
        people: value,
        share: ratio(value, any),
        severity: mean === 0 ? null : mean,
        answersQuotable,
      };
    })
    .sort(byRank);
}

export function withComparison(current: AspectRow[], previous: readonly AspectRow[]): AspectRow[] {
  const byCode = new Map(previous.map((row) => [row.code, row]));
  return current.map((row) => {
    const old = byCode.get(row.code);
    return { ...row, compare: { people: old?.people ?? 0, share: old?.share ?? null } };
  });
}

// One collator for every sort: localeCompare with options builds a new one per comparison.
const CODES = new Intl.Collator("en", { numeric: true });

function byRank(a: AspectRow, b: AspectRow): number {
  return (b.people ?? -1) - (a.people ?? -1) || (b.severity ?? 0) - (a.severity ?? 0) || CODES.compare(a.code, b.code);
}

function ratio(part: Figure, whole: Figure): Figure {
  return part === null || whole === null || whole === 0 ? null : part / whole;
}
