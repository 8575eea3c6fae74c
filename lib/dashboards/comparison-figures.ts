// The change between two campaigns, worked out only from figures that each campaign's own dashboard
// already publishes to this reader (same scope, same filters, each side protected on its own
// scope's table). A difference is computed only when both sides are published: a difference with one
// side hidden, added to the other side's public figure, would give the hidden figure away. So the
// comparison publishes nothing a reader could not already work out from the two dashboards.
// Pure: the unit tests and the component test feed it hand-made dashboards.
import type { DashboardData, Figure } from "@/lib/dashboards/types";

/** Why a change is not shown; null when it is. */
export type NoChange = "currentHidden" | "earlierHidden" | "bothHidden" | "notAskedEarlier";

export type ChangeRow = {
  /** Aspect code, category id or question key. */
  key: string;
  current: Figure;
  earlier: Figure;
  /** current - earlier, only when both are published. */
  change: Figure;
  why: NoChange | null;
};

export type AspectChange = ChangeRow & {
  section: string;
  category: string;
  titleEn: string;
  titleZh: string;
  /** People raising it on each side (the shares' numerators), as the two dashboards publish them. */
  people: { current: Figure; earlier: Figure };
};

export type MeanChange = ChangeRow & {
  aspect: string;
  kind: "number" | "likert";
  prompt: string;
  unit: string | null;
};

export type ComparedFigures = {
  /** People heard on each side: respondents plus seminar participants (the shares' denominator). */
  heard: { current: Figure; earlier: Figure };
  categories: ChangeRow[];
  aspects: AspectChange[];
  means: MeanChange[];
};

type Side = Pick<DashboardData, "overview" | "categories" | "aspects" | "numbers" | "likert">;

const CODES = new Intl.Collator("en", { numeric: true });
const LIKERT_POINTS = [1, 2, 3, 4, 5] as const;

export function changeRow(key: string, current: Figure, earlier: Figure, absent?: NoChange): ChangeRow {
  if (absent) return { key, current, earlier, change: null, why: absent };
  const why: NoChange | null =
    current === null && earlier === null
      ? "bothHidden"
      : current === null
        ? "currentHidden"
        : earlier === null
          ? "earlierHidden"
          : null;
  return { key, current, earlier, change: why === null ? current! - earlier! : null, why };
}

/**
 * The share of the people heard who raised a topic. Both figures are published by the dashboard,
 * so their ratio is too; the share describes the same people as the dashboard's own figures.
 */
export function shareOf(people: Figure, heard: Figure): Figure {
  return people === null || heard === null || heard === 0 ? null : people / heard;
}

/**
 * A Likert question's mean, from its published point counts only. The dashboard publishes the
 * counts, not a mean: a mean taken over hidden points would be one more equation on them (with the
 * number of answers, two hidden points would be solved), so with any point hidden there is no mean.
 */
export function likertMean(n: Figure, counts: readonly Figure[]): Figure {
  if (n === null || n === 0 || counts.length !== LIKERT_POINTS.length || counts.some((c) => c === null)) return null;
  const total = counts.reduce<number>((sum, c) => sum + c!, 0);
  if (total !== n) return null;
  return counts.reduce<number>((sum, c, i) => sum + LIKERT_POINTS[i] * c!, 0) / n;
}

/** Compares two dashboards of the same reader, units and filters on the aspects both campaigns use. */
export function compareFigures(current: Side, earlier: Side, overlap: ReadonlySet<string>): ComparedFigures {
  const heard = { current: current.overview?.reached ?? null, earlier: earlier.overview?.reached ?? null };
  const categoryOf = (side: Side) => new Map((side.categories?.totals ?? []).map((c) => [c.category, c.value]));
  const nowCategories = categoryOf(current);
  const thenCategories = categoryOf(earlier);
  const categories = [...nowCategories.keys()].map((category) =>
    changeRow(
      category,
      shareOf(nowCategories.get(category) ?? null, heard.current),
      shareOf(thenCategories.get(category) ?? null, heard.earlier),
    ),
  );
  const earlierAspects = new Map(earlier.aspects.map((a) => [a.code, a]));
  const aspects = current.aspects
    .filter((a) => overlap.has(a.code))
    .sort((a, b) => CODES.compare(a.code, b.code))
    .map((a): AspectChange => {
      const then = earlierAspects.get(a.code);
      const people = { current: a.people, earlier: then ? then.people : null };
      return {
        ...changeRow(a.code, shareOf(a.people, heard.current), shareOf(people.earlier, heard.earlier)),
        section: a.section,
        category: a.category,
        titleEn: a.titleEn,
        titleZh: a.titleZh,
        people,
      };
    });
  return { heard, categories, aspects, means: compareMeans(current, earlier, overlap) };
}

/**
 * Numeric and Likert questions mapped to an aspect both campaigns use, paired by question key (the
 * same question asked again; a different question on the same aspect has another scale).
 */
function compareMeans(current: Side, earlier: Side, overlap: ReadonlySet<string>): MeanChange[] {
  type Mean = { key: string; aspect: string; kind: "number" | "likert"; prompt: string; unit: string | null; mean: Figure };
  const means = (side: Side): Mean[] => [
    ...side.numbers.flatMap((q) =>
      q.aspect ? [{ key: q.key, aspect: q.aspect, kind: "number" as const, prompt: q.prompt, unit: q.unit, mean: q.mean }] : [],
    ),
    ...side.likert.flatMap((q) =>
      q.aspect
        ? [{ key: q.key, aspect: q.aspect, kind: "likert" as const, prompt: q.prompt, unit: null, mean: likertMean(q.n, q.counts) }]
        : [],
    ),
  ];
  const then = new Map(means(earlier).map((m) => [`${m.kind}:${m.key}`, m]));
  const now = means(current).filter((m) => overlap.has(m.aspect));
  return now
    .sort((a, b) => CODES.compare(a.aspect, b.aspect))
    .map((m) => {
      const old = then.get(`${m.kind}:${m.key}`);
      const same = old && old.aspect === m.aspect ? old : undefined;
      return {
        ...changeRow(m.key, m.mean, same ? same.mean : null, same ? undefined : "notAskedEarlier"),
        aspect: m.aspect,
        kind: m.kind,
        prompt: m.prompt,
        unit: m.unit,
      };
    });
}
