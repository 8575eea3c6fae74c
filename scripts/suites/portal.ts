// The proving suites' test bed: a fresh PostgreSQL database with the demo campaign, a production
// build, and `next start` processes whose output is kept (the anonymity canary searches it) and
// which can be killed with SIGKILL and started again (the faults-under-load suite).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { signInOverHttp } from "../../tests/e2e/instances";
import { applyMigrations } from "../db/migrate.mjs";

const SERVER_URL =
  process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
// The folder `npm test` builds into (tsconfig already knows it); CI reuses that build.
export const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-test";
export const DEMO_PASSWORD = "listen-demo-2026";

function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery<T = unknown>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A new migrated database holding the demo campaign (its demo access codes keyed with `secret`,
 * the server's AUTH_SECRET); `drop` removes it again. */
export async function demoDatabase(label: string, secret: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `portal_suites_${label}_${randomBytes(4).toString("hex")}`;
  await adminQuery(SERVER_URL, `CREATE DATABASE "${name}"`);
  const url = databaseUrl(name);
  const drop = () => adminQuery(SERVER_URL, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined);
  try {
    await applyMigrations(url, { log: () => {} });
    await run("npx", ["tsx", "--conditions=react-server", "scripts/bootstrap.ts", "--demo"], {
      DATABASE_URL: url,
      AUTH_SECRET: secret,
    });
  } catch (error) {
    await drop();
    throw error;
  }
  return { url, drop };
}

export function run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    });
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code ?? signal}`)),
    );
  });
}

/** Builds into DIST_DIR unless SUITES_REUSE_BUILD=1 and a build is there (the build needs no database). */
export async function ensureBuild(): Promise<void> {
  if (process.env.SUITES_REUSE_BUILD === "1" && existsSync(path.join(DIST_DIR, "BUILD_ID"))) return;
  await run("npx", ["next", "build"], { NEXT_DIST_DIR: DIST_DIR });
}

/** One `next start` process on a port; its stdout and stderr go to a log file that is kept. */
export class Portal {
  readonly url: string;
  readonly logFile: string;
  private child: ChildProcess | null = null;
  private log: ReturnType<typeof createWriteStream>;

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
    this.logFile = path.join(mkdtempSync(path.join(tmpdir(), "portal-suite-")), "server.log");
    this.log = createWriteStream(this.logFile, { flags: "a" });
  }

  async start(): Promise<void> {
    const child = spawn(
      process.execPath,
      ["node_modules/next/dist/bin/next", "start", "-p", String(this.port), "-H", "127.0.0.1"],
      {
        env: {
          ...process.env,
          NEXT_TELEMETRY_DISABLED: "1",
          NODE_ENV: "production",
          NEXT_DIST_DIR: DIST_DIR,
          NEXTAUTH_URL: this.url,
          ...this.env,
        },
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      },
    );
    child.stdout!.pipe(this.log, { end: false });
    child.stderr!.pipe(this.log, { end: false });
    this.child = child;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}; see ${this.logFile}`);
      try {
        if ((await fetch(`${this.url}/api/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
    throw new Error(`next start on ${this.port} did not answer /api/health within 60 s`);
  }

  /** The whole process group, so no worker survives a SIGKILL. */
  kill(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once("exit", () => resolve());
      try {
        process.kill(-child.pid!, signal);
      } catch {
        resolve();
      }
    });
  }

  output(): string {
    return readFileSync(this.logFile, "utf8");
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Signs in through next-auth's credentials endpoint over HTTP; returns the Cookie header value. */
export async function signIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const result = await signInOverHttp(baseUrl, email, password);
  if (!result.ok) throw new Error(`sign-in of ${email} failed (${result.reply.status} ${result.error ?? ""})`);
  return result.jar.header();
}

export type IssuedCodes = { campaign: string; codes: string[]; batches: string[] };

/** Fresh access codes for a unit of the demo campaign (scripts/suites/issue-codes.ts). */
export function issueCodes(databaseUrl: string, secret: string, unitCode: string, count: number): Promise<IssuedCodes> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "npx",
      ["tsx", "--conditions=react-server", "scripts/suites/issue-codes.ts", unitCode, String(count)],
      {
        env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: secret },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout!.on("data", (chunk) => (out += chunk));
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`issue-codes exited with ${code}`)),
    );
  });
}
