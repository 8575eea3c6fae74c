import "server-only";
import type { JWT } from "next-auth/jwt";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

// Sessions are signed JWT cookies, so nothing on the server can delete one. Instead each token
// carries the user's `sessionVersion` from sign-in, and every read of a session compares it with
// the database: raising the number ends every session of that user on its next request, on every
// instance. Sign-out raises it (all of the user's sessions end, on every device); so must whatever
// deactivates a user or changes a role or scope. A changed role or a deactivation is also refused
// on its own, in case a caller forgets.

type UserClient = Pick<Prisma.TransactionClient, "user">;

/** Ends every session of the user. Pass the transaction client to do it inside a transaction. */
export async function endSessions(userId: string, client: UserClient = db): Promise<void> {
  await client.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * Sign-out: ends the user's sessions, but only while this token is still one of them, so that a
 * copied token whose session already ended cannot sign the real user out again and again.
 */
export async function endSessionsOfToken(token: JWT | null | undefined): Promise<void> {
  if (!token?.sub || typeof token.sessionVersion !== "number") return;
  await db.user.updateMany({
    where: { id: token.sub, sessionVersion: token.sessionVersion },
    data: { sessionVersion: { increment: 1 } },
  });
}

/** The account behind a session, read once per request (the session check and getCurrentUser share it). */
export const sessionAccount = cache(async (userId: string) =>
  db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, unitId: true, active: true, sessionVersion: true },
  }),
);

type AccountState = { active: boolean; role: string; sessionVersion: number };

/** Whether a token still stands for its account: active, same role, sessions not ended since. */
export function tokenMatchesAccount(token: Pick<JWT, "role" | "sessionVersion">, account: AccountState | null): boolean {
  return !!account && account.active && account.role === token.role && account.sessionVersion === token.sessionVersion;
}

/** The database check for a decoded token (the proxy's idle-clock refresh uses it). */
export async function tokenIsCurrent(token: JWT): Promise<boolean> {
  if (!token.sub) return false;
  return tokenMatchesAccount(token, await sessionAccount(token.sub));
}
