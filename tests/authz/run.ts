// Runs the authorization matrix (tests/authz/matrix.ts) over HTTP against a running production
// build with the demo data: every row as every caller, each once plainly and once with the
// `x-middleware-subrequest` header that once let requests skip Next's middleware (CVE-2025-29927).
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { AFFECTED_TABLES, TableChecksum } from "../fuzz/checksum";
import { discover, type Surface } from "./discover";
import { MATRIX, SUBJECTS, type Outcome, type Row, type Subject } from "./matrix";

const SUBREQUEST = "middleware:middleware:middleware:middleware:middleware:proxy:proxy:proxy:proxy:proxy";
const ACCOUNTS: Partial<Record<Subject, string>> = {
  lead: "lead@demo.local",
  lead2: "lead2@demo.local",
  head: "branchhead@demo.local",
  admin: "admin@demo.local",
};
/** Input every action schema refuses: proves the permission check passed without writing. */
const HARMLESS = "not-an-object";

export type Observed = Outcome | "error" | "unknown";
type Violation = {
  row: string;
  subject: Subject;
  subrequest: boolean;
  expected: Outcome;
  observed: Observed;
  detail: string;
};

function rowName(row: Row): string {
  const where = row.kind === "action" ? row.id : row.kind === "route" ? `${row.method} ${row.path}` : `GET ${row.path}`;
  return `${row.kind} ${where}${row.target === "any" ? "" : ` (${row.target})`}`;
}

/** Pages, routes and actions of the build without a row, and rows that match nothing built. */
export function coverage(surface: Surface): { missing: string[]; stale: string[] } {
  const missing: string[] = [];
  const has = (predicate: (row: Row) => boolean) => MATRIX.some(predicate);
  for (const p of surface.pages)
    if (!has((r) => r.kind === "page" && r.path === p)) missing.push(`page("${p}", STAFF)`);
  for (const r of surface.routes)
    if (!has((x) => x.kind === "route" && x.method === r.method && x.path === r.path))
      missing.push(`route("${r.method}", "${r.path}", PUBLIC)   // ${r.file}`);
  for (const a of surface.actions)
    if (!has((x) => x.kind === "action" && x.id === a.key)) missing.push(`action("${a.key}", ADMIN)`);
  const stale = MATRIX.filter((row) =>
    row.kind === "page"
      ? !surface.pages.includes(row.path)
      : row.kind === "route"
        ? !surface.routes.some((r) => r.method === row.method && r.path === row.path)
        : !surface.actions.some((a) => a.key === row.id),
  ).map(rowName);
  return { missing, stale };
}

type Fixtures = Record<"own" | "other" | "any", Record<string, string>>;

async function loadFixtures(databaseUrl: string): Promise<Fixtures> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string, params: unknown[] = []) => {
      const { rows } = await client.query(sql, params);
      if (!rows[0]) throw new Error(`authz fixture not in the demo data: ${sql} ${params.join(",")}`);
      return String(Object.values(rows[0])[0]);
    };
    // sheetUnit: the demo has no paper sheet of PS-MK, so "own" sheets are those of BR-NG (also Group 1's).
    const byUnit = async (code: string, sheetUnit = code) => ({
      unit: await one(`SELECT id FROM "Unit" WHERE code = $1`, [code]),
      session: await one(
        `SELECT s.id FROM "ListeningSession" s JOIN "Unit" u ON u.id = s."unitId" WHERE u.code = $1 ORDER BY s.id LIMIT 1`,
        [code],
      ),
      evidence: await one(
        `SELECT e.id FROM "EvidenceItem" e JOIN "Unit" u ON u.id = e."unitId" WHERE u.code = $1 ORDER BY e.id LIMIT 1`,
        [code],
      ),
      sheetId: await one(
        `SELECT r.id FROM "Response" r JOIN "Unit" u ON u.id = r."unitId" WHERE u.code = $1 AND r.source = 'PAPER' ORDER BY r.id LIMIT 1`,
        [sheetUnit],
      ),
    });
    const any = {
      version: await one(`SELECT id FROM "QuestionnaireVersion" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`),
      campaign: await one(`SELECT slug FROM "Campaign" WHERE status = 'ACTIVE' ORDER BY slug LIMIT 1`),
      campaignId: await one(`SELECT id FROM "Campaign" WHERE status = 'ACTIVE' ORDER BY slug LIMIT 1`),
      file: "survey.js", // /survey/assets/[file]
    };
    return { any, own: { ...any, ...(await byUnit("PS-MK", "BR-NG")) }, other: { ...any, ...(await byUnit("PS-XM")) } };
  } finally {
    await client.end();
  }
}

function fill(value: unknown, fixtures: Record<string, string>): unknown {
  return JSON.parse(
    JSON.stringify(value ?? null).replace(/\{(\w+)\}/g, (_, name: string) => fixtures[name] ?? `{${name}}`),
  );
}

/** A concrete URL path: dynamic segments from the fixtures of the row's target. */
function concrete(pathPattern: string, fixtures: Record<string, string>, query?: string): string {
  const p = pathPattern.replace(/\[(\.\.\.)?(\w+)\]/g, (_, rest: string | undefined, name: string) => {
    if (rest) return query ?? "session";
    if (name === "id") return pathPattern.startsWith("/units") ? fixtures.unit : fixtures.session;
    if (name === "versionId") return fixtures.version;
    return fixtures[name] ?? name;
  });
  return query && !pathPattern.includes("[...") ? `${p}?${String(fill(query, fixtures))}` : p;
}

async function ghostCookie(secret: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const token = await encode({
    token: {
      sub: randomUUID(),
      role: "ADMIN",
      name: "ghost",
      email: "ghost@demo.local",
      signedInAt: now,
      lastSeenAt: now,
    },
    secret,
    maxAge: 3600,
  });
  return `next-auth.session-token=${token}`;
}

function classifyPage(response: Response): Observed {
  const location = response.headers.get("location") ?? "";
  if (response.status >= 300 && response.status < 400) {
    if (/\/signin(\?|$)/.test(location)) return "signin";
    if (/\/forbidden(\?|$)/.test(location)) return "forbidden";
    if (/^(https?:\/\/[^/]+)?\/$/.test(location)) return "home";
    return "unknown";
  }
  if (response.status === 401) return "signin";
  if (response.status === 403) return "forbidden";
  if (response.status === 404) return "not_found";
  if (response.status >= 500) return "error";
  return response.status === 200 ? "ok" : "unknown";
}

function classifyRoute(response: Response): Observed {
  if (response.status >= 500) return "error";
  if (response.status === 401) return "signin";
  if (response.status === 403) return "forbidden";
  if (response.status === 404) return "not_found";
  const location = response.headers.get("location") ?? "";
  if (response.status >= 300 && response.status < 400 && /\/signin(\?|$)/.test(location)) return "signin";
  // Any other answer (200, or a 400/422 refusing the empty body) was given by the handler itself.
  return "ok";
}

/** An action answers in React's flight format; line "1:" holds the ActionResult. */
function classifyAction(response: Response, body: string): Observed {
  const page = classifyPage(response);
  if (response.status !== 200) return page === "ok" ? "unknown" : page;
  const code = /"code":"([a-z_]+)"/.exec(body)?.[1];
  if (code === "unauthenticated") return "signin";
  if (code === "forbidden") return "forbidden";
  if (code === "not_found") return "not_found";
  if (code === "unexpected") return "error";
  return "ok";
}

export async function runAuthzMatrix(options: {
  baseUrl: string;
  databaseUrl: string;
  secret: string;
  distDir: string;
  signIn: (baseUrl: string, email: string) => Promise<string>;
}) {
  const surface = discover(options.distDir);
  const { missing, stale } = coverage(surface);
  const fixtures = await loadFixtures(options.databaseUrl);
  const cookies: Record<Subject, string> = {
    anonymous: "",
    ghost: await ghostCookie(options.secret),
    lead: "",
    lead2: "",
    head: "",
    admin: "",
  };
  for (const [subject, email] of Object.entries(ACCOUNTS))
    cookies[subject as Subject] = await options.signIn(options.baseUrl, email);

  // No call of the matrix may change the domain data: refusals write nothing, allowed mutations get
  // input their schema refuses, and pages never write while rendering. (Sign-in's audit rows aside.)
  // Dashboard reads count waiting responses into the aggregates (decision 003): count them first.
  const checksum = await TableChecksum.open(
    options.databaseUrl,
    AFFECTED_TABLES.filter((t) => t !== "AuditEvent"),
  );
  await checksum.query("SELECT dashboard_fold(true)::text");
  const before = await checksum.take();
  const violations: Violation[] = [];
  let checks = 0;
  for (const row of MATRIX) {
    const values = fixtures[row.target];
    const action = row.kind === "action" ? surface.actions.find((a) => a.key === row.id) : undefined;
    if (row.kind === "action" && !action?.id) continue; // not in the build: reported as stale or unbuilt
    for (const subject of SUBJECTS) {
      const expected = row.expect[subject === "ghost" ? "anonymous" : subject];
      for (const subrequest of [false, true]) {
        const headers: Record<string, string> = { cookie: cookies[subject], origin: options.baseUrl };
        if (subrequest) headers["x-middleware-subrequest"] = SUBREQUEST;
        let observed: Observed;
        let detail: string;
        if (row.kind === "page") {
          const url = concrete(row.path, values, row.query);
          const response = await fetch(options.baseUrl + url, { redirect: "manual", headers });
          await response.arrayBuffer();
          observed = classifyPage(response);
          detail = `GET ${url} -> ${response.status} ${response.headers.get("location") ?? ""}`;
        } else if (row.kind === "route") {
          const url = concrete(row.path, values, row.query);
          const init: RequestInit = { method: row.method, redirect: "manual", headers };
          if (row.body !== undefined) {
            headers["content-type"] = "application/json";
            init.body = JSON.stringify(fill(row.body, values));
          }
          const response = await fetch(options.baseUrl + url, init);
          await response.arrayBuffer();
          observed = classifyRoute(response);
          detail = `${row.method} ${url} -> ${response.status}`;
        } else {
          // The probe (real ids of the other scope) only where a refusal is expected.
          const input =
            row.probe !== undefined && expected !== "ok" ? fill(row.probe, values) : (row.input ?? HARMLESS);
          const via = row.via ?? action!.via.find((p) => !p.includes("[")) ?? concrete(action!.via[0], values);
          const response = await fetch(options.baseUrl + via, {
            method: "POST",
            redirect: "manual",
            headers: {
              ...headers,
              "next-action": action!.id,
              "content-type": "text/plain;charset=UTF-8",
              accept: "text/x-component",
            },
            body: JSON.stringify([input]),
          });
          const text = await response.text();
          observed = classifyAction(response, text);
          detail = `POST ${via} [${row.id}] -> ${response.status} ${
            response.headers.get("location") ??
            text
              .split("\n")
              .find((l) => l.startsWith("1:"))
              ?.slice(0, 160) ??
            ""
          }`;
        }
        checks++;
        if (observed !== expected)
          violations.push({ row: rowName(row), subject, subrequest, expected, observed, detail });
      }
    }
  }
  const after = await checksum.take();
  const changedTables = TableChecksum.changed(before, after);
  await checksum.close();
  return {
    checks,
    violations,
    missing,
    stale,
    rows: MATRIX.length,
    dataUnchanged: changedTables.length === 0,
    changedTables,
  };
}
