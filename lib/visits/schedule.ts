// The visit schedule's rules, pure: which visits are overdue, a group's progress, and the weeks of
// a month for the calendar view. Dates are midnight UTC ("YYYY-MM-DD" strings on the page).

export const VISIT_METHODS = ["UNIT_REPORT", "SEMINAR", "TALKS", "QUESTIONNAIRE_SESSION"] as const;
export type VisitMethodName = (typeof VISIT_METHODS)[number];

export type VisitState = "unplanned" | "planned" | "overdue" | "held";

export function visitState(visit: { visitOn: Date | null; heldOn: Date | null }, today: Date): VisitState {
  if (visit.heldOn) return "held";
  if (!visit.visitOn) return "unplanned";
  return visit.visitOn.getTime() < today.getTime() ? "overdue" : "planned";
}

/** Units visited / units assigned, per group. */
export function groupProgress(visits: readonly { heldOn: Date | null }[]): { visited: number; planned: number } {
  return { visited: visits.filter((v) => v.heldOn).length, planned: visits.length };
}

/** The weeks (Monday first) of the month containing `month`, each day as "YYYY-MM-DD" or null outside the month. */
export function monthWeeks(month: Date): (string | null)[][] {
  const first = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1));
  const days = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) cells.push(new Date(first.getTime() + (d - 1) * 86_400_000).toISOString().slice(0, 10));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The months ("YYYY-MM-01" dates) a campaign spans, for one calendar per month. */
export function campaignMonths(startsOn: Date, endsOn: Date): Date[] {
  const months: Date[] = [];
  for (let m = new Date(Date.UTC(startsOn.getUTCFullYear(), startsOn.getUTCMonth(), 1)); m <= endsOn && months.length < 24; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) months.push(m);
  return months;
}
