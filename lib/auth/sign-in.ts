import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { count, hit, purgeExpired, reset, type Limit } from "@/lib/rate-limit/store";
import type { RoleName } from "@/lib/auth/permissions";

// Throttling of password guessing (policy in the README, "Throttling"). No limit may let a
// stranger lock a real user out, so nothing blocks an account as a whole:
// - per account and address: a few wrong passwords, then that address waits for that account;
// - per address, over all accounts: more, since a station may share one NAT;
// - per account over all addresses: past SLOW_AFTER_FAILURES wrong passwords in the window the
//   account is slowed, not locked: one password check per SLOW_SLOT, whoever asks. A correct
//   password from an address that is not itself blocked gets through after that short wait.
// Only wrong passwords count (checked before, counted after the check), so colleagues signing in
// behind one address never use up its allowance.
const QUARTER_HOUR = 15 * 60;
export const PAIR_FAILURES = 5;
export const ADDRESS_FAILURES = 30;
export const SLOW_AFTER_FAILURES = 10;
const FAILURE_WINDOW_SECONDS = QUARTER_HOUR;
const SLOW_SLOT: Limit = { max: 1, windowSeconds: 10, blockSeconds: 10 };
// Failure counters only count; the checks compare them with the numbers above.
const COUNT_ONLY: Limit = { max: 2_000_000_000, windowSeconds: FAILURE_WINDOW_SECONDS, blockSeconds: 0 };

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});

export type SignInOutcome =
  | { ok: true; user: { id: string; name: string; email: string; role: RoleName; sessionVersion: number } }
  // throttled: this address must wait (minutes); slowed: the account is under attack, try again in seconds.
  | { ok: false; reason: "invalid" | "throttled" | "slowed"; retryAt?: Date };

export const throttleKeys = {
  pair: (email: string, address: string) => `signin:pair:${email}|${address}`,
  address: (address: string) => `signin:address:${address}`,
  failures: (email: string) => `signin:failures:${email}`,
  slot: (email: string) => `signin:slot:${email}`,
};

export async function checkCredentials(input: unknown, address: string): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  // Without a known address (see client-address.ts) every caller would share one bucket, which
  // is exactly a lockout anyone could trigger; only the account-wide slowing applies then.
  const known = address !== "unknown";
  // Counters whose quarter hour is over mean nothing any more; deleting them keeps staff
  // addresses from piling up in the table.
  await purgeExpired("signin", COUNT_ONLY);
  const failures = (key: string) => count(key, FAILURE_WINDOW_SECONDS);
  if (known) {
    const [pair, fromAddress] = await Promise.all([failures(throttleKeys.pair(email, address)), failures(throttleKeys.address(address))]);
    if (pair >= PAIR_FAILURES || fromAddress >= ADDRESS_FAILURES) return { ok: false, reason: "throttled" };
  }
  if ((await failures(throttleKeys.failures(email))) >= SLOW_AFTER_FAILURES) {
    const slot = await hit(throttleKeys.slot(email), SLOW_SLOT);
    if (!slot.allowed) return { ok: false, reason: "slowed", retryAt: slot.retryAt ?? undefined };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, active: true, passwordHash: true, sessionVersion: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !user.active || !valid) {
    const counted = [throttleKeys.failures(email), ...(known ? [throttleKeys.pair(email, address), throttleKeys.address(address)] : [])];
    await Promise.all(counted.map((key) => hit(key, COUNT_ONLY)));
    return { ok: false, reason: "invalid" };
  }

  // The account-wide count stays: an attack going on elsewhere keeps the account slowed.
  if (known) await reset(throttleKeys.pair(email, address));
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion } };
}
