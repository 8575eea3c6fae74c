import "server-only";
import { db } from "@/lib/db/client";
import type { ActionContext } from "@/lib/server-actions/define-action";
import { recordChange } from "@/lib/audit/record";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProblemEdit } from "@/lib/problems/schemas";

// Changes to the register (admins, "problem:manage"): accept a suggestion, edit with the version
// it was made from, merge, split. Each writes its audit event in the same transaction.

const EDITABLE = {
  title: true,
  titleZh: true,
  description: true,
  descriptionZh: true,
  status: true,
  statusReason: true,
  escalatedTo: true,
  published: true,
  version: true,
} as const;

type ProblemState = Prisma.ProblemGetPayload<{ select: typeof EDITABLE }>;

/** A problem from a suggested aspect, linked to all of the aspect's reviewed evidence. */
export async function acceptSuggestion({ user }: ActionContext, campaignId: string, aspectCode: string) {
  return db.$transaction(async (tx) => {
    const aspect = await tx.aspect.findUnique({ where: { code: aspectCode }, select: { code: true, category: true, titleEn: true, titleZh: true } });
    if (!aspect) throw new NotFoundError();
    const evidence = await tx.evidenceItem.findMany({
      where: { campaignId, aspectCode, status: { in: ["ACCEPTED", "CORRECTED"] } },
      select: { id: true },
    });
    if (evidence.length === 0) throw new DomainError("invalid_input");
    const problem = await tx.problem.create({
      data: {
        campaignId,
        title: aspect.titleEn,
        titleZh: aspect.titleZh,
        category: aspect.category,
        aspectCode,
        evidence: { create: evidence.map((e) => ({ evidenceId: e.id })) },
      },
      select: { id: true, ...EDITABLE },
    });
    await recordChange(tx, {
      actorId: user.id,
      action: "problem.create",
      targetType: "Problem",
      targetId: problem.id,
      after: { ...stateOf(problem), aspectCode, evidence: evidence.length },
    });
    return { id: problem.id };
  });
}

export type EditOutcome =
  | { status: "saved"; version: number }
  | { status: "conflict"; current: ProblemState; attempted: ProblemEdit };

/**
 * Saves an edit made from `input.version`. A stale edit changes nothing and returns the newer
 * state beside what the user tried to save, so the page can show both.
 */
export async function editProblem({ user }: ActionContext, input: ProblemEdit): Promise<EditOutcome> {
  return db.$transaction(async (tx) => {
    const before = await tx.problem.findUnique({ where: { id: input.id }, select: EDITABLE });
    if (!before) throw new NotFoundError();
    const { id, version, ...edited } = input;
    // A reason belongs to the status that needs it; escalation only to "not solvable here".
    const fields = {
      ...edited,
      statusReason: edited.status === "NOT_SOLVABLE" || edited.status === "WONT_FIX" ? edited.statusReason : "",
      escalatedTo: edited.status === "NOT_SOLVABLE" ? edited.escalatedTo : "",
    };
    const changed = await tx.problem.updateMany({
      where: { id, version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (changed.count === 0) return { status: "conflict", current: before, attempted: input };
    await recordChange(tx, {
      actorId: user.id,
      action: before.status !== fields.status ? "problem.status" : "problem.update",
      targetType: "Problem",
      targetId: id,
      before: stateOf(before),
      after: fields,
    });
    return { status: "saved", version: version + 1 };
  });
}

/**
 * Folds `sourceIds` into `targetId`: every evidence link, action link and comment moves to the
 * target (links it already has are kept once), then the sources are deleted.
 */
export async function mergeProblems({ user }: ActionContext, targetId: string, sourceIds: string[]) {
  const sources = sourceIds.filter((s) => s !== targetId);
  if (sources.length === 0) throw new DomainError("invalid_input");
  return db.$transaction(async (tx) => {
    const problems = await tx.problem.findMany({
      where: { id: { in: [targetId, ...sources] } },
      select: { id: true, campaignId: true, title: true },
    });
    const target = problems.find((p) => p.id === targetId);
    if (!target || problems.length !== sources.length + 1 || problems.some((p) => p.campaignId !== target.campaignId))
      throw new NotFoundError();
    const links = await tx.problemEvidence.findMany({ where: { problemId: { in: sources } }, select: { evidenceId: true } });
    await tx.problemEvidence.createMany({
      data: links.map((l) => ({ problemId: targetId, evidenceId: l.evidenceId })),
      skipDuplicates: true,
    });
    const actions = await tx.actionProblem.findMany({ where: { problemId: { in: sources } }, select: { actionId: true } });
    await tx.actionProblem.createMany({
      data: actions.map((a) => ({ problemId: targetId, actionId: a.actionId })),
      skipDuplicates: true,
    });
    await tx.comment.updateMany({
      where: { campaignId: target.campaignId, subject: { in: sources.map((s) => `problem:${s}`) } },
      data: { subject: `problem:${targetId}` },
    });
    // Verdicts are about the problem as officers saw it; they move with it (one per receipt kept).
    await tx.$executeRaw`
      INSERT INTO "ProblemVerdict" ("receiptDigest", "problemId", verdict, comment, categories, "givenOn")
      SELECT "receiptDigest", ${targetId}, verdict, comment, categories, "givenOn" FROM "ProblemVerdict"
      WHERE "problemId" = ANY(${sources}::text[])
      ON CONFLICT DO NOTHING`;
    await tx.problem.deleteMany({ where: { id: { in: sources } } });
    await tx.problem.update({ where: { id: targetId }, data: { version: { increment: 1 } } });
    const evidence = await tx.problemEvidence.count({ where: { problemId: targetId } });
    for (const source of problems.filter((p) => p.id !== targetId)) {
      await recordChange(tx, {
        actorId: user.id,
        action: "problem.merged",
        targetType: "Problem",
        targetId: source.id,
        before: { title: source.title },
        after: { mergedInto: target.title },
      });
    }
    await recordChange(tx, {
      actorId: user.id,
      action: "problem.merge",
      targetType: "Problem",
      targetId,
      before: null,
      after: { merged: problems.filter((p) => p.id !== targetId).map((p) => p.title), evidence },
    });
    return { id: targetId };
  });
}

/** Moves the chosen evidence links of a problem to a new problem (same category and aspect). */
export async function splitProblem(
  { user }: ActionContext,
  input: { problemId: string; version: number; evidenceIds: string[]; title: string; titleZh: string },
) {
  return db.$transaction(async (tx) => {
    const source = await tx.problem.findUnique({
      where: { id: input.problemId },
      select: { id: true, campaignId: true, category: true, aspectCode: true, version: true, title: true },
    });
    if (!source) throw new NotFoundError();
    if (source.version !== input.version) throw new DomainError("conflict");
    const owned = await tx.problemEvidence.findMany({
      where: { problemId: source.id, evidenceId: { in: input.evidenceIds } },
      select: { evidenceId: true },
    });
    if (owned.length !== new Set(input.evidenceIds).size) throw new DomainError("invalid_input");
    const created = await tx.problem.create({
      data: {
        campaignId: source.campaignId,
        title: input.title,
        titleZh: input.titleZh,
        category: source.category,
        aspectCode: source.aspectCode,
        evidence: { create: owned.map((o) => ({ evidenceId: o.evidenceId })) },
      },
      select: { id: true },
    });
    await tx.problemEvidence.deleteMany({ where: { problemId: source.id, evidenceId: { in: input.evidenceIds } } });
    await tx.problem.update({ where: { id: source.id }, data: { version: { increment: 1 } } });
    await recordChange(tx, {
      actorId: user.id,
      action: "problem.split",
      targetType: "Problem",
      targetId: source.id,
      before: null,
      after: { splitInto: input.title, evidence: owned.length },
    });
    await recordChange(tx, {
      actorId: user.id,
      action: "problem.create",
      targetType: "Problem",
      targetId: created.id,
      after: { title: input.title, titleZh: input.titleZh, splitFrom: source.title, evidence: owned.length },
    });
    return { id: created.id };
  });
}

/** A department head's (or an admin's) comment on a problem or a dashboard aspect. */
export async function addComment({ user }: ActionContext, input: { campaignId: string; subject: string; body: string }) {
  return db.$transaction(async (tx) => {
    if (input.subject.startsWith("problem:")) {
      const found = await tx.problem.count({ where: { id: input.subject.slice(8), campaignId: input.campaignId } });
      if (found === 0) throw new NotFoundError();
    } else if ((await tx.campaign.count({ where: { id: input.campaignId } })) === 0) throw new NotFoundError();
    const comment = await tx.comment.create({
      data: { campaignId: input.campaignId, subject: input.subject, body: input.body, authorId: user.id },
      select: { id: true },
    });
    await recordChange(tx, {
      actorId: user.id,
      action: "comment.create",
      targetType: "Comment",
      targetId: comment.id,
      after: { subject: input.subject, body: input.body },
    });
    // The problem's history shows its comments too.
    if (input.subject.startsWith("problem:"))
      await recordChange(tx, {
        actorId: user.id,
        action: "problem.comment",
        targetType: "Problem",
        targetId: input.subject.slice(8),
        after: { comment: input.body },
      });
    return { id: comment.id };
  });
}

/** The audited fields: the version is bookkeeping, not content. */
function stateOf(p: Partial<ProblemState>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(p).filter(([key]) => key !== "version" && key !== "id"));
}
