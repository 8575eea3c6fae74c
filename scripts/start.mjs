// `npm start`: one command from a fresh clone to a running portal.
// - No DATABASE_URL: serves an embedded PGlite database on 127.0.0.1:54329 (data in ./data/pglite,
//   or $PORTAL_DATA_DIR/pglite) from this process, and loads the demo campaign on first start.
// - DATABASE_URL set: uses that PostgreSQL; demo data only with DEMO_DATA=1 (or `npm run db:seed`).
// Then it applies migrations, bootstraps (taxonomy, first admin), builds if the sources changed and
// runs `next start`. Child processes are spawned asynchronously: a spawnSync would deadlock on the
// socket this process serves.
// Stopping: SIGTERM, SIGINT or SIGHUP stops the Next server (or whichever step is running), then
// closes the embedded database, and exits 0; a second signal kills at once. The `start` script
// `exec`s this file so that npm's forwarded signal reaches it (sh would die and leave it running).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildIfStale } from "./build-stamp.mjs";
import { binPath, createChildren, signalExitCode, StoppingError } from "./child-processes.mjs";
import { applyMigrations } from "./db/migrate.mjs";
import { SERVER_NODE_FLAGS } from "./server-flags.mjs";
import { startEmbeddedDatabase } from "./embedded-database.mjs";

// Next builds and serves the working directory; a service manager may start us elsewhere.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
try {
  process.loadEnvFile();
} catch {
  // no .env file: configuration comes from the environment
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = env.PORT ?? "3000";
const embeddedPort = Number(env.EMBEDDED_DB_PORT ?? 54329);
const dataDir = path.resolve(env.PORTAL_DATA_DIR ?? "data");
const distDir = path.resolve(root, env.NEXT_DIST_DIR ?? ".next");
// Stopping must finish within a process manager's usual 10 s: the server gets 6 s, the database 3.
const children = createChildren({ env, graceMs: 6_000 });
const DATABASE_CLOSE_MS = 3_000;
let stopDatabase = async () => {};

/** A secret for session tokens: from the environment, else generated once and kept in the data folder. */
function ensureSecret() {
  if (env.AUTH_SECRET || env.NEXTAUTH_SECRET) return;
  if (env.NODE_ENV === "production" && env.DATABASE_URL && !env.ALLOW_GENERATED_SECRET) {
    console.warn("warning: AUTH_SECRET is not set; every instance behind a load balancer needs the same one");
  }
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

async function main() {
  let embedded = false;
  if (!env.DATABASE_URL) {
    const database = await startEmbeddedDatabase({ dataDir, port: embeddedPort });
    stopDatabase = database.stop;
    embedded = true;
    env.DATABASE_URL = database.url;
    env.DATABASE_POOL_MAX = "1";
  }
  ensureSecret();
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  await applyMigrations(env.DATABASE_URL);
  const demo = embedded || env.DEMO_DATA === "1";
  await children.runNode(
    ["--conditions=react-server", "--import", "tsx", "scripts/bootstrap.ts", ...(demo ? ["--demo"] : [])],
    "bootstrap",
  );

  await buildIfStale({
    root,
    distDir,
    env,
    force: env.FORCE_BUILD === "1",
    build: () => children.runNode([binPath("next"), "build"], "next build"),
  });
  console.log(`portal: http://localhost:${port}${demo ? " (demo accounts in README.md)" : ""}`);
  await children.runNode([...SERVER_NODE_FLAGS, binPath("next"), "start", "-p", port, ...(env.HOST ? ["-H", env.HOST] : [])], "next start");
}

/** Resolves within DATABASE_CLOSE_MS whatever PGlite does; it must not hold the exit. */
async function closeDatabase() {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve("timeout"), DATABASE_CLOSE_MS);
  });
  const outcome = await Promise.race([
    stopDatabase().then(
      () => "closed",
      (error) => error,
    ),
    timeout,
  ]);
  clearTimeout(timer);
  if (outcome !== "closed")
    console.error(`embedded database not closed cleanly: ${outcome instanceof Error ? outcome.message : outcome}`);
}

let stopping = false;
let firstSignalAt = 0;

async function stop(code) {
  stopping = true;
  await children.stopAll("SIGTERM");
  await closeDatabase();
  process.exit(code);
}

function onSignal(signal) {
  if (!stopping) {
    firstSignalAt = Date.now();
    console.log(`${signal}: stopping the portal (a second signal kills it at once)`);
    void stop(0);
    return;
  }
  // Ctrl-C reaches this process twice, from the terminal and forwarded by npm: that is one press.
  if (Date.now() - firstSignalAt < 500) return;
  console.log(`${signal} again: killing the portal`);
  children.killAll();
  process.exit(signalExitCode(signal));
}

for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(signal, onSignal);

main()
  .then(() => {
    // The server ended by itself with 0: someone stopped it directly (systemd signals every
    // process of the service at once).
    if (!stopping) void stop(0);
  })
  .catch((error) => {
    // A step that fails because we are stopping it is not an error of its own.
    if (stopping || error instanceof StoppingError) return;
    console.error(`npm start failed: ${error instanceof Error ? error.message : error}`);
    void stop(1);
  });
