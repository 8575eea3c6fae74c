import { beforeEach, describe, expect, it, vi } from "vitest";
import { encode, type JWT } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { checkCredentials } from "@/lib/auth/sign-in";
import { endSessions, tokenIsCurrent } from "@/lib/auth/sessions";
import { resetDatabase } from "./helpers";

// Session revocation through the real next-auth session read: getServerSession runs the app's jwt
// and session callbacks on a signed cookie, and getCurrentUser reads the account. Only the
// request (its cookie) is supplied here, as next/headers would in the app.
const request = vi.hoisted(() => {
  process.env.AUTH_SECRET = "integration-test-secret-for-sessions-0123456789";
  return { cookie: null as string | null };
});
vi.mock("next-auth", async (importOriginal) => {
  const real = await importOriginal<typeof import("next-auth")>();
  const res = { getHeader() {}, setCookie() {}, setHeader() {} };
  return {
    ...real,
    getServerSession: (options: Parameters<typeof real.getServerSession>[0]) =>
      real.getServerSession(
        { headers: {}, cookies: request.cookie ? { "next-auth.session-token": request.cookie } : {} } as never,
        res as never,
        options as never,
      ),
  };
});

const { authOptions } = await import("@/lib/auth/options");
const { getCurrentUser } = await import("@/lib/auth/current-user");

const PASSWORD = "correct-horse-battery";
const EMAIL = "lead@example.test";

/** Signs in as the app does: credentials checked, then next-auth's jwt callback makes the token. */
async function signIn(): Promise<{ token: JWT; cookie: string }> {
  const outcome = await checkCredentials({ email: EMAIL, password: PASSWORD }, "192.0.2.1");
  if (!outcome.ok) throw new Error(`sign-in refused: ${outcome.reason}`);
  const token = (await authOptions.callbacks!.jwt!({ token: { email: EMAIL }, user: outcome.user as never, account: null, trigger: "signIn" })) as JWT;
  return { token, cookie: await encode({ token, secret: process.env.AUTH_SECRET! }) };
}

async function userWith(cookie: string | null) {
  request.cookie = cookie;
  return getCurrentUser();
}

beforeEach(async () => {
  await resetDatabase();
  await db.user.create({ data: { email: EMAIL, name: "Lead", role: "RESEARCH_LEAD", passwordHash: await hashPassword(PASSWORD) } });
});

describe("session revocation", () => {
  it("accepts a fresh session and carries the account's session version in it", async () => {
    const { token, cookie } = await signIn();
    expect(token.sessionVersion).toBe(0);
    expect(await userWith(cookie)).toMatchObject({ email: EMAIL, role: "RESEARCH_LEAD" });
    expect(await userWith(null)).toBeNull();
  });

  it("ends the session at sign-out: the same cookie, copied, is refused afterwards", async () => {
    const { token, cookie } = await signIn();
    await authOptions.events!.signOut!({ token, session: undefined as never });
    expect(await userWith(cookie)).toBeNull();
    expect(await tokenIsCurrent(token)).toBe(false);
    // Signing in again gives a working session; the old cookie stays dead.
    const again = await signIn();
    expect(await userWith(again.cookie)).toMatchObject({ email: EMAIL });
    expect(await userWith(cookie)).toBeNull();
  });

  it("does not let an ended, copied token sign the user out again", async () => {
    const old = await signIn();
    await authOptions.events!.signOut!({ token: old.token, session: undefined as never });
    const current = await signIn();
    await authOptions.events!.signOut!({ token: old.token, session: undefined as never });
    expect(await userWith(current.cookie)).toMatchObject({ email: EMAIL });
  });

  it("ends every session of a user from inside a transaction, as admin changes will", async () => {
    const { cookie } = await signIn();
    const user = await db.user.findUniqueOrThrow({ where: { email: EMAIL }, select: { id: true } });
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { name: "Lead (moved)" } });
      await endSessions(user.id, tx);
    });
    expect(await userWith(cookie)).toBeNull();
  });

  it("rolls back with its transaction: a failed change ends no session", async () => {
    const { cookie } = await signIn();
    const user = await db.user.findUniqueOrThrow({ where: { email: EMAIL }, select: { id: true } });
    await expect(
      db.$transaction(async (tx) => {
        await endSessions(user.id, tx);
        throw new Error("change refused");
      }),
    ).rejects.toThrow("change refused");
    expect(await userWith(cookie)).toMatchObject({ email: EMAIL });
  });

  it("refuses a deactivated account and a changed role on the next request", async () => {
    const first = await signIn();
    await db.user.update({ where: { email: EMAIL }, data: { active: false } });
    expect(await userWith(first.cookie)).toBeNull();
    await db.user.update({ where: { email: EMAIL }, data: { active: true } });

    const second = await signIn();
    await db.user.update({ where: { email: EMAIL }, data: { role: "DEPARTMENT_HEAD" } });
    expect(await userWith(second.cookie)).toBeNull();
  });

  it("refuses a token without a session version (made before revocation existed, or forged with the secret)", async () => {
    const { token } = await signIn();
    const without = { ...token };
    delete without.sessionVersion;
    expect(await userWith(await encode({ token: without, secret: process.env.AUTH_SECRET! }))).toBeNull();
  });
});
