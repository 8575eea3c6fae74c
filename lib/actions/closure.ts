import "server-only";
import { db } from "@/lib/db/client";
import { isoDate } from "@/lib/dates";
import { isOverdue } from "@/lib/actions/schemas";

// The department head's dashboard card: per category, how many actions are open, overdue and done,
// and the closure rate (done / all). An action counts in every category of the problems it answers;
// one answering no problem counts under "other". Actions are campaign-wide, not respondent figures,
// so no small-group rule applies to them.

export type ClosureRow = { category: string; open: number; overdue: number; done: number; rate: number | null };

export async function closureByCategory(campaignId: string, now = new Date()): Promise<{ rows: ClosureRow[]; total: ClosureRow }> {
  const actions = await db.action.findMany({
    where: { campaignId },
    select: { status: true, dueOn: true, problems: { select: { problem: { select: { category: true } } } } },
  });
  const today = isoDate(now);
  const rows = new Map<string, ClosureRow>();
  const total: ClosureRow = { category: "all", open: 0, overdue: 0, done: 0, rate: null };
  const add = (row: ClosureRow, a: (typeof actions)[number]) => {
    if (a.status === "DONE") row.done++;
    else row.open++;
    if (isOverdue(a, today)) row.overdue++;
  };
  for (const a of actions) {
    const categories = new Set(a.problems.map((p) => p.problem.category as string));
    if (categories.size === 0) categories.add("other");
    for (const category of categories) {
      const row = rows.get(category) ?? { category, open: 0, overdue: 0, done: 0, rate: null };
      add(row, a);
      rows.set(category, row);
    }
    add(total, a);
  }
  const rate = (r: ClosureRow) => ({ ...r, rate: r.open + r.done === 0 ? null : r.done / (r.open + r.done) });
  return { rows: [...rows.values()].map(rate).sort((a, b) => a.category.localeCompare(b.category)), total: rate(total) };
}
