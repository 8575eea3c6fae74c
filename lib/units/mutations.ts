import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { invalid, saved, type FormOutcome } from "@/lib/server-actions/form-outcome";
import { DomainError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import type { createUnitSchema, moveUnitSchema, updateUnitSchema } from "@/lib/units/schemas";
import { wouldLoop } from "@/lib/units/tree";

// Administrators' changes to the organisation. Each checks what the form cannot (unique code,
// existing parent, no loop, nothing depends on a deleted unit) and writes an audit event with it.


const unitAudit = { code: true, name: true, nameZh: true, type: true, parentId: true, retired: true } as const;

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function createUnit(actorId: string, input: z.output<typeof createUnitSchema>): Promise<FormOutcome> {
  if (input.parentId && !(await db.unit.findUnique({ where: { id: input.parentId }, select: { id: true } }))) {
    return invalid("parentId", "parentUnknown");
  }
  const taken = await db.unit.findFirst({ where: { code: { equals: input.code, mode: "insensitive" } }, select: { id: true } });
  if (taken) return invalid("code", "codeTaken");
  try {
    return await db.$transaction(async (tx): Promise<FormOutcome> => {
      const unit = await tx.unit.create({
        data: { code: input.code, name: input.name, nameZh: input.nameZh, type: input.type, parentId: input.parentId },
        select: { id: true, ...unitAudit },
      });
      await recordAudit(tx, { actorId, action: "unit.create", targetType: "Unit", targetId: unit.id, after: unit });
      return saved(unit.id);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return invalid("code", "codeTaken");
    throw error;
  }
}

export async function updateUnit(actorId: string, input: z.output<typeof updateUnitSchema>): Promise<FormOutcome> {
  return db.$transaction(async (tx): Promise<FormOutcome> => {
    const before = await tx.unit.findUnique({ where: { id: input.id }, select: unitAudit });
    if (!before) throw new NotFoundError();
    const after = await tx.unit.update({ where: { id: input.id }, data: { name: input.name, nameZh: input.nameZh, type: input.type }, select: unitAudit });
    await recordAudit(tx, { actorId, action: "unit.update", targetType: "Unit", targetId: input.id, before, after });
    return saved(input.id);
  });
}

export async function moveUnit(actorId: string, input: z.output<typeof moveUnitSchema>): Promise<FormOutcome> {
  return db.$transaction(async (tx): Promise<FormOutcome> => {
    // Serialises concurrent moves: two moves that are each fine alone could together make a loop.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(74726565)`;
    const units = await tx.unit.findMany({ select: { id: true, parentId: true } });
    const before = units.find((u) => u.id === input.id);
    if (!before) throw new NotFoundError();
    if (input.parentId && !units.some((u) => u.id === input.parentId)) return invalid("parentId", "parentUnknown");
    if (wouldLoop(units, input.id, input.parentId)) return invalid("parentId", "parentLoop");
    await tx.unit.update({ where: { id: input.id }, data: { parentId: input.parentId } });
    await recordAudit(tx, { actorId, action: "unit.move", targetType: "Unit", targetId: input.id, before: { parentId: before.parentId }, after: { parentId: input.parentId } });
    return saved(input.id);
  });
}

export async function setUnitRetired(actorId: string, id: string, retired: boolean): Promise<FormOutcome> {
  return db.$transaction(async (tx): Promise<FormOutcome> => {
    const before = await tx.unit.findUnique({ where: { id }, select: { retired: true } });
    if (!before) throw new NotFoundError();
    await tx.unit.update({ where: { id }, data: { retired } });
    await recordAudit(tx, { actorId, action: retired ? "unit.retire" : "unit.reinstate", targetType: "Unit", targetId: id, before, after: { retired } });
    return saved(id);
  });
}

/**
 * Only a unit nothing refers to may be deleted: responses, findings (listening sessions), evidence,
 * staff accounts or units below it keep it, and the admin is told to retire it instead.
 */
export async function deleteUnit(actorId: string, id: string): Promise<{ status: "deleted" }> {
  return db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({
      where: { id },
      select: { ...unitAudit, _count: { select: { responses: true, sessions: true, evidence: true, users: true, children: true, codeBatches: true } } },
    });
    if (!unit) throw new NotFoundError();
    const { _count: uses, ...before } = unit;
    if (Object.values(uses).some((n) => n > 0)) throw new DomainError("unit_in_use");
    await tx.unit.delete({ where: { id } });
    await recordAudit(tx, { actorId, action: "unit.delete", targetType: "Unit", targetId: id, before });
    return { status: "deleted" as const };
  });
}
