// CI guard: `tsx scripts/db/check-drift.ts [--schema P] [--migrations D]`. Applies every migration
// and prisma/sql (D/../sql) to a fresh database with the production applier (migrate.mjs), then
// asks the schema engine for the difference between that database and the Prisma schema, checks
// that every function and trigger is declared in prisma/sql, and, when DATABASE_URL is set,
// compares that database's functions and triggers with the fresh one's. Exit 1 with what differs
// (for tables, the SQL that would fix the migrations: usually, run new-migration).
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  compareDefinitions,
  declaredNames,
  readDefinitions,
  undeclared,
} from "./database-functions";
import { applyMigrations, readSqlFiles } from "./migrate.mjs";
import {
  createScratchDatabase,
  dropScratchDatabase,
  dropScratchDatabasesOnSignal,
  loadDotEnv,
  parseCliArgs,
  readSchemaFiles,
  serverParts,
  withSchemaEngine,
  type PgParts,
} from "./schema-engine";

export type DriftResult = {
  drift: boolean;
  script: string;
  summary: string;
  applied: string[];
  /** Functions and triggers: declared nowhere but a migration, or different in `database`. */
  functions: string[];
};

export async function checkDrift(opts: {
  schemaPath: string;
  migrationsDir: string;
  /** prisma/sql: applied after the migrations; every function and trigger must be declared there. */
  sqlDir?: string;
  /** A database whose functions and triggers must be what the migrations and sqlDir make. */
  database?: PgParts | string;
  server?: PgParts;
}): Promise<DriftResult> {
  const schema = await readSchemaFiles(opts.schemaPath);
  const server = opts.server ?? serverParts();
  const db = await createScratchDatabase(server, "drift_check");
  try {
    const { applied } = await applyMigrations(db, {
      migrationsDir: opts.migrationsDir,
      sqlDir: opts.sqlDir ?? null,
      log: () => {},
    });
    // `schemaDatasource` means "the engine's own connection", i.e. the freshly migrated database.
    const outcome = await withSchemaEngine(db, (s) =>
      s.diff(
        {
          tag: "schemaDatasource",
          files: schema,
          configDir: path.dirname(path.resolve(opts.schemaPath)),
        },
        schema,
      ),
    );
    const functions: string[] = [];
    if (opts.sqlDir || opts.database) {
      const expected = await readDefinitions(db);
      if (opts.sqlDir) {
        const files = await readSqlFiles(opts.sqlDir);
        functions.push(...undeclared(expected, declaredNames(files.map((f) => f.script))));
      }
      if (opts.database)
        functions.push(...compareDefinitions(expected, await readDefinitions(opts.database)));
    }
    return {
      drift: !outcome.empty || functions.length > 0,
      script: outcome.script,
      summary: outcome.summary,
      applied,
      functions,
    };
  } finally {
    await dropScratchDatabase(server, db.database);
  }
}

async function main() {
  loadDotEnv();
  dropScratchDatabasesOnSignal();
  const opts = parseCliArgs(process.argv.slice(2));
  if (opts.args.length)
    throw new Error("Usage: tsx scripts/db/check-drift.ts [--schema P] [--migrations D]");
  const database = process.env.DATABASE_URL;
  const result = await checkDrift({
    schemaPath: opts.schema,
    migrationsDir: opts.migrations,
    sqlDir: path.join(opts.migrations, "..", "sql"),
    database,
  });
  const where = database ? ", the database in DATABASE_URL" : "";
  if (!result.drift) {
    console.log(
      `No drift: ${result.applied.length} migration(s) match ${opts.schema}; functions and triggers match prisma/sql (checked: the migrations${where}).`,
    );
    if (!database) console.log("(DATABASE_URL is not set: no database's functions were compared.)");
    return;
  }
  if (result.script || result.summary.trim()) {
    console.error(
      `Drift: the migrations in ${opts.migrations} do not produce ${opts.schema}.\n` +
        `${result.summary.trim()}\n\nSQL still missing from the migrations:\n${result.script}` +
        "Create it with: npm run db:new-migration -- <name>",
    );
  }
  if (result.functions.length) {
    console.error(
      `Drift: functions and triggers differ from prisma/sql (checked: the migrations${where}):\n` +
        result.functions.map((line) => `  - ${line}`).join("\n") +
        "\nKeep each in prisma/sql, drop what is not there, and run npm run db:migrate (it applies prisma/sql every time).",
    );
  }
  process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e: Error) => {
    console.error(`check-drift: ${e.message}`);
    process.exitCode = 2;
  });
}
