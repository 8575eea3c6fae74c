// Applies prisma/migrations the way `prisma migrate deploy` does, with `pg` only, so production
// needs neither the Prisma CLI nor its downloaded engine (docs/decisions/001-offline-migrations.md),
// then the function and trigger files of prisma/sql.
//   node scripts/db/migrate.mjs [--migrations DIR]     (DATABASE_URL, or .env; the files of DIR/../sql)
// The bookkeeping is Prisma's own `_prisma_migrations` table, so the Prisma CLI (where it can run)
// and our schema-engine tools read the same history.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";

/** Next to this script rather than under the working directory, which a service manager may set
 * elsewhere. */
const DEFAULT_MIGRATIONS_DIR = fileURLToPath(
  new URL("../../prisma/migrations", import.meta.url),
);

/** Functions and triggers kept as whole files (prisma/sql/*.sql), applied after the migrations on
 * every run: the one place to read and change them (docs/decisions/001-offline-migrations.md). */
const DEFAULT_SQL_DIR = fileURLToPath(new URL("../../prisma/sql", import.meta.url));

/** The migrations squashed into the baseline (docs/decisions/016-migration-baseline.md). A database
 * that applied all of them already has the baseline's schema; one that applied only some must first
 * be brought to the end of that chain by a commit that still has it. */
export const SQUASHED = {
  baseline: "20261204000000_baseline",
  lastCommit: "1a98c6e",
  names: [
    "20261126234159_init",
    "20261126234832_classifier_model",
    "20261126235625_dashboard_aggregates",
    "20261127020918_dashboard_pending_responses",
    "20261203121958_campaign_admin",
    "20261203122000_problem_register_actions",
    "20261203122012_user_session_version",
    "20261203122038_questionnaire_translations",
    "20261203133341_report_versions",
    "20261203180000_dashboard_choice_counts",
    "20261203180100_dashboard_protection_store",
  ],
};

/** Prisma Migrate's advisory lock key: also keeps us from racing a real `prisma migrate`. */
const PRISMA_MIGRATE_LOCK_ID = 72707369;

// Exactly the table the schema engine creates for PostgreSQL.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

const sha256 = (text) => createHash("sha256").update(text, "utf8").digest("hex");

/** Prisma's rule: line endings do not matter (git may rewrite them), and very old Prisma versions
 * stored the hex without zero padding. */
function checksumMatches(script, stored) {
  const variants = [script, script.replace(/\r\n/g, "\n"), script.replace(/\n/g, "\r\n")];
  return variants.some((s) => {
    const hex = sha256(s);
    if (stored.length === 64) return hex === stored;
    const unpadded = Buffer.from(hex, "hex").reduce((acc, byte) => acc + byte.toString(16), "");
    return unpadded === stored;
  });
}

/**
 * @param {string} dir
 * @returns {Promise<{ name: string, script: string, checksum: string }[]>} in name order
 */
async function readMigrations(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch((e) => {
    if (e.code === "ENOENT") return [];
    throw e;
  });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  names.sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, "migration.sql");
      const script = await readFile(file, "utf8").catch((e) => {
        throw new Error(`Cannot read ${file}: ${e.message}`);
      });
      return { name, script, checksum: sha256(script) };
    }),
  );
}

/**
 * @param {string} dir
 * @returns {Promise<{ name: string, script: string }[]>} the *.sql files in name order
 */
export async function readSqlFiles(dir) {
  const names = await readdir(dir).catch((e) => {
    if (e.code === "ENOENT") return [];
    throw e;
  });
  return Promise.all(
    names
      .filter((name) => name.endsWith(".sql"))
      .sort()
      .map(async (name) => ({ name, script: await readFile(path.join(dir, name), "utf8") })),
  );
}

/** Runs every file, all in one transaction (under the migration lock), so nothing ever sees half
 * the definitions. Their CREATE OR REPLACE TRIGGER locks the tables against writes for a moment;
 * running traffic can deadlock with that, and PostgreSQL then cancels one side: retried. */
async function applySqlFiles(client, files, lockTimeoutMs) {
  for (let attempt = 1; ; attempt++) {
    let current;
    try {
      await locked(client, lockTimeoutMs, async () => {
        for (const file of files) {
          current = file;
          await client.query(file.script);
        }
      });
      return;
    } catch (e) {
      if (e?.code === "40P01" && attempt < 3) continue;
      if (!current) throw e;
      throw new Error(
        `prisma/sql/${current.name} failed and was rolled back: ${e?.message ?? e}`,
        { cause: e },
      );
    }
  }
}

/**
 * Runs `work` in a transaction that holds the migration lock, a transaction-level advisory lock:
 * it ends with the transaction whatever happens, and works through a pooler in transaction mode
 * (PgBouncer), where a session-level lock could be taken on one server connection and released on
 * another (docs/decisions/011-pgbouncer.md). It conflicts with Prisma Migrate's own session lock
 * on the same key. Rolled back if `work` throws.
 */
async function locked(client, timeoutMs, work) {
  await client.query("BEGIN");
  try {
    await acquireLock(client, timeoutMs);
    const result = await work();
    await client.query("COMMIT");
    return result;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  }
}

async function acquireLock(client, timeoutMs) {
  // Polling pg_try_advisory_xact_lock instead of blocking in pg_advisory_xact_lock gives a clear
  // timeout error without depending on lock_timeout support. A failed try leaves the transaction
  // usable.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await client.query("SELECT pg_try_advisory_xact_lock($1) AS ok", [
      PRISMA_MIGRATE_LOCK_ID,
    ]);
    if (rows[0].ok) return;
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for the migration lock (${PRISMA_MIGRATE_LOCK_ID}).`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** On a database migrated by the squashed chain, records the baseline as applied without running
 * it, as `prisma migrate resolve --applied` would (no steps, no logs). Refuses a database that
 * stopped part-way through that chain: the baseline cannot finish it. Returns whether it wrote. */
async function adoptSquashedChain(client, rows, migrations) {
  const baseline = migrations.find((m) => m.name === SQUASHED.baseline);
  const done = new Set(
    rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => r.migration_name),
  );
  if (!baseline || done.has(baseline.name)) return false;
  const applied = SQUASHED.names.filter((name) => done.has(name));
  if (applied.length === 0) return false;
  if (applied.length < SQUASHED.names.length) {
    throw new Error(
      `The database stopped part-way through the migrations that ${SQUASHED.baseline} replaces ` +
        `(missing: ${SQUASHED.names.filter((name) => !done.has(name)).join(", ")}). ` +
        `Run \`npm run db:migrate\` of commit ${SQUASHED.lastCommit} (it still has those migrations) ` +
        "on it first, then this one (docs/decisions/016-migration-baseline.md).",
    );
  }
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
     VALUES ($1, $2, now(), $3, NULL, NULL, now(), 0)`,
    [randomUUID(), baseline.checksum, baseline.name],
  );
  return true;
}

/** Refuses a history Prisma itself would refuse, or that no longer matches the files. */
function checkHistory(rows, migrations, log) {
  const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null);
  if (failed.length) {
    const detail = failed.map(
      (r) => `  - ${r.migration_name}${r.logs ? `: ${r.logs.split("\n")[0]}` : ""}`,
    );
    throw new Error(
      `Failed migrations are recorded in _prisma_migrations:\n${detail.join("\n")}\n` +
        "Repair the database by hand, then mark each one rolled back " +
        `(UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '…' AND finished_at IS NULL) ` +
        "to retry it, or finish applying it and set finished_at.",
    );
  }
  const applied = new Map(
    rows
      .filter((r) => r.finished_at !== null && r.rolled_back_at === null)
      .map((r) => [r.migration_name, r]),
  );
  const byName = new Map(migrations.map((m) => [m.name, m]));
  const edited = [...applied.values()].filter(
    (r) =>
      byName.has(r.migration_name) &&
      !checksumMatches(byName.get(r.migration_name).script, r.checksum),
  );
  if (edited.length) {
    throw new Error(
      `Applied migrations were modified after they were applied (checksum mismatch): ${edited.map((r) => r.migration_name).join(", ")}.\n` +
        "Restore their original migration.sql and put the change in a new migration.",
    );
  }
  const unknown = [...applied.keys()].filter(
    (name) => !byName.has(name) && !(byName.has(SQUASHED.baseline) && SQUASHED.names.includes(name)),
  );
  if (unknown.length)
    log(`Note: the database has migrations not in the migrations folder: ${unknown.join(", ")}`);
  return migrations.filter((m) => !applied.has(m.name));
}

/** Applies one migration in its own transaction under the migration lock, unless a run that held
 * the lock before this one applied it meanwhile. Returns whether it applied it. */
async function applyOne(client, m, lockTimeoutMs, log) {
  const id = randomUUID();
  let started = false;
  try {
    return await locked(client, lockTimeoutMs, async () => {
      const { rows } = await client.query(
        `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        [m.name],
      );
      if (rows.length) return false;
      log(`Applying migration ${m.name}`);
      started = true;
      // One simple query with the whole script, as Prisma runs it, so `DO $$ … $$` bodies survive.
      await client.query(m.script);
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
         VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, now(), 1)`,
        [id, m.checksum, m.name],
      );
      return true;
    });
  } catch (e) {
    if (!started) throw e; // the lock or the look-up, not the migration
    // Nothing of it stayed (it ran in a transaction), so it is recorded as failed *and* rolled back:
    // an audit trail that Prisma ignores, and the next start simply retries the fixed migration.
    await client
      .query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
         VALUES ($1, $2, NULL, $3, $4, now(), now(), 0)`,
        [id, m.checksum, m.name, String(e?.stack ?? e)],
      )
      .catch(() => {});
    throw new Error(`Migration ${m.name} failed and was rolled back: ${e?.message ?? e}`, {
      cause: e,
    });
  }
}

/**
 * Applies every pending `<dir>/<name>/migration.sql`, in name order, each in its own transaction
 * holding a transaction-level advisory lock, recording each in `_prisma_migrations` as `prisma migrate deploy` would;
 * then the files in sqlDir (default prisma/sql, or none when only migrationsDir is given).
 * Uses one connection, so it also works against PGlite behind pglite-socket.
 * @param {string | import("pg").ClientConfig} connection connection string or pg client config
 * @param {{ migrationsDir?: string, sqlDir?: string | null, lockTimeoutMs?: number, log?: (msg: string) => void }} [options]
 * @returns {Promise<{ applied: string[], sqlFiles: string[] }>}
 */
export async function applyMigrations(connection, options = {}) {
  const {
    migrationsDir = DEFAULT_MIGRATIONS_DIR,
    // A test's own migrations folder must not get the project's functions.
    sqlDir = options.migrationsDir ? null : DEFAULT_SQL_DIR,
    lockTimeoutMs = 5 * 60_000,
    log = console.log,
  } = options;
  const migrations = await readMigrations(migrationsDir);
  const sqlFiles = sqlDir ? await readSqlFiles(sqlDir) : [];
  const client = new pg.Client(
    typeof connection === "string" ? { connectionString: connection } : connection,
  );
  await client.connect();
  try {
    const pending = await locked(client, lockTimeoutMs, async () => {
      await client.query(CREATE_TABLE);
      const history = async () =>
        (
          await client.query(
            `SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at`,
          )
        ).rows;
      let rows = await history();
      if (await adoptSquashedChain(client, rows, migrations)) {
        log(`Recorded ${SQUASHED.baseline} as applied: the database has the migrations it replaces.`);
        rows = await history();
      }
      return checkHistory(rows, migrations, log);
    });
    // Each under the lock again: a run started at the same time may have applied some meanwhile.
    const applied = [];
    for (const m of pending) {
      if (await applyOne(client, m, lockTimeoutMs, log)) applied.push(m.name);
    }
    log(applied.length ? `Applied ${applied.length} migration(s).` : "No pending migrations.");
    if (sqlFiles.length) {
      await applySqlFiles(client, sqlFiles, lockTimeoutMs);
      log(`Applied ${sqlFiles.map((f) => f.name).join(", ")} (functions and triggers).`);
    }
    return { applied, sqlFiles: sqlFiles.map((f) => f.name) };
  } finally {
    await client.end();
  }
}

function parseArgs(argv) {
  const i = argv.findIndex((a) => a === "--migrations" || a.startsWith("--migrations="));
  if (i === -1) return {};
  const value = argv[i].includes("=") ? argv[i].slice(argv[i].indexOf("=") + 1) : argv[i + 1];
  if (!value) throw new Error("--migrations needs a path");
  return { migrationsDir: value, sqlDir: path.join(value, "..", "sql") };
}

async function main() {
  try {
    process.loadEnvFile();
  } catch {
    // no .env: the environment alone decides
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (environment or .env).");
  await applyMigrations(url, parseArgs(process.argv.slice(2)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e) => {
    console.error(`migrate: ${e.message}`);
    process.exitCode = 1;
  });
}
