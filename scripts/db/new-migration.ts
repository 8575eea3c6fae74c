// Creates the next migration offline: `tsx scripts/db/new-migration.ts NAME [--schema P] [--migrations D]`.
// What `prisma migrate dev --create-only` does, through the WebAssembly schema engine: replay the
// migrations on a scratch shadow database, diff it against the schema, write the SQL.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  dropScratchDatabasesOnSignal,
  LOCKFILE_CONTENT,
  LOCKFILE_NAME,
  loadDotEnv,
  parseCliArgs,
  readMigrationList,
  readSchemaFiles,
  serverParts,
  withSchemaEngine,
  type PgParts,
} from "./schema-engine";

export type NewMigrationResult =
  | { created: false }
  | { created: true; directory: string; script: string; summary: string; destructive: string[] };

/** Prisma's folder name: UTC timestamp, then the name with anything unusual turned into "_". */
function migrationDirName(name: string, now = new Date()): string {
  const slug = name
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!slug) throw new Error("Give the migration a name, e.g. `add_user_email`.");
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  return `${stamp}_${slug}`;
}

/** Statements worth a second look before committing: the native engine would have written a
 * "Warnings" comment for these, which the engine's diff command does not produce. */
function destructiveStatements(script: string): string[] {
  return script
    .split(/;\s*\n/)
    .map((s) => s.replace(/^(--.*\n|\s)+/, "").trim())
    .filter((s) =>
      /^(DROP\s|ALTER\s+TABLE\s.*\s(DROP\s|ALTER\s+COLUMN\s.*\s(TYPE|SET\s+NOT\s+NULL)))/is.test(s),
    )
    .map((s) => s.split("\n")[0]);
}

export async function newMigration(opts: {
  name: string;
  schemaPath: string;
  migrationsDir: string;
  server?: PgParts;
}): Promise<NewMigrationResult> {
  const directory = migrationDirName(opts.name); // validate the name before any database work
  const schema = await readSchemaFiles(opts.schemaPath);
  const list = await readMigrationList(opts.migrationsDir);
  const lock = list.lockfile.content ?? "";
  if (!/provider\s*=\s*"postgresql"/.test(lock)) {
    throw new Error(`${LOCKFILE_NAME} in ${opts.migrationsDir} is not for postgresql:\n${lock}`);
  }
  const outcome = await withSchemaEngine(opts.server ?? serverParts(), (s) =>
    s.diff({ tag: "migrations", ...list }, schema),
  );
  if (outcome.empty) return { created: false };

  const dir = path.join(opts.migrationsDir, directory);
  await mkdir(opts.migrationsDir, { recursive: true });
  await mkdir(dir).catch((e: NodeJS.ErrnoException) => {
    throw e.code === "EEXIST" ? new Error(`${dir} already exists; wait a second and retry.`) : e;
  });
  await writeFile(path.join(dir, "migration.sql"), outcome.script);
  const lockPath = path.join(opts.migrationsDir, LOCKFILE_NAME);
  if ((await readFile(lockPath, "utf8").catch(() => null)) === null)
    await writeFile(lockPath, LOCKFILE_CONTENT);
  return {
    created: true,
    directory: dir,
    ...outcome,
    destructive: destructiveStatements(outcome.script),
  };
}

async function main() {
  loadDotEnv();
  dropScratchDatabasesOnSignal();
  const opts = parseCliArgs(process.argv.slice(2));
  if (opts.args.length !== 1)
    throw new Error("Usage: tsx scripts/db/new-migration.ts NAME [--schema P] [--migrations D]");
  const result = await newMigration({
    name: opts.args[0],
    schemaPath: opts.schema,
    migrationsDir: opts.migrations,
  });
  if (!result.created) {
    console.log("no changes");
    return;
  }
  console.log(
    `Created ${path.join(result.directory, "migration.sql")}\n\n${result.summary.trim()}`,
  );
  if (result.destructive.length) {
    console.log(
      `\nReview before committing, these can lose data:\n${result.destructive.map((s) => `  ${s}`).join("\n")}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e: Error) => {
    console.error(`new-migration: ${e.message}`);
    process.exitCode = 1;
  });
}
