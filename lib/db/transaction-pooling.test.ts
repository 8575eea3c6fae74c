// Behind PgBouncer in transaction mode (docs/decisions/011-pgbouncer.md) a client holds a server
// connection for one transaction only, so anything that outlives a transaction on a connection
// lands on whichever client gets that connection next, or is lost. scripts/pgbouncer-test.sh runs
// the integration suite through a real PgBouncer; this check catches the known kinds of session
// state in the code before that (minutes) run does.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const FOLDERS = ["app", "lib", "scripts", "prisma/sql", "bench"];
const SKIP = new Set(["node_modules", "generated", "migrations"]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sources(full);
    // bench/*.sql is run by psql straight against PostgreSQL, never through the pooler.
    if (dir.endsWith(`${path.sep}bench`) && entry.name.endsWith(".sql")) return [];
    return /\.(ts|tsx|mjs|js|sql)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** Code without comments, so a comment may name what it avoids. */
function code(file: string): string {
  const text = readFileSync(file, "utf8");
  return file.endsWith(".sql")
    ? text.replace(/--[^\n]*/g, "")
    : text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/[^\n]*/g, "$1");
}

const SESSION_STATE: { what: string; pattern: RegExp }[] = [
  // The _xact_ forms end with the transaction and are fine.
  { what: "a session-level advisory lock", pattern: /pg_(try_)?advisory_(lock|unlock|lock_shared|unlock_shared|unlock_all)\s*\(/i },
  { what: "LISTEN (notifications go to whichever client holds the connection)", pattern: /\bUNLISTEN\b|["'`]\s*LISTEN\s/i },
  { what: "a session setting (use SET LOCAL or set_config(…, true) inside a transaction)", pattern: /(^|[\s(,=;])["'`]\s*SET\s+(SESSION\s+)?(?!LOCAL\b)\w+\s*(=|TO\b)/im },
  { what: "a session setting through set_config(…, false)", pattern: /set_config\s*\([^)]*,\s*false\s*\)/i },
  { what: "a named prepared statement (PgBouncer before 1.21 cannot follow it)", pattern: /\bstatementNameGenerator\b|["'`]\s*PREPARE\s+\w+|\.query\(\s*\{[^}]*\bname\s*:/ },
  { what: "a temporary table that outlives its transaction", pattern: /CREATE\s+(TEMP|TEMPORARY)\s+TABLE(?![^;]*ON\s+COMMIT\s+DROP)/i },
];

describe("code that would break behind a transaction-mode pooler", () => {
  const files = FOLDERS.flatMap((folder) => sources(path.join(root, folder)));

  it("finds the project's sources", () => {
    expect(files.some((f) => f.endsWith(path.join("scripts", "db", "migrate.mjs")))).toBe(true);
    expect(files.some((f) => f.endsWith(path.join("prisma", "sql", "dashboards.sql")))).toBe(true);
  });

  it("keeps no session state on a database connection", () => {
    const found = files.flatMap((file) => {
      const text = code(file);
      return SESSION_STATE.filter(({ pattern }) => pattern.test(text)).map(({ what }) => `${path.relative(root, file)}: ${what}`);
    });
    expect(found).toEqual([]);
  });

  it("recognises each kind of session state", () => {
    const samples = [
      "await client.query('SELECT pg_advisory_lock($1)', [1])",
      'await client.query("LISTEN changes")',
      "await db.$executeRawUnsafe(`SET statement_timeout = 1000`)",
      "SELECT set_config('app.user', $1, false)",
      "new PrismaPg({ connectionString }, { statementNameGenerator: (q) => q.sql })",
      "CREATE TEMP TABLE scratch (id int);",
    ];
    for (const [i, sample] of samples.entries()) expect(SESSION_STATE[i].pattern.test(sample), sample).toBe(true);
    const fine = [
      "SELECT pg_advisory_xact_lock(72707369)",
      "await tx.$executeRaw`SET LOCAL lock_timeout = '1s'`",
      'UPDATE "Unit" SET "name" = $1',
      'await client.query(`UPDATE "AccessCode" SET used = true WHERE digest = $1`)',
      "SELECT set_config('app.user', $1, true)",
      "CREATE TEMP TABLE scratch (id int) ON COMMIT DROP;",
    ];
    for (const sample of fine) expect(SESSION_STATE.some(({ pattern }) => pattern.test(sample)), sample).toBe(false);
  });
});
