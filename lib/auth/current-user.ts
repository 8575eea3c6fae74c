import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { sessionAccount } from "@/lib/auth/sessions";
import { can, type Permission, type RoleName } from "@/lib/auth/permissions";
import { DomainError, ForbiddenError } from "@/lib/errors";

export type CurrentUser = { id: string; name: string; email: string; role: RoleName; unitId: string | null };

/**
 * The signed-in staff member, or null (also when the session expired or was ended, or the account
 * was disabled or its role changed: the session callback in options.ts checks the token against the
 * database). Read from the database on every request, so changes take effect at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await sessionAccount(id);
  if (!user || !user.active) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, unitId: user.unitId };
});

/** For pages: the user, or a redirect to sign-in; a user without the permission sees /forbidden. */
export async function requirePageUser(permission?: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  if (permission && !can(user.role, permission)) redirect("/forbidden");
  return user;
}

/** For mutations: throws typed errors instead of redirecting. */
export async function requireUser(permission?: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new DomainError("unauthenticated");
  if (permission && !can(user.role, permission)) throw new ForbiddenError();
  return user;
}
