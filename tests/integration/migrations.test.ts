// The offline migration tooling against real PostgreSQL (the server in DATABASE_URL) and PGlite.
// Each test makes its own randomly named database and drops it afterwards.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDrift } from "../../scripts/db/check-drift";
import { newMigration } from "../../scripts/db/new-migration";
import { readDefinitions } from "../../scripts/db/database-functions";
import { SQUASHED, applyMigrations } from "../../scripts/db/migrate.mjs";
import {
  DEFAULT_SERVER_URL,
  createScratchDatabase,
  dropScratchDatabase,
  partsFromUrl,
  readMigrationList,
  withClient,
  withSchemaEngine,
  type PgParts,
} from "../../scripts/db/schema-engine";

const root = fileURLToPath(new URL("../..", import.meta.url));
const projectSchema = path.join(root, "prisma/schema.prisma");
const projectMigrations = path.join(root, "prisma/migrations");
const server = partsFromUrl(process.env.DATABASE_URL || DEFAULT_SERVER_URL);
const quiet = { log: () => {} };

// A small history of our own, so the failure cases do not depend on the project's migrations.
const FIXTURE: Record<string, string> = {
  "20250101000000_init": [
    "-- CreateTable",
    'CREATE TABLE "Officer" ("id" SERIAL NOT NULL, "name" TEXT NOT NULL, CONSTRAINT "Officer_pkey" PRIMARY KEY ("id"));',
    "-- a body with semicolons must reach the server whole",
    "DO $$ BEGIN PERFORM 1; PERFORM 2; END $$;",
    "",
  ].join("\n"),
  "20250102000000_badge": 'ALTER TABLE "Officer" ADD COLUMN "badge" TEXT DEFAULT \'a;b\';\n',
};

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "migrations-test-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function fixtureDir(extra: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmp, "m-"));
  for (const [name, sql] of Object.entries({ ...FIXTURE, ...extra })) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function withDatabase<T>(fn: (db: PgParts) => Promise<T>): Promise<T> {
  const db = await createScratchDatabase(server, "migrations_test");
  try {
    return await fn(db);
  } finally {
    await dropScratchDatabase(server, db.database);
  }
}

const query = async <R extends pg.QueryResultRow>(db: PgParts | string, sql: string): Promise<R[]> =>
  (await withClient(db, (c) => c.query<R>(sql))).rows;

const history = (db: PgParts | string) =>
  query<{
    migration_name: string;
    finished_at: Date | null;
    rolled_back_at: Date | null;
    applied_steps_count: number;
  }>(
    db,
    'SELECT migration_name, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY started_at, migration_name',
  );

describe("project migrations", () => {
  it("apply to a fresh database, and a second run is a no-op", async () => {
    await withDatabase(async (db) => {
      const first = await applyMigrations(db, { migrationsDir: projectMigrations, ...quiet });
      const rows = await history(db);
      expect(rows.map((r) => r.migration_name)).toEqual(first.applied);
      expect(
        rows.every((r) => r.finished_at && !r.rolled_back_at && r.applied_steps_count === 1),
      ).toBe(true);

      const second = await applyMigrations(db, { migrationsDir: projectMigrations, ...quiet });
      expect(second.applied).toEqual([]);
      expect(await history(db)).toEqual(rows);
    });
  });

  it.skipIf(!existsSync(projectSchema))("match prisma/schema.prisma (no drift)", async () => {
    const result = await checkDrift({
      schemaPath: projectSchema,
      migrationsDir: projectMigrations,
      server,
    });
    expect(result.drift, `Missing from the migrations:\n${result.script}`).toBe(false);
  });
});

describe("a database migrated by the chain the baseline replaced", () => {
  /** The project's schema and functions, with the history the old chain wrote instead of the
   * baseline's row (the same schema: decision 016 compared their dumps). */
  async function oldChainDatabase(db: PgParts, names: string[]) {
    await applyMigrations(db, quiet);
    await query(db, `DELETE FROM "_prisma_migrations"`);
    for (const name of names) {
      await query(
        db,
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
         VALUES (gen_random_uuid(), repeat('0', 64), now(), '${name}', 1)`,
      );
    }
  }

  it("gets the baseline recorded as applied without running it, and keeps its functions", async () => {
    await withDatabase(async (db) => {
      await oldChainDatabase(db, SQUASHED.names);
      const functions = await readDefinitions(db);
      expect(functions.size).toBeGreaterThan(0);

      // Running the baseline would fail: its tables exist.
      expect((await applyMigrations(db, quiet)).applied).toEqual([]);
      const rows = await history(db);
      expect(rows.map((r) => r.migration_name)).toEqual([...SQUASHED.names, SQUASHED.baseline]);
      expect(rows.at(-1)).toMatchObject({ rolled_back_at: null, applied_steps_count: 0 });
      expect(rows.at(-1)?.finished_at).toBeInstanceOf(Date);
      expect(await readDefinitions(db)).toEqual(functions);
      expect((await applyMigrations(db, quiet)).applied).toEqual([]);
    });
  });

  it("refuses one that stopped part-way through that chain, and changes nothing", async () => {
    await withDatabase(async (db) => {
      await oldChainDatabase(db, SQUASHED.names.slice(0, -1));
      // A function changed by hand stays changed: prisma/sql did not run either.
      await query(db, `CREATE OR REPLACE FUNCTION dashboard_lock() RETURNS void LANGUAGE sql AS 'SELECT'`);
      const before = { rows: await history(db), functions: await readDefinitions(db) };

      await expect(applyMigrations(db, quiet)).rejects.toThrow(
        new RegExp(`missing: ${SQUASHED.names.at(-1)}.*npm run db:migrate. of commit ${SQUASHED.lastCommit}`),
      );
      expect({ rows: await history(db), functions: await readDefinitions(db) }).toEqual(before);
    });
  });
});

describe("applyMigrations", () => {
  it("records history that Prisma's own schema engine accepts", async () => {
    const dir = await fixtureDir();
    await withDatabase(async (db) => {
      expect((await applyMigrations(db, { migrationsDir: dir, ...quiet })).applied).toEqual(
        Object.keys(FIXTURE),
      );
      const migrationsList = await readMigrationList(dir);
      const filters = { externalTables: [], externalEnums: [] };
      await withSchemaEngine(db, async ({ engine }) => {
        const diagnosis = await engine.diagnoseMigrationHistory({
          migrationsList,
          optInToShadowDatabase: false,
          filters,
        });
        expect(diagnosis).toMatchObject({
          failedMigrationNames: [],
          editedMigrationNames: [],
          history: null,
        });
        expect(
          (await engine.applyMigrations({ migrationsList, filters })).appliedMigrationNames,
        ).toEqual([]);
      });
    });
  });

  it("refuses an applied migration whose file was changed, but not a line-ending change", async () => {
    const dir = await fixtureDir();
    const file = path.join(dir, "20250101000000_init", "migration.sql");
    await withDatabase(async (db) => {
      await applyMigrations(db, { migrationsDir: dir, ...quiet });
      const original = await readFile(file, "utf8");
      await writeFile(file, original.replace(/\n/g, "\r\n"));
      expect((await applyMigrations(db, { migrationsDir: dir, ...quiet })).applied).toEqual([]);

      await writeFile(file, `${original}CREATE TABLE "Sneaky" ("id" INT);\n`);
      await mkdir(path.join(dir, "20250103000000_next"));
      await writeFile(
        path.join(dir, "20250103000000_next", "migration.sql"),
        'CREATE TABLE "Next" ("id" INT);\n',
      );
      await expect(applyMigrations(db, { migrationsDir: dir, ...quiet })).rejects.toThrow(
        /20250101000000_init.*checksum|checksum.*20250101000000_init/s,
      );
      expect((await history(db)).map((r) => r.migration_name)).toEqual(Object.keys(FIXTURE));
    });
  });

  it("refuses to run while a failed migration is recorded", async () => {
    const dir = await fixtureDir();
    await withDatabase(async (db) => {
      await applyMigrations(db, { migrationsDir: dir, ...quiet });
      await query(
        db,
        `UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = '20250102000000_badge'`,
      );
      await expect(applyMigrations(db, { migrationsDir: dir, ...quiet })).rejects.toThrow(
        /Failed migrations.*20250102000000_badge/s,
      );
    });
  });

  it("rolls a failing migration back whole, records it as rolled back, and retries it once fixed", async () => {
    const bad = 'CREATE TABLE "Half" ("id" INT);\nALTER TABLE "Missing" ADD COLUMN "x" INT;\n';
    const dir = await fixtureDir({ "20250103000000_bad": bad });
    await withDatabase(async (db) => {
      await expect(applyMigrations(db, { migrationsDir: dir, ...quiet })).rejects.toThrow(
        /20250103000000_bad.*rolled back.*Missing/s,
      );
      expect(await query(db, `SELECT to_regclass('"Half"') AS t`)).toEqual([{ t: null }]);
      const failed = (await history(db)).find((r) => r.migration_name === "20250103000000_bad");
      expect(failed).toMatchObject({ finished_at: null, applied_steps_count: 0 });
      expect(failed?.rolled_back_at).toBeInstanceOf(Date);

      await writeFile(
        path.join(dir, "20250103000000_bad", "migration.sql"),
        'CREATE TABLE "Half" ("id" INT);\n',
      );
      expect((await applyMigrations(db, { migrationsDir: dir, ...quiet })).applied).toEqual([
        "20250103000000_bad",
      ]);
    });
  });

  it("applies each migration once when two runs start together (advisory lock)", async () => {
    const dir = await fixtureDir();
    await withDatabase(async (db) => {
      const runs = await Promise.all(
        [1, 2].map(() => applyMigrations(db, { migrationsDir: dir, ...quiet })),
      );
      expect(runs.flatMap((r) => r.applied).sort()).toEqual(Object.keys(FIXTURE));
      expect(await history(db)).toHaveLength(Object.keys(FIXTURE).length);
    });
  });

  it("works against PGlite served by pglite-socket", async () => {
    const dir = await fixtureDir({
      "20250103000000_bad": 'ALTER TABLE "Missing" ADD COLUMN "x" INT;\n',
    });
    const pglite = await PGlite.create();
    const socket = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0 });
    await socket.start();
    try {
      const url = `postgresql://postgres@${socket.getServerConn()}/postgres`;
      await expect(applyMigrations(url, { migrationsDir: dir, ...quiet })).rejects.toThrow(
        /20250103000000_bad/,
      );
      await rm(path.join(dir, "20250103000000_bad"), { recursive: true });
      const rows = await history(url);
      expect(rows.filter((r) => r.finished_at).map((r) => r.migration_name)).toEqual(
        Object.keys(FIXTURE),
      );
      expect(
        rows.find((r) => r.migration_name === "20250103000000_bad")?.rolled_back_at,
      ).toBeInstanceOf(Date);
      expect((await applyMigrations(url, { migrationsDir: dir, ...quiet })).applied).toEqual([]);
    } finally {
      await socket.stop();
      await pglite.close();
    }
  });
});

describe("checkDrift and newMigration", () => {
  it("report the SQL missing from the migrations, write it, and then find no changes", async () => {
    const dir = await fixtureDir();
    const schema = path.join(tmp, "drift.prisma");
    const model = (extra: string) =>
      'datasource db {\n  provider = "postgresql"\n}\n\nmodel Officer {\n  id    Int     @id @default(autoincrement())\n' +
      `  name  String\n  badge String? @default("a;b")\n${extra}}\n`;
    await writeFile(schema, model(""));
    expect((await checkDrift({ schemaPath: schema, migrationsDir: dir, server })).drift).toBe(
      false,
    );

    await writeFile(schema, model("  rank  String?\n"));
    const drift = await checkDrift({ schemaPath: schema, migrationsDir: dir, server });
    expect(drift.drift).toBe(true);
    expect(drift.script).toMatch(/ALTER TABLE "Officer" ADD COLUMN\s+"rank" TEXT/);

    const created = await newMigration({
      name: "add rank",
      schemaPath: schema,
      migrationsDir: dir,
      server,
    });
    expect(created.created && path.basename(created.directory)).toMatch(/^\d{14}_add_rank$/);
    expect(await readFile(path.join(dir, "migration_lock.toml"), "utf8")).toMatch(
      /provider = "postgresql"/,
    );
    expect(
      await newMigration({ name: "again", schemaPath: schema, migrationsDir: dir, server }),
    ).toEqual({ created: false });
    expect((await checkDrift({ schemaPath: schema, migrationsDir: dir, server })).drift).toBe(
      false,
    );
  });
});
