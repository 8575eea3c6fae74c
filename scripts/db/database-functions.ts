// The functions and triggers of a database, compared with what prisma/sql/*.sql makes. Prisma's
// schema diff ignores both, so without this a function changed by hand in a database, or edited in
// prisma/sql and never applied, would go unnoticed (docs/decisions/001-offline-migrations.md).
import { withClient, type PgParts } from "./schema-engine";

/** "function name(args)" or "trigger name on table" -> what decides its behaviour. */
export type Definitions = Map<string, string>;

// The parts PostgreSQL keeps as written (the body) or as plain values, rather than its own
// re-printing of a definition, which varies between server versions (PGlite is 17, servers older).
const FUNCTIONS = `
  SELECT 'function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS key,
         concat_ws(E'\\n', 'arguments ' || pg_get_function_arguments(p.oid), 'returns ' || pg_get_function_result(p.oid),
                   'language ' || l.lanname, 'volatility ' || p.provolatile::text, p.prosrc) AS definition
  FROM pg_proc p
  JOIN pg_namespace n ON n.oid = p.pronamespace
  JOIN pg_language l ON l.oid = p.prolang
  WHERE n.nspname = current_schema()
    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`;
const TRIGGERS = `
  SELECT 'trigger ' || t.tgname || ' on ' || c.relname AS key,
         concat_ws(E'\\n', 'type ' || t.tgtype, 'function ' || f.proname, 'columns ' || t.tgattr::text,
                   'arguments ' || encode(t.tgargs, 'escape'), 'old table ' || COALESCE(t.tgoldtable, '-'),
                   'new table ' || COALESCE(t.tgnewtable, '-'), 'enabled ' || t.tgenabled::text,
                   'has when ' || (t.tgqual IS NOT NULL)) AS definition
  FROM pg_trigger t
  JOIN pg_class c ON c.oid = t.tgrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_proc f ON f.oid = t.tgfoid
  WHERE n.nspname = current_schema() AND NOT t.tgisinternal`;

export async function readDefinitions(database: PgParts | string): Promise<Definitions> {
  const rows = await withClient(database, async (client) => [
    ...(await client.query<{ key: string; definition: string }>(FUNCTIONS)).rows,
    ...(await client.query<{ key: string; definition: string }>(TRIGGERS)).rows,
  ]);
  return new Map(rows.map((r) => [r.key, r.definition]));
}

/** One line per function or trigger that differs, is missing or is extra in `actual`. */
export function compareDefinitions(expected: Definitions, actual: Definitions): string[] {
  const problems: string[] = [];
  for (const [key, definition] of expected) {
    if (!actual.has(key)) problems.push(`${key}: in prisma/sql, missing from the database`);
    else if (actual.get(key) !== definition) {
      problems.push(`${key}: differs from prisma/sql (${firstDifference(definition, actual.get(key)!)})`);
    }
  }
  for (const key of actual.keys()) {
    if (!expected.has(key)) problems.push(`${key}: in the database, not in prisma/sql or the migrations`);
  }
  return problems.sort();
}

function firstDifference(expected: string, actual: string): string {
  const lines = (text: string) =>
    text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
  const a = lines(expected);
  const b = lines(actual);
  const i = a.findIndex((line, n) => line !== b[n]);
  const line = i === -1 ? a.length : i;
  return `file: ${JSON.stringify(a[line] ?? "")}, database: ${JSON.stringify(b[line] ?? "")}`;
}

/** Names the files declare with CREATE OR REPLACE FUNCTION / TRIGGER. */
export function declaredNames(scripts: string[]): Set<string> {
  const names = new Set<string>();
  const pattern = /CREATE\s+OR\s+REPLACE\s+(FUNCTION|TRIGGER)\s+(?:public\.)?"?(\w+)"?/gi;
  for (const script of scripts) {
    for (const match of script.matchAll(pattern)) names.add(`${match[1].toLowerCase()} ${match[2]}`);
  }
  return names;
}

/** Functions and triggers the migrations made that no prisma/sql file declares: they would have to
 * be read in the migrations, which this file layout exists to avoid. */
export function undeclared(definitions: Definitions, declared: Set<string>): string[] {
  return [...definitions.keys()]
    .filter((key) => {
      const [kind, rest] = key.split(" ", 2);
      const name = kind === "function" ? rest.slice(0, rest.indexOf("(")) : rest;
      return !declared.has(`${kind} ${name}`);
    })
    .map((key) => `${key}: made by a migration, not declared in prisma/sql (move its definition there)`);
}
