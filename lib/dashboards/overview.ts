// Campaign overview figures: respondents by unit (with the units under each), by source and by
// day. Unit figures come from the scope's protected respondents table (scope-table.ts), so every
// view agrees with every other; the source and day breakdowns are only shown for the whole scope
// without filters, protected together with its published total.
import { isSmall, protect, type Line } from "@/lib/dashboards/suppression";
import type { Figure, OverviewData, ParticipationRow, UnitInfo } from "@/lib/dashboards/types";
import { NO_UNIT } from "@/lib/dashboards/units";

export const SOURCES = ["ONLINE", "KIOSK", "PAPER"] as const;

export type OverviewInput = {
  /** The selected units in tree order. */
  ordered: readonly { unit: UnitInfo; depth: number }[];
  /** Whether responses without a unit belong to the view (all-seeing scope, no unit filter). */
  includeNoUnit: boolean;
  /** The protected respondents of a set of units under the view's profile filters. */
  count: (units: ReadonlySet<string>) => Figure;
  /** True respondents per unit (for the code-rate rule only; never published as such). */
  own: ReadonlyMap<string, number>;
  /** Source and day breakdowns (unfiltered views only), or null. */
  breakdown: { sources: ReadonlyMap<string, number>; days: readonly { date: string; respondents: number }[] } | null;
  /** Access codes issued and used per unit. */
  codes: ReadonlyMap<string, { issued: number; used: number }>;
  seminarPeople: Figure;
  sessions: number;
  /** Participation rates only make sense without profile filters (headcounts cover every rank). */
  withRates: boolean;
  campaignDay: { current: number; total: number; finished: boolean };
};

export function buildOverview(input: OverviewInput): OverviewData {
  const rows = input.includeNoUnit ? [...input.ordered, { unit: null, depth: 0 }] : [...input.ordered];
  const ids = rows.map((r) => r.unit?.id ?? NO_UNIT);
  const respondents = input.count(new Set(ids));
  const selected = new Set(input.ordered.map((r) => r.unit.id));
  const children = new Map<string, string[]>();
  for (const { unit } of input.ordered)
    if (unit.parentId && selected.has(unit.parentId))
      children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
  const below = (id: string): string[] => [id, ...(children.get(id) ?? []).flatMap(below)];
  const units: ParticipationRow[] = rows.map(({ unit, depth }) => {
    const id = unit?.id ?? NO_UNIT;
    const own = input.count(new Set([id]));
    const codes = input.codes.get(id);
    const headcount = unit?.headcount ?? null;
    const base = !input.withRates ? null : codes?.issued ? "codes" : headcount ? "headcount" : null;
    return {
      unitId: id,
      depth,
      own,
      ...(children.has(id) ? { subtree: input.count(new Set(below(id))) } : {}),
      codes: codes?.issued ?? null,
      headcount,
      rate:
        base === "codes"
          ? codeRate(codes!, own, input.own.get(id) ?? 0)
          : base === "headcount" && own !== null
            ? own / headcount!
            : null,
      rateBase: base,
    };
  });
  const breakdown = input.breakdown && protectBreakdown(respondents, input.breakdown);
  return {
    respondents,
    seminarPeople: input.seminarPeople,
    reached: sumOrNull(respondents, input.seminarPeople),
    sessions: input.sessions,
    sources: breakdown?.sources ?? null,
    days: breakdown?.days ?? null,
    units,
    campaignDay: input.campaignDay,
  };
}

/**
 * Sources and days of the whole scope: each adds up to the total, which the protected table has
 * already published or hidden; a hidden total stays hidden here too (it is never a complement).
 */
function protectBreakdown(total: Figure, input: NonNullable<OverviewInput["breakdown"]>) {
  const sum = [...input.sources.values()].reduce((a, b) => a + b, 0);
  const values = [sum, ...SOURCES.map((s) => input.sources.get(s) ?? 0), ...input.days.map((d) => d.respondents)];
  const sourceCells = SOURCES.map((_, i) => 1 + i);
  const dayCells = input.days.map((_, i) => 1 + SOURCES.length + i);
  const lines: Line[] = [
    { total: 0, parts: sourceCells },
    { total: 0, parts: dayCells },
  ];
  const first = values.map((_, i) => i === 0);
  const hidden = protect(values, lines, values, total === null ? { forced: first } : { known: first });
  return {
    sources: SOURCES.map((source, i) => ({ source, value: hidden[sourceCells[i]] ? null : values[sourceCells[i]] })),
    days: input.days.map((d, i) => ({ date: d.date, value: hidden[dayCells[i]] ? null : values[dayCells[i]] })),
  };
}

/**
 * Codes used out of codes issued. Used codes are respondents too: the rate is hidden when they are
 * 1-4, or when the unit's other respondents (on paper, at a kiosk) would be 1-4, since the rate
 * times the codes issued, taken from the unit's respondents, would count them.
 */
function codeRate(codes: { issued: number; used: number }, own: Figure, ownTrue: number): Figure {
  if (own === null || isSmall(codes.used) || isSmall(ownTrue - codes.used)) return null;
  return codes.used / codes.issued;
}

/** A sum is published only when both parts are (else it gives the hidden one away). */
function sumOrNull(a: Figure, b: Figure): Figure {
  return a === null || b === null ? null : a + b;
}

const DAY = 86_400_000;

/** Every day from the campaign's start to its end, plus any day with late (e.g. paper) entries. */
export function campaignDays(campaign: { startsOn: Date; endsOn: Date }, counts: ReadonlyMap<string, number>) {
  const days = new Map(counts);
  for (let t = campaign.startsOn.getTime(); t <= campaign.endsOn.getTime(); t += DAY) {
    const date = new Date(t).toISOString().slice(0, 10);
    if (!days.has(date)) days.set(date, 0);
  }
  return [...days].sort(([a], [b]) => a.localeCompare(b)).map(([date, respondents]) => ({ date, respondents }));
}

export function campaignDay(campaign: { startsOn: Date; endsOn: Date }, now: Date) {
  const total = Math.round((campaign.endsOn.getTime() - campaign.startsOn.getTime()) / DAY) + 1;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const day = Math.floor((today - campaign.startsOn.getTime()) / DAY) + 1;
  return { current: Math.min(total, Math.max(0, day)), total, finished: day > total };
}

/** Seminar participants (by role level, e.g. {"leader":2,"officer":12}); one level when filtered. */
export function participantsOf(json: unknown, role: string | null): number {
  if (!json || typeof json !== "object" || Array.isArray(json)) return 0;
  const entries = Object.entries(json as Record<string, unknown>).filter(([key]) => role === null || key === role);
  return entries.reduce((sum, [, v]) => sum + (typeof v === "number" && v > 0 ? v : 0), 0);
}
