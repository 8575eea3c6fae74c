import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { ADDRESS_FAILURES, checkCredentials, PAIR_FAILURES, SLOW_AFTER_FAILURES, throttleKeys, type SignInOutcome } from "@/lib/auth/sign-in";
import { hit } from "@/lib/rate-limit/store";
import { resetDatabase } from "./helpers";

const PASSWORD = "correct-horse-battery";

beforeEach(async () => {
  await resetDatabase();
  await db.user.create({ data: { email: "chief@example.test", name: "Chief", role: "ADMIN", passwordHash: await hashPassword(PASSWORD) } });
});

describe("sign-in", () => {
  const wrong = (address: string, email = "chief@example.test") => checkCredentials({ email, password: "wrong-password!" }, address);
  const right = (address: string) => checkCredentials({ email: "chief@example.test", password: PASSWORD }, address);
  /** What waiting for the slow slot would do, without the test waiting. */
  const reason = (outcome: SignInOutcome) => (outcome.ok ? "ok" : outcome.reason);
  const slotPasses = () => db.rateLimit.deleteMany({ where: { key: throttleKeys.slot("chief@example.test") } });

  it("accepts the right password and refuses a wrong one", async () => {
    const ok = await checkCredentials({ email: "Chief@Example.test", password: PASSWORD }, "192.0.2.1");
    expect(ok).toMatchObject({ ok: true, user: { email: "chief@example.test", role: "ADMIN" } });
    expect(await wrong("192.0.2.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials({ email: "nobody@example.test", password: PASSWORD }, "192.0.2.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a disabled account", async () => {
    await db.user.update({ where: { email: "chief@example.test" }, data: { active: false } });
    expect(await right("192.0.2.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("blocks the guessing address for that account, not the real user at another address", async () => {
    for (let i = 0; i < PAIR_FAILURES; i++) expect(await wrong("203.0.113.66")).toEqual({ ok: false, reason: "invalid" });
    expect(await right("203.0.113.66")).toMatchObject({ ok: false, reason: "throttled" });
    expect(await right("198.51.100.9")).toMatchObject({ ok: true });
    // The wait lasts until the quarter hour that began with the first wrong password is over.
    await db.rateLimit.update({ where: { key: throttleKeys.pair("chief@example.test", "203.0.113.66") }, data: { windowStart: new Date(Date.now() - 15 * 60_000) } });
    expect(await right("203.0.113.66")).toMatchObject({ ok: true });
  });

  it("slows an account guessed at from many addresses, and still lets the right password through after the wait", async () => {
    const outcomes = [];
    for (let i = 0; i < 3 * SLOW_AFTER_FAILURES; i++) outcomes.push(reason(await wrong(`203.0.113.${i}`)));
    expect(outcomes.filter((r) => r === "invalid")).toHaveLength(SLOW_AFTER_FAILURES + 1);
    await slotPasses();
    // Past the threshold only one password check per slot happens, from whichever address.
    const attempts = [await wrong("203.0.113.200"), await right("198.51.100.9")];
    expect(attempts.map(reason)).toEqual(["invalid", "slowed"]);
    expect(attempts[1]).toMatchObject({ retryAt: expect.any(Date) });
    await slotPasses();
    expect(await right("198.51.100.9")).toMatchObject({ ok: true });
    // The attack goes on: the account stays slowed, it is not unlocked by the real user's success.
    expect(await wrong("203.0.113.201")).toMatchObject({ reason: "slowed" });
  });

  it("counts every account an address tries, so spraying one password over many accounts stops", async () => {
    for (let i = 0; i < ADDRESS_FAILURES; i++) await wrong("203.0.113.77", `user${i}@example.test`);
    expect(await wrong("203.0.113.77", "someone-else@example.test")).toMatchObject({ reason: "throttled" });
    expect(await right("198.51.100.9")).toMatchObject({ ok: true });
  });

  it("keeps no per-address buckets when the address is unknown, so nobody can lock out everyone behind it", async () => {
    for (let i = 0; i < PAIR_FAILURES + 2; i++) await wrong("unknown");
    expect(await right("unknown")).toMatchObject({ ok: true });
    expect(await db.rateLimit.count({ where: { key: { contains: "unknown" } } })).toBe(0);
  });

  it("counts only wrong passwords, so colleagues signing in behind one address use up nothing", async () => {
    for (let i = 0; i < ADDRESS_FAILURES + 5; i++) expect(await right("192.0.2.50")).toMatchObject({ ok: true });
    expect(await wrong("192.0.2.50")).toMatchObject({ reason: "invalid" });
  });

  it("deletes counters whose quarter hour is over", async () => {
    await wrong("192.0.2.60");
    await db.rateLimit.updateMany({ data: { windowStart: new Date(Date.now() - 16 * 60_000) } });
    await wrong("192.0.2.61");
    const keys = (await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys.some((k) => k.includes("192.0.2.60"))).toBe(false);
    expect(keys.some((k) => k.includes("192.0.2.61"))).toBe(true);
  });

  it("forgets the address's failures for the account after a successful sign-in", async () => {
    for (let i = 0; i < PAIR_FAILURES - 1; i++) await wrong("192.0.2.1");
    expect((await right("192.0.2.1")).ok).toBe(true);
    expect((await wrong("192.0.2.1")).ok).toBe(false);
    expect((await right("192.0.2.1")).ok).toBe(true);
  });
});

describe("rate-limit store shared through PostgreSQL", () => {
  it("counts concurrent hits exactly, as several app instances would make them", async () => {
    const limit = { max: 10, windowSeconds: 60, blockSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 25 }, () => hit("test:concurrent", limit)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: "test:concurrent" } });
    expect(row.hits).toBe(25);
  });

  it("starts a new window once the old one has passed", async () => {
    const limit = { max: 1, windowSeconds: 60, blockSeconds: 1 };
    expect((await hit("test:window", limit)).allowed).toBe(true);
    expect((await hit("test:window", limit)).allowed).toBe(false);
    await db.rateLimit.update({ where: { key: "test:window" }, data: { windowStart: new Date(Date.now() - 120_000), blockedUntil: new Date(Date.now() - 1000) } });
    expect((await hit("test:window", limit)).allowed).toBe(true);
  });
});
