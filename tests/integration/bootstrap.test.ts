import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { checkDatabase } from "@/lib/health/check";
import { resetDatabase } from "./helpers";

const run = promisify(execFile);
const bootstrap = (args: string[], env: Record<string, string> = {}) =>
  run("npx", ["tsx", "--conditions=react-server", "scripts/bootstrap.ts", ...args], { env: { ...process.env, ...env } });

beforeEach(resetDatabase);

describe("bootstrap", () => {
  it("installs the taxonomy and the first admin from the environment, without demo accounts", async () => {
    await bootstrap([], { FIRST_ADMIN_EMAIL: "Chief@Bureau.test", FIRST_ADMIN_PASSWORD: "a-long-enough-secret" });
    expect(await db.aspect.count()).toBe(37);
    expect(await db.reportSection.count()).toBe(7);
    const users = await db.user.findMany({ select: { email: true, role: true, passwordHash: true } });
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ email: "chief@bureau.test", role: "ADMIN" });
    expect(users[0].passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(users[0].passwordHash, "a-long-enough-secret")).toBe(true);
    expect(await db.campaign.count()).toBe(0);
  }, 60_000);

  it("refuses a first-admin password shorter than 12 characters", async () => {
    await expect(bootstrap([], { FIRST_ADMIN_EMAIL: "chief@bureau.test", FIRST_ADMIN_PASSWORD: "short" })).rejects.toThrow(/12 characters/);
    expect(await db.user.count()).toBe(0);
  }, 60_000);

  it("loads the demo campaign, and last year's to compare with, once with --demo", async () => {
    await bootstrap(["--demo"]);
    await bootstrap(["--demo"]);
    const campaigns = await db.campaign.findMany({ select: { slug: true, status: true, _count: { select: { responses: true } } }, orderBy: { startsOn: "asc" } });
    expect(campaigns.map((c) => [c.slug, c.status, c._count.responses])).toEqual([
      ["listening-survey-last-year", "CLOSED", 260],
      ["warning-project", "ACTIVE", 320],
    ]);
    expect(await db.unit.count()).toBe(22);
    expect(await db.researchGroup.count()).toBe(3);
    expect(await db.action.count()).toBe(16);
    expect(await db.user.count({ where: { email: { endsWith: "@demo.local" } } })).toBe(6);
  }, 60_000);
});

describe("health", () => {
  it("answers when the database does", async () => {
    expect(await checkDatabase()).toEqual({ ok: true });
  });
});
