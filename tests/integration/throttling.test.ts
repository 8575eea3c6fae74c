import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { ACCOUNT_LIMIT, checkCredentials } from "@/lib/auth/sign-in";
import { hit } from "@/lib/rate-limit/store";
import { resetDatabase } from "./helpers";

const PASSWORD = "correct-horse-battery";

beforeEach(async () => {
  await resetDatabase();
  await db.user.create({ data: { email: "chief@example.test", name: "Chief", role: "ADMIN", passwordHash: await hashPassword(PASSWORD) } });
});

describe("sign-in", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    const ok = await checkCredentials({ email: "Chief@Example.test", password: PASSWORD }, "192.0.2.1");
    expect(ok).toMatchObject({ ok: true, user: { email: "chief@example.test", role: "ADMIN" } });
    expect(await checkCredentials({ email: "chief@example.test", password: "wrong-password!" }, "192.0.2.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials({ email: "nobody@example.test", password: PASSWORD }, "192.0.2.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a disabled account", async () => {
    await db.user.update({ where: { email: "chief@example.test" }, data: { active: false } });
    expect(await checkCredentials({ email: "chief@example.test", password: PASSWORD }, "192.0.2.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles an account after repeated failures, even with the right password, from any address", async () => {
    for (let i = 0; i < ACCOUNT_LIMIT.max; i++) {
      expect((await checkCredentials({ email: "chief@example.test", password: "wrong-password!" }, `192.0.2.${i}`)).ok).toBe(false);
    }
    expect(await checkCredentials({ email: "chief@example.test", password: PASSWORD }, "198.51.100.9")).toEqual({ ok: false, reason: "throttled" });
    const row = await db.rateLimit.findUnique({ where: { key: "signin:account:chief@example.test" } });
    expect(row?.blockedUntil?.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    for (let i = 0; i < ACCOUNT_LIMIT.max - 1; i++) await checkCredentials({ email: "chief@example.test", password: "wrong-password!" }, "192.0.2.1");
    expect((await checkCredentials({ email: "chief@example.test", password: PASSWORD }, "192.0.2.1")).ok).toBe(true);
    expect((await checkCredentials({ email: "chief@example.test", password: "wrong-password!" }, "192.0.2.1")).ok).toBe(false);
    expect((await checkCredentials({ email: "chief@example.test", password: PASSWORD }, "192.0.2.1")).ok).toBe(true);
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
