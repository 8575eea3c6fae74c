import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { endSessions } from "@/lib/auth/sessions";
import type { RoleName } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import { DomainError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { issueSetupLink } from "@/lib/users/setup-link";

// Staff accounts. Every change is audited (who, what, before/after; never a password or link).
// A change of role or scope, a deactivation and a password reset end the user's sessions
// (lib/auth/sessions: refused on their next request); the user signs in again.

/** Not an Argon2 hash, so no password matches it: the account signs in only after its set-up link. */
const NO_PASSWORD = "!set-up-link-pending";

export type UserOutcome = { status: "saved"; id: string; setupPath: string | null } | { status: "invalid"; fieldErrors: Record<string, string> };
const invalid = (field: string, key: string): UserOutcome => ({ status: "invalid", fieldErrors: { [field]: key } });

const userAudit = { name: true, email: true, role: true, unitId: true, active: true } as const;

/** Serialises admin-count checks, so two admins demoting each other at once cannot both succeed. */
async function lockAdmins(tx: Tx) {
  // An arbitrary key of our own ("adm" in hex), distinct from the unit tree's.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(6382957)`;
}

async function refuseLastAdmin(tx: Tx, userId: string) {
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
  if (others === 0) throw new DomainError("last_admin");
}

async function checkUnit(tx: Tx, unitId: string | null) {
  return !unitId || !!(await tx.unit.findUnique({ where: { id: unitId }, select: { id: true } }));
}

export async function createUser(
  actorId: string,
  input: { name: string; email: string; role: RoleName; unitId: string | null; groupIds: string[] },
): Promise<UserOutcome> {
  try {
    return await db.$transaction(async (tx): Promise<UserOutcome> => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) return invalid("email", "emailTaken");
      if (!(await checkUnit(tx, input.unitId))) return invalid("unitId", "unitUnknown");
      if (input.groupIds.length > 0 && (await tx.researchGroup.count({ where: { id: { in: input.groupIds } } })) !== input.groupIds.length) {
        return invalid("groupIds", "groupUnknown");
      }
      const user = await tx.user.create({
        data: {
          name: input.name, email: input.email, role: input.role, unitId: input.unitId, passwordHash: NO_PASSWORD,
          groupMemberships: { create: input.groupIds.map((groupId) => ({ groupId })) },
        },
        select: { id: true, ...userAudit },
      });
      const setupPath = await issueSetupLink(tx, user.id);
      const { id, ...after } = user;
      await recordAudit(tx, { actorId, action: "user.create", targetType: "User", targetId: id, after: { ...after, groups: input.groupIds } });
      return { status: "saved" as const, id, setupPath };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return invalid("email", "emailTaken");
    throw error;
  }
}

export async function updateUser(actorId: string, input: { id: string; name: string; role: RoleName; unitId: string | null }): Promise<UserOutcome> {
  return db.$transaction(async (tx): Promise<UserOutcome> => {
    await lockAdmins(tx);
    const before = await tx.user.findUnique({ where: { id: input.id }, select: userAudit });
    if (!before) throw new NotFoundError();
    if (!(await checkUnit(tx, input.unitId))) return invalid("unitId", "unitUnknown");
    if (before.role === "ADMIN" && before.active && input.role !== "ADMIN") await refuseLastAdmin(tx, input.id);
    const after = await tx.user.update({ where: { id: input.id }, data: { name: input.name, role: input.role, unitId: input.unitId }, select: userAudit });
    if (before.role !== after.role || before.unitId !== after.unitId) await endSessions(input.id, tx);
    await recordAudit(tx, { actorId, action: "user.update", targetType: "User", targetId: input.id, before, after });
    return { status: "saved" as const, id: input.id, setupPath: null };
  });
}

export async function setUserActive(actorId: string, id: string, active: boolean): Promise<UserOutcome> {
  return db.$transaction(async (tx): Promise<UserOutcome> => {
    await lockAdmins(tx);
    const before = await tx.user.findUnique({ where: { id }, select: { role: true, active: true } });
    if (!before) throw new NotFoundError();
    if (!active && before.role === "ADMIN" && before.active) await refuseLastAdmin(tx, id);
    await tx.user.update({ where: { id }, data: { active, ...(active ? {} : { setupTokenHash: null, setupTokenExpires: null }) } });
    if (!active) await endSessions(id, tx);
    await recordAudit(tx, { actorId, action: active ? "user.reactivate" : "user.deactivate", targetType: "User", targetId: id, before: { active: before.active }, after: { active } });
    return { status: "saved" as const, id, setupPath: null };
  });
}

/** The old password stops working at once; the user chooses a new one through a fresh set-up link. */
export async function resetPassword(actorId: string, id: string): Promise<UserOutcome> {
  return db.$transaction(async (tx): Promise<UserOutcome> => {
    const user = await tx.user.findUnique({ where: { id }, select: { active: true } });
    if (!user) throw new NotFoundError();
    if (!user.active) return invalid("id", "inactive");
    await tx.user.update({ where: { id }, data: { passwordHash: NO_PASSWORD } });
    await endSessions(id, tx);
    const setupPath = await issueSetupLink(tx, id);
    await recordAudit(tx, { actorId, action: "user.reset_password", targetType: "User", targetId: id });
    return { status: "saved" as const, id, setupPath };
  });
}
