// `npm start`: one command from a fresh clone to a running portal.
// - No DATABASE_URL: serves an embedded PGlite database on 127.0.0.1:54329 (data in ./data/pglite)
//   from this process, and loads the demo campaign on first start.
// - DATABASE_URL set: uses that PostgreSQL; demo data only with DEMO_DATA=1 (or `npm run db:seed`).
// Then it applies migrations, bootstraps (taxonomy, first admin), builds if the sources changed and
// runs `next start`. Child processes are spawned asynchronously: a spawnSync would deadlock on the
// socket this process serves.
import { spawn, execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { applyMigrations } from "./db/migrate.mjs";

try {
  process.loadEnvFile();
} catch {
  // no .env file: configuration comes from the environment
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = env.PORT ?? "3000";
const embeddedPort = Number(env.EMBEDDED_DB_PORT ?? 54329);
const children = new Set();
let shutdown = async () => {};

function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env, ...options });
    children.add(child);
    child.on("exit", (code, signal) => {
      children.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code ?? signal}`));
    });
  });
}

async function startEmbeddedDatabase() {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  mkdirSync("data/pglite", { recursive: true });
  const lock = "data/pglite.pid";
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, "utf8"));
    if (pid && pidAlive(pid)) throw new Error(`the embedded database is in use by process ${pid} (another npm start?)`);
  }
  writeFileSync(lock, String(process.pid));
  const db = await PGlite.create("./data/pglite");
  // A few connections for the migrator, bootstrap and app in turn; the app itself uses one.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: embeddedPort, maxConnections: 8 });
  await server.start();
  console.log(`embedded database: PGlite on 127.0.0.1:${embeddedPort} (data in ./data/pglite)`);
  return async () => {
    await server.stop();
    await db.close();
    try {
      if (readFileSync(lock, "utf8") === String(process.pid)) writeFileSync(lock, "");
    } catch {
      // already gone
    }
  };
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A secret for session tokens: from the environment, else generated once and kept in ./data. */
function ensureSecret() {
  if (env.AUTH_SECRET || env.NEXTAUTH_SECRET) return;
  if (env.NODE_ENV === "production" && env.DATABASE_URL && !env.ALLOW_GENERATED_SECRET) {
    console.warn("warning: AUTH_SECRET is not set; every instance behind a load balancer needs the same one");
  }
  mkdirSync("data", { recursive: true });
  const file = "data/auth-secret";
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

/** Rebuild when the checked-out sources differ from the last build's (git HEAD plus local edits). */
function sourceStamp() {
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" });
    const status = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" });
    return createHash("sha256").update(head + status).digest("hex");
  } catch {
    return "no-git";
  }
}

async function main() {
  let embedded = false;
  if (!env.DATABASE_URL) {
    const stop = await startEmbeddedDatabase();
    shutdown = stop;
    embedded = true;
    env.DATABASE_URL = `postgresql://postgres@127.0.0.1:${embeddedPort}/postgres`;
    env.DATABASE_POOL_MAX = "1";
  }
  ensureSecret();
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  await applyMigrations(env.DATABASE_URL);
  const demo = embedded || env.DEMO_DATA === "1";
  await run("npx", ["tsx", "--conditions=react-server", "scripts/bootstrap.ts", ...(demo ? ["--demo"] : [])]);

  const stamp = sourceStamp();
  const stampFile = ".next/source-stamp";
  const built = existsSync(".next/BUILD_ID") && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp;
  if (!built || env.FORCE_BUILD === "1") {
    await run("npx", ["next", "build"]);
    writeFileSync(stampFile, stamp);
  }
  console.log(`portal: http://localhost:${port}${demo ? " (demo accounts in README.md)" : ""}`);
  await run("npx", ["next", "start", "-p", port, ...(env.HOST ? ["-H", env.HOST] : [])]);
}

async function stopAll(code) {
  for (const child of children) child.kill("SIGTERM");
  await shutdown().catch(() => {});
  process.exit(code);
}

process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));
main()
  .then(() => stopAll(0))
  .catch((error) => {
    console.error(`npm start failed: ${error instanceof Error ? error.message : error}`);
    stopAll(1);
  });
