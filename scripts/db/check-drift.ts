// CI guard: `tsx scripts/db/check-drift.ts [--schema P] [--migrations D]`. Applies every migration
// to a fresh database with the production applier (migrate.mjs), then asks the schema engine for
// the difference between that database and the Prisma schema. Exit 1 with the SQL that would fix
// the migrations when there is one (usually: run new-migration).
import path from "node:path";
import { pathToFileURL } from "node:url";
import { applyMigrations } from "./migrate.mjs";
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

export type DriftResult = { drift: boolean; script: string; summary: string; applied: string[] };

export async function checkDrift(opts: {
  schemaPath: string;
  migrationsDir: string;
  server?: PgParts;
}): Promise<DriftResult> {
  const schema = await readSchemaFiles(opts.schemaPath);
  const server = opts.server ?? serverParts();
  const db = await createScratchDatabase(server, "drift_check");
  try {
    const { applied } = await applyMigrations(db, {
      migrationsDir: opts.migrationsDir,
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
    return { drift: !outcome.empty, script: outcome.script, summary: outcome.summary, applied };
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
  const result = await checkDrift({ schemaPath: opts.schema, migrationsDir: opts.migrations });
  if (!result.drift) {
    console.log(`No drift: ${result.applied.length} migration(s) match ${opts.schema}.`);
    return;
  }
  console.error(
    `Drift: the migrations in ${opts.migrations} do not produce ${opts.schema}.\n` +
      `${result.summary.trim()}\n\nSQL still missing from the migrations:\n${result.script}` +
      "Create it with: npx tsx scripts/db/new-migration.ts <name>",
  );
  process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e: Error) => {
    console.error(`check-drift: ${e.message}`);
    process.exitCode = 2;
  });
}
