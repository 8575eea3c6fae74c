// prisma/sql (dashboards.sql, survey.sql) is the one place of the database functions and triggers: the migration
// runner applies it after the migrations, and the drift check reports a database whose functions or
// triggers differ from it, a file edited and never applied, and a function only a migration makes.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDrift } from "../../scripts/db/check-drift";
import { applyMigrations } from "../../scripts/db/migrate.mjs";
import {
  DEFAULT_SERVER_URL,
  createScratchDatabase,
  dropScratchDatabase,
  partsFromUrl,
  withClient,
  type PgParts,
} from "../../scripts/db/schema-engine";

const root = fileURLToPath(new URL("../..", import.meta.url));
const schemaPath = path.join(root, "prisma/schema.prisma");
const migrationsDir = path.join(root, "prisma/migrations");
const sqlDir = path.join(root, "prisma/sql");
const server = partsFromUrl(process.env.DATABASE_URL || DEFAULT_SERVER_URL);
const quiet = { log: () => {} };

let tmp: string;
let db: PgParts;

const sql = async (statement: string): Promise<pg.QueryResultRow[]> => (await withClient(db, (c) => c.query(statement))).rows;

/** A copy of prisma/sql with one edit, as a developer's working tree would have it. */
async function editedSqlDir(edit: (text: string) => string): Promise<string> {
  const dir = await mkdtemp(path.join(tmp, "sql-"));
  await cp(sqlDir, dir, { recursive: true });
  const file = path.join(dir, "dashboards.sql");
  const before = await readFile(file, "utf8");
  const after = edit(before);
  expect(after, "the edit applies").not.toBe(before);
  await writeFile(file, after);
  return dir;
}

const drift = (options: { sqlDir?: string; migrationsDir?: string; database?: PgParts } = {}) =>
  checkDrift({ schemaPath, migrationsDir, sqlDir, database: db, server, ...options });

const CUBE = "VALUES ($1, $2), ($1, '*'), ('*', $2), ('*', '*')";

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "database-functions-"));
  db = await createScratchDatabase(server, "functions_test");
  const { sqlFiles } = await applyMigrations(db, quiet);
  expect(sqlFiles).toEqual(["dashboards.sql", "survey.sql"]);
});
afterAll(async () => {
  await dropScratchDatabase(server, db.database);
  await rm(tmp, { recursive: true, force: true });
});

describe("dashboard functions kept in prisma/sql", () => {
  it("a migrated database has exactly the file's functions and triggers, applied again on every run", async () => {
    const result = await drift();
    expect(result.functions).toEqual([]);
    expect(result.drift).toBe(false);
    const fold = await sql("SELECT prosrc FROM pg_proc WHERE proname = 'dashboard_fold'");
    expect(await readFile(path.join(sqlDir, "dashboards.sql"), "utf8")).toContain(fold[0].prosrc.trim());

    // The runner applies the file even when no migration is pending, and that changes nothing.
    expect(await applyMigrations(db, quiet)).toEqual({ applied: [], sqlFiles: ["dashboards.sql", "survey.sql"] });
    expect((await drift()).functions).toEqual([]);
  });

  it("reports a function changed by hand in the database, a dropped trigger and an extra function; migrating repairs the first two", async () => {
    await sql(`CREATE OR REPLACE FUNCTION dashboard_cube(role_level text, service_years text)
      RETURNS TABLE (role_level text, service_years text) LANGUAGE sql IMMUTABLE AS $$ VALUES ($1, $2) $$`);
    await sql(`DROP TRIGGER dashboard_finding_update ON "Finding"`);
    await sql(`CREATE FUNCTION dashboard_extra() RETURNS int LANGUAGE sql AS 'SELECT 1'`);
    const result = await drift();
    expect(result.drift).toBe(true);
    expect(result.functions).toEqual([
      "function dashboard_cube(role_level text, service_years text): differs from prisma/sql " +
        `(file: ${JSON.stringify(CUBE)}, database: "VALUES ($1, $2)")`,
      "function dashboard_extra(): in the database, not in prisma/sql or the migrations",
      "trigger dashboard_finding_update on Finding: in prisma/sql, missing from the database",
    ]);

    await applyMigrations(db, quiet);
    await sql("DROP FUNCTION dashboard_extra()");
    expect((await drift()).functions).toEqual([]);
  });

  it("reports a file edited but not applied, until the runner applies it", async () => {
    const edited = await editedSqlDir((text) => text.replace(CUBE, `${CUBE} -- edited`));
    const before = await drift({ sqlDir: edited });
    expect(before.functions).toEqual([
      "function dashboard_cube(role_level text, service_years text): differs from prisma/sql " +
        `(file: ${JSON.stringify(`${CUBE} -- edited`)}, database: ${JSON.stringify(CUBE)})`,
    ]);

    await applyMigrations(db, { migrationsDir, sqlDir: edited, ...quiet });
    expect((await drift({ sqlDir: edited })).functions).toEqual([]);
    await applyMigrations(db, quiet);
  });

  it("reports a function that only a migration declares", async () => {
    const migrations = await mkdtemp(path.join(tmp, "migrations-"));
    await cp(migrationsDir, migrations, { recursive: true });
    await mkdir(path.join(migrations, "20990101000000_extra"));
    await writeFile(
      path.join(migrations, "20990101000000_extra", "migration.sql"),
      "CREATE FUNCTION dashboard_extra() RETURNS int LANGUAGE sql AS 'SELECT 1';\n",
    );
    const result = await drift({ migrationsDir: migrations, database: undefined });
    expect(result.functions).toEqual([
      "function dashboard_extra(): made by a migration, not declared in prisma/sql (move its definition there)",
    ]);
  });
});
