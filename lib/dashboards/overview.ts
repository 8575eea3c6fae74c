// Campaign overview figures: respondents by unit (with the units under each), by source and by
// day. All three add up to the same total, so they are protected as one book.
import { FigureBook, isSmall } from "@/lib/dashboards/suppression";
import type { Figure, OverviewData, ParticipationRow, UnitInfo } from "@/lib/dashboards/types";
import { NO_UNIT } from "@/lib/dashboards/units";

export const SOURCES = ["ONLINE", "KIOSK", "PAPER"] as const;

export type OverviewInput = {
  /** The selected units in tree order. */
  ordered: readonly { unit: UnitInfo; depth: number }[];
  /** Whether responses without a unit belong to the view (all-seeing scope, no unit filter). */
  includeNoUnit: boolean;
  /** Respondents per unit under the profile filters. */
  own: ReadonlyMap<string, number>;
  sources: ReadonlyMap<string, number>;
  /** Every day of the campaign, in order, with its respondents. */
  days: readonly { date: string; respondents: number }[];
  /** Access codes issued and used per unit. */
  codes: ReadonlyMap<string, { issued: number; used: number }>;
  seminarPeople: number;
  sessions: number;
  /** Participation rates only make sense without profile filters (headcounts cover every rank). */
  withRates: boolean;
  campaignDay: { current: number; total: number; finished: boolean };
};

export function buildOverview(input: OverviewInput): OverviewData {
  const book = new FigureBook();
  const rows = input.includeNoUnit ? [...input.ordered, { unit: null, depth: 0 }] : [...input.ordered];
  const ownCount = (id: string) => input.own.get(id) ?? 0;
  const total = rows.reduce((sum, r) => sum + ownCount(r.unit?.id ?? NO_UNIT), 0);
  const totalCell = book.add(total);

  const ownCell = new Map<string, number>();
  for (const row of rows) ownCell.set(row.unit?.id ?? NO_UNIT, book.add(ownCount(row.unit?.id ?? NO_UNIT)));

  // Subtree figures for units with selected children, built bottom-up.
  const selected = new Set(input.ordered.map((r) => r.unit.id));
  const children = new Map<string, string[]>();
  for (const { unit } of input.ordered) {
    if (unit.parentId && selected.has(unit.parentId))
      children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
  }
  const subtreeCell = new Map<string, number>();
  const subtreeValue = (id: string): number =>
    ownCount(id) + (children.get(id) ?? []).reduce((sum, c) => sum + subtreeValue(c), 0);
  const figureOf = (id: string) => subtreeCell.get(id) ?? ownCell.get(id)!;
  for (const { unit } of [...input.ordered].reverse()) {
    const kids = children.get(unit.id);
    if (!kids) continue;
    const cell = book.add(subtreeValue(unit.id));
    subtreeCell.set(unit.id, cell);
    book.line(cell, [ownCell.get(unit.id)!, ...kids.map(figureOf)]);
  }
  const roots = rows.filter((r) => !r.unit || !(r.unit.parentId && selected.has(r.unit.parentId)));
  book.line(
    totalCell,
    roots.map((r) => (r.unit ? figureOf(r.unit.id) : ownCell.get(NO_UNIT)!)),
  );

  const sourceCells = SOURCES.map((source) => ({ source, cell: book.add(input.sources.get(source) ?? 0) }));
  book.line(
    totalCell,
    sourceCells.map((s) => s.cell),
  );
  const dayCells = input.days.map((d) => ({ date: d.date, cell: book.add(d.respondents) }));
  book.line(
    totalCell,
    dayCells.map((d) => d.cell),
  );
  const seminarCell = book.add(input.seminarPeople);

  const respondents = book.get(totalCell);
  const seminarPeople = book.get(seminarCell);
  const units: ParticipationRow[] = rows.map(({ unit, depth }) => {
    const id = unit?.id ?? NO_UNIT;
    const own = book.get(ownCell.get(id)!);
    const codes = input.codes.get(id);
    const headcount = unit?.headcount ?? null;
    const base = !input.withRates ? null : codes?.issued ? "codes" : headcount ? "headcount" : null;
    return {
      unitId: id,
      depth,
      own,
      ...(subtreeCell.has(id) ? { subtree: book.get(subtreeCell.get(id)!) } : {}),
      codes: codes?.issued ?? null,
      headcount,
      rate:
        base === "codes"
          ? codeRate(codes!, own, ownCount(id))
          : base === "headcount" && own !== null
            ? own / headcount!
            : null,
      rateBase: base,
    };
  });
  return {
    respondents,
    seminarPeople,
    reached: sumOrNull(respondents, seminarPeople),
    sessions: input.sessions,
    sources: sourceCells.map(({ source, cell }) => ({ source, value: book.get(cell) })),
    days: dayCells.map(({ date, cell }) => ({ date, value: book.get(cell) })),
    units,
    campaignDay: input.campaignDay,
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
