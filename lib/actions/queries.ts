import "server-only";
import { db } from "@/lib/db/client";
import { isoDate } from "@/lib/dates";
import { historyOf } from "@/lib/audit/queries";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unitSubtree } from "@/lib/auth/scope";
import { isOverdue, PAGE_SIZE, type TableQuery } from "@/lib/actions/schemas";

// Follow-up actions for the board, the table, an owner's "my actions" and an action's page.
// Actions are the campaign's public next-work measures (not unit-bound data): every staff member
// may read them; only their owners and admins may change them (mutations.ts).

const CARD = {
  id: true,
  number: true,
  title: true,
  titleZh: true,
  status: true,
  dueOn: true,
  ownerName: true,
  ownerId: true,
  version: true,
  problems: { select: { problem: { select: { id: true, title: true, titleZh: true, category: true } } } },
} as const;

type CardRow = Prisma.ActionGetPayload<{ select: typeof CARD }>;

export type ActionCard = {
  id: string;
  number: number | null;
  title: string;
  titleZh: string;
  status: "PLANNED" | "IN_PROGRESS" | "BLOCKED" | "DONE";
  dueOn: string;
  overdue: boolean;
  ownerName: string;
  ownerId: string | null;
  version: number;
  categories: string[];
  problems: { id: string; title: string; titleZh: string }[];
};

function toCard(row: CardRow, today: string): ActionCard {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    titleZh: row.titleZh,
    status: row.status,
    dueOn: isoDate(row.dueOn),
    overdue: isOverdue(row, today),
    ownerName: row.ownerName,
    ownerId: row.ownerId,
    version: row.version,
    categories: [...new Set(row.problems.map((p) => p.problem.category))],
    problems: row.problems.map((p) => ({ id: p.problem.id, title: p.problem.title, titleZh: p.problem.titleZh })),
  };
}

const ORDER: Prisma.ActionOrderByWithRelationInput[] = [{ number: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }];

/** Every action of the campaign for the board. */
export async function boardActions(campaignId: string, now = new Date()): Promise<ActionCard[]> {
  const rows = await db.action.findMany({ where: { campaignId }, orderBy: ORDER, select: CARD });
  const today = isoDate(now);
  return rows.map((r) => toCard(r, today));
}

/** The actions a staff member owns, open ones first. */
export async function myActions(userId: string, now = new Date()): Promise<ActionCard[]> {
  const rows = await db.action.findMany({ where: { ownerId: userId }, orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }], select: CARD });
  const today = isoDate(now);
  return rows.map((r) => toCard(r, today)).sort((a, b) => Number(a.status === "DONE") - Number(b.status === "DONE"));
}

/** The table: filtered, sorted and paged in the database. */
export async function tableActions(campaignId: string, query: TableQuery, now = new Date()) {
  const today = new Date(`${isoDate(now)}T00:00:00Z`);
  const units = query.unit ? await unitSubtree(query.unit) : null;
  const where: Prisma.ActionWhereInput = {
    campaignId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.owner ? { ownerName: query.owner } : {}),
    ...(query.overdue ? { status: { not: "DONE" }, dueOn: { lt: today } } : {}),
    ...(query.category || units
      ? {
          problems: {
            some: {
              problem: {
                ...(query.category ? { category: query.category } : {}),
                // Units: the action answers a problem raised in the unit or below it.
                ...(units ? { evidence: { some: { evidence: { unitId: { in: units } } } } } : {}),
              },
            },
          },
        }
      : {}),
  };
  const dir = query.dir ?? "asc";
  const orderBy: Prisma.ActionOrderByWithRelationInput[] = (() => {
    switch (query.sort) {
      case "due":
        return [{ dueOn: { sort: dir, nulls: "last" } }, { id: "asc" }];
      case "status":
        return [{ status: dir }, { id: "asc" }];
      case "title":
        return [{ title: dir }, { id: "asc" }];
      case "owner":
        return [{ ownerName: dir }, { id: "asc" }];
      default:
        return [{ number: { sort: dir, nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }];
    }
  })();
  const page = query.page ?? 1;
  const [total, rows, owners] = await Promise.all([
    db.action.count({ where }),
    db.action.findMany({ where, orderBy, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: CARD }),
    db.action.findMany({ where: { campaignId }, distinct: ["ownerName"], orderBy: { ownerName: "asc" }, select: { ownerName: true } }),
  ]);
  const day = isoDate(now);
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    rows: rows.map((r) => toCard(r, day)),
    owners: owners.map((o) => o.ownerName),
  };
}

/** One action with its timeline (every note, published or not) and history. */
export async function actionDetail(id: string, now = new Date()) {
  const row = await db.action.findUnique({
    where: { id },
    select: {
      ...CARD,
      campaignId: true,
      description: true,
      updates: {
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        select: { id: true, body: true, bodyZh: true, published: true, statusTo: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!row) return null;
  const history = await historyOf([{ type: "Action", id }, ...row.updates.map((u) => ({ type: "ActionUpdate", id: u.id }))]);
  return {
    ...toCard(row, isoDate(now)),
    campaignId: row.campaignId,
    description: row.description,
    updates: row.updates.map((u) => ({ ...u, author: u.author?.name ?? null })),
    history,
  };
}

/** Staff who may own actions, and the campaign's problems, for the admin's action form. */
export async function actionFormChoices(campaignId: string) {
  const [users, problems] = await Promise.all([
    db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, role: true } }),
    db.problem.findMany({ where: { campaignId }, orderBy: [{ aspectCode: "asc" }, { title: "asc" }], select: { id: true, title: true, titleZh: true, aspectCode: true } }),
  ]);
  return { users, problems };
}
