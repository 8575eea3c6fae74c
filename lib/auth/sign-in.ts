import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { hit, reset } from "@/lib/rate-limit/store";
import type { RoleName } from "@/lib/auth/permissions";

// Per account: a few guesses, then a pause. Per address: more, since a station may share one NAT.
export const ACCOUNT_LIMIT = { max: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
export const ADDRESS_LIMIT = { max: 30, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});

export type SignInOutcome =
  | { ok: true; user: { id: string; name: string; email: string; role: RoleName; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "throttled" };

export async function checkCredentials(input: unknown, address: string): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const [byAddress, byAccount] = await Promise.all([
    hit(`signin:address:${address}`, ADDRESS_LIMIT),
    hit(`signin:account:${email}`, ACCOUNT_LIMIT),
  ]);
  if (!byAddress.allowed || !byAccount.allowed) return { ok: false, reason: "throttled" };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, active: true, passwordHash: true, sessionVersion: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !user.active || !valid) return { ok: false, reason: "invalid" };

  await reset(`signin:account:${email}`);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion } };
}
