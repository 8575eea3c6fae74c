import "server-only";
import { sqlQuery } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDate } from "@/lib/dates";
import { isOverdue } from "@/lib/actions/schemas";

// The department head's dashboard card: per category, how many actions are open, overdue and done,
// and the closure rate (done / all). An action counts in every category of the problems it answers;
// one answering no problem counts under "other". Actions are campaign-wide, not respondent figures,
// so no small-group rule applies to them.

export type ClosureRow = { category: string; open: number; overdue: number; done: number; rate: number | null };

export async function closureByCategory(campaignId: string, now = new Date()): Promise<{ rows: ClosureRow[]; total: ClosureRow }> {
  // One statement (the ORM's nested select took three, one after the other, on the dashboard's path).
  const actions = await sqlQuery<{ status: string; dueOn: string | null; categories: string[] }>(Prisma.sql`
    SELECT a.status::text AS status, to_char(a."dueOn", 'YYYY-MM-DD') AS "dueOn",
           array_remove(array_agg(DISTINCT p.category::text), NULL) AS categories
    FROM "Action" a
    LEFT JOIN "ActionProblem" ap ON ap."actionId" = a.id
    LEFT JOIN "Problem" p ON p.id = ap."problemId"
    WHERE a."campaignId" = ${campaignId}
    GROUP BY a.id`);
  const today = isoDate(now);
  const rows = new Map<string, ClosureRow>();
  const total: ClosureRow = { category: "all", open: 0, overdue: 0, done: 0, rate: null };
  const add = (row: ClosureRow, a: (typeof actions)[number]) => {
    if (a.status === "DONE") row.done++;
    else row.open++;
    if (isOverdue(a, today)) row.overdue++;
  };
  for (const a of actions) {
    const categories = new Set(a.categories);
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
