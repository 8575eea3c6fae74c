import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { db } from "@/lib/db/client";

/** Empties every table of the test database (scripts/test.mjs created and migrated it). */
export async function resetDatabase(): Promise<void> {
  const rows = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (rows.length === 0) return;
  // unsafe-raw-ok: the names are the test database's own tables read from pg_tables just above.
  await db.$executeRawUnsafe(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} CASCADE`);
}

/** Unwraps a questionnaire builder action that succeeded; fails the test with its answer otherwise. */
export function done<T>(result: unknown): T {
  const r = result as { ok: boolean; data?: { status: string; value: T } };
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true, data: { status: "done" } });
  return r.data!.value;
}

/** The builder's question input with every optional field empty, `over` on top. */
export const question = (sectionId: string, over: Record<string, unknown>) => ({
  sectionId, help: "", required: false, aspectCode: null, options: [], numberUnit: null, minValue: null, maxValue: null, normValue: null, normLabel: null,
  ...over,
});

export async function unitIdByCode(code: string): Promise<string> {
  const unit = await db.unit.findUniqueOrThrow({ where: { code }, select: { id: true } });
  return unit.id;
}

export async function userByEmail(email: string) {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, unitId: true } });
}

/**
 * Empties the database and loads the demo campaign; returns its id and its published version's id.
 * The common start of tests that work on realistic data. The first call of a run seeds it (seconds
 * to minutes on a busy machine) and keeps a data-only dump; later calls restore that dump with the
 * triggers off (the dump holds the dashboard counts the triggers made), which takes about a second.
 * tests/integration/dashboards-triggers.test.ts seeds for itself: it tests the triggers.
 */
export async function freshDemoCampaign(): Promise<{ campaignId: string; versionId: string }> {
  const { publishedVersionId } = await import("@/lib/surveys/queries");
  const snapshot = demoSnapshotFile();
  await resetDatabase();
  if (existsSync(snapshot)) {
    execFileSync("/usr/bin/psql", ["--quiet", "--no-psqlrc", "--single-transaction", "-v", "ON_ERROR_STOP=1", `--dbname=${databaseUrl()}`, "-f", snapshot], {
      stdio: ["ignore", "ignore", "pipe"],
    });
  } else {
    const [{ installDefaultTaxonomy }, { seedDemo }] = await Promise.all([import("@/lib/taxonomy/install"), import("@/lib/demo/seed")]);
    await installDefaultTaxonomy(db);
    await seedDemo(db);
    const partial = `${snapshot}.${process.pid}`;
    execFileSync(
      "/usr/bin/pg_dump",
      ["--data-only", "--disable-triggers", "--no-owner", "--schema=public", "--exclude-table=_prisma_migrations", `--dbname=${databaseUrl()}`, "-f", partial],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    writeFileSync(partial, transactionLocal(readFileSync(partial, "utf8")));
    renameSync(partial, snapshot);
  }
  const campaignId = (await db.campaign.findFirstOrThrow({ select: { id: true } })).id;
  const versionId = (await publishedVersionId(campaignId))!;
  return { campaignId, versionId };
}

/**
 * pg_dump starts its script with session settings (`SET …`, `set_config(…, false)`), among them an
 * empty search_path. Behind PgBouncer in transaction mode a session setting stays on the server
 * connection and reaches whichever client gets it next, so the restore makes them local to its one
 * transaction (psql --single-transaction).
 */
function transactionLocal(script: string): string {
  return script.replace(/^SET (?!LOCAL\b)/gm, "SET LOCAL ").replace(/(set_config\([^)]*,\s*)false\)/g, "$1true)");
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (scripts/test.mjs sets it)");
  return url;
}

/** One dump per test database and AUTH_SECRET (the demo's access codes are keyed with it);
 * scripts/test.mjs removes its databases' dumps when it drops them. */
function demoSnapshotFile(): string {
  const database = new URL(databaseUrl()).pathname.slice(1);
  const secret = createHash("sha256").update(process.env.AUTH_SECRET ?? "").digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `portal-test-demo-${database}-${secret}.sql`);
}
