import "server-only";
import { db } from "@/lib/db/client";
import { can } from "@/lib/auth/permissions";
import type { ActionContext } from "@/lib/server-actions/define-action";
import { recordChange } from "@/lib/audit/record";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDate } from "@/lib/dates";
import type { ActionEdit, ActionInput, ProgressInput } from "@/lib/actions/schemas";

// Changes to actions. Admins ("action:manage") create and edit any action; an owner (any staff
// role, "action:progress") may move and post notes on their OWN actions only. Every edit names
// the version it was made from; a stale one changes nothing and returns the newer state.

const STATE = {
  title: true,
  titleZh: true,
  description: true,
  ownerName: true,
  ownerId: true,
  dueOn: true,
  status: true,
  version: true,
  campaignId: true,
  problems: { select: { problemId: true } },
} as const;

export type ActionState = {
  title: string;
  titleZh: string;
  description: string;
  ownerName: string;
  ownerId: string | null;
  dueOn: string;
  status: string;
  version: number;
  problemIds: string[];
};

type Row = Prisma.ActionGetPayload<{ select: typeof STATE }>;

function stateOf(row: Row): ActionState {
  return {
    title: row.title,
    titleZh: row.titleZh,
    description: row.description,
    ownerName: row.ownerName,
    ownerId: row.ownerId,
    dueOn: isoDate(row.dueOn),
    status: row.status,
    version: row.version,
    problemIds: row.problems.map((p) => p.problemId).sort(),
  };
}

export type SaveOutcome<T> = { status: "saved"; id: string; version: number } | { status: "conflict"; current: ActionState; attempted: T };

async function ownerOf(tx: Prisma.TransactionClient, input: Pick<ActionInput, "owner" | "officeName">) {
  if (input.owner === "office") return { ownerId: null, ownerName: input.officeName };
  const user = await tx.user.findUnique({ where: { id: input.owner.slice(5) }, select: { id: true, name: true, active: true } });
  if (!user || !user.active) throw new DomainError("invalid_input");
  return { ownerId: user.id, ownerName: user.name };
}

async function checkProblems(tx: Prisma.TransactionClient, campaignId: string, ids: string[]) {
  const found = await tx.problem.count({ where: { id: { in: ids }, campaignId } });
  if (found !== new Set(ids).size) throw new DomainError("invalid_input");
}

/** The columns the action form sets, on creating and on editing alike. */
function formFields(input: ActionInput, owner: Awaited<ReturnType<typeof ownerOf>>) {
  const dueOn = input.dueOn ? new Date(`${input.dueOn}T00:00:00Z`) : null;
  return { title: input.title, titleZh: input.titleZh, description: input.description, ...owner, dueOn, status: input.status };
}

export async function createAction({ user }: ActionContext, input: ActionInput) {
  return db.$transaction(async (tx) => {
    if ((await tx.campaign.count({ where: { id: input.campaignId } })) === 0) throw new NotFoundError();
    await checkProblems(tx, input.campaignId, input.problemIds);
    const owner = await ownerOf(tx, input);
    const row = await tx.action.create({
      data: {
        campaignId: input.campaignId,
        ...formFields(input, owner),
        problems: { create: [...new Set(input.problemIds)].map((problemId) => ({ problemId })) },
      },
      select: { id: true, ...STATE },
    });
    await recordChange(tx, { actorId: user.id, action: "action.create", targetType: "Action", targetId: row.id, after: stateOf(row) });
    return { id: row.id };
  });
}

export async function editAction({ user }: ActionContext, input: ActionEdit): Promise<SaveOutcome<ActionEdit>> {
  return db.$transaction(async (tx) => {
    const before = await tx.action.findUnique({ where: { id: input.id }, select: STATE });
    if (!before || before.campaignId !== input.campaignId) throw new NotFoundError();
    await checkProblems(tx, input.campaignId, input.problemIds);
    const owner = await ownerOf(tx, input);
    const changed = await tx.action.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        ...formFields(input, owner),
        version: { increment: 1 },
      },
    });
    if (changed.count === 0) return { status: "conflict", current: stateOf(before), attempted: input };
    await tx.actionProblem.deleteMany({ where: { actionId: input.id } });
    await tx.actionProblem.createMany({ data: [...new Set(input.problemIds)].map((problemId) => ({ actionId: input.id, problemId })) });
    const after = await tx.action.findUniqueOrThrow({ where: { id: input.id }, select: STATE });
    await recordChange(tx, {
      actorId: user.id,
      action: "action.update",
      targetType: "Action",
      targetId: input.id,
      before: stateOf(before),
      after: stateOf(after),
    });
    return { status: "saved", id: input.id, version: after.version };
  });
}

/**
 * An owner's move on the board or note on the timeline (admins may do it for any action, and are
 * the only ones for actions owned by an office outside the portal).
 */
export async function postProgress({ user }: ActionContext, input: ProgressInput): Promise<SaveOutcome<ProgressInput>> {
  return db.$transaction(async (tx) => {
    const before = await tx.action.findUnique({ where: { id: input.id }, select: STATE });
    if (!before) throw new NotFoundError();
    if (!can(user.role, "action:manage") && before.ownerId !== user.id) throw new ForbiddenError();
    const moved = before.status !== input.status;
    if (!moved && !input.body && !input.bodyZh) throw new DomainError("invalid_input");
    const changed = await tx.action.updateMany({
      where: { id: input.id, version: input.version },
      data: { status: input.status, version: { increment: 1 } },
    });
    if (changed.count === 0) return { status: "conflict", current: stateOf(before), attempted: input };
    if (moved)
      await recordChange(tx, {
        actorId: user.id,
        action: "action.status",
        targetType: "Action",
        targetId: input.id,
        before: { status: before.status },
        after: { status: input.status },
      });
    if (input.body || input.bodyZh) {
      await tx.actionUpdate.create({
        data: {
          actionId: input.id,
          body: input.body,
          bodyZh: input.bodyZh,
          published: input.published,
          statusTo: moved ? input.status : null,
          authorId: user.id,
        },
        select: { id: true },
      });
      await recordChange(tx, {
        actorId: user.id,
        action: input.published ? "action.note-published" : "action.note",
        targetType: "Action",
        targetId: input.id,
        after: { body: input.body, bodyZh: input.bodyZh, published: input.published },
      });
    }
    return { status: "saved", id: input.id, version: before.version + 1 };
  });
}

/** Publishing or withdrawing one note (admins): officers see only published notes. */
export async function setNotePublished({ user }: ActionContext, input: { id: string; published: boolean }) {
  return db.$transaction(async (tx) => {
    const note = await tx.actionUpdate.findUnique({ where: { id: input.id }, select: { actionId: true, published: true, body: true, bodyZh: true } });
    if (!note) throw new NotFoundError();
    if (input.published && (!note.body || !note.bodyZh)) throw new DomainError("invalid_input");
    await tx.actionUpdate.update({ where: { id: input.id }, data: { published: input.published } });
    await recordChange(tx, {
      actorId: user.id,
      action: input.published ? "action.note-published" : "action.note-withdrawn",
      targetType: "Action",
      targetId: note.actionId,
      before: { published: note.published, body: note.body },
      after: { published: input.published, body: note.body },
    });
    return { id: input.id };
  });
}
