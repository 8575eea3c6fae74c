// `npm start` with the embedded database stops as a whole when a process manager signals the one
// process it started: the Next server and the PGlite socket go with it, PGlite is closed cleanly,
// and both ports are free for the next start. A server that does not stop is killed after its grace
// period; a second signal kills at once.
// Serves the build in NEXT_DIST_DIR (default .next-test, the one the end-to-end stage uses);
// start.mjs builds it first when it is missing or older than the sources (minutes on a busy machine,
// hence the first test's allowance). scripts/test.mjs builds it before the tests when it runs them all.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const STOP_WITHIN_MS = 10_000;
const FIRST_START_MS = 15 * 60_000;
const START_MS = 3 * 60_000;

let dataDir: string;
let webPort: number;
let databasePort: number;
const started: ChildProcess[] = [];

/** A port nobody listens on now (the kernel's choice of an ephemeral one). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Whether a new server can listen on the port (on every interface, as the Next server does). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

/** Live (not zombie) processes, pid -> parent pid, from /proc. */
function processTable(): Map<number, number> {
  const table = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // "pid (comm) state ppid …"; comm may hold spaces and parentheses.
      const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (state !== "Z") table.set(Number(name), Number(ppid));
    } catch {
      // exited while we read
    }
  }
  return table;
}

function descendants(pid: number): number[] {
  const table = processTable();
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const [child, ppid] of table) {
      if (ppid === parent) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/** PostgreSQL's control file says whether the cluster was shut down (1) or is running (6). */
function clusterState(): number {
  return readFileSync(path.join(dataDir, "pglite/global/pg_control")).readInt32LE(16);
}

type Portal = {
  npm: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: string | null }>;
};

function startPortal(): Portal {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(webPort),
    EMBEDDED_DB_PORT: String(databasePort),
    PORTAL_DATA_DIR: dataDir,
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-test",
  };
  // Embedded mode: the test database's URL must not leak in; nor vitest's NODE_ENV into next start.
  Reflect.deleteProperty(env, "DATABASE_URL");
  Reflect.deleteProperty(env, "NODE_ENV");
  const npm: ChildProcess = spawn("npm", ["start"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  started.push(npm);
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  npm.stdout!.on("data", keep);
  npm.stderr!.on("data", keep);
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    npm.once("exit", (code: number | null, signal: string | null) => resolve({ code, signal })),
  );
  return { npm, output: () => log, exited };
}

async function waitForHealth(portal: Portal, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (portal.npm.exitCode !== null) throw new Error(`npm start exited early:\n${portal.output()}`);
    const body = await fetch(`http://127.0.0.1:${webPort}/api/health`).then(
      (r) => r.text(),
      () => "",
    );
    if (body === '{"status":"ok","db":"ok"}') return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no health within ${timeoutMs} ms:\n${portal.output()}`);
}

/** Signals one process of the portal and checks everything is gone and cleanly closed in time. */
async function expectStopsAll(portal: Portal, signal: NodeJS.Signals, target: "npm" | "start.mjs") {
  const tree = descendants(portal.npm.pid!);
  const startScript = tree.find((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("scripts/start.mjs"));
  expect(startScript, "start.mjs runs under npm").toBeDefined();
  expect(tree.length, "start.mjs and the Next server").toBeGreaterThanOrEqual(2);
  expect(clusterState()).toBe(6);

  process.kill(target === "npm" ? portal.npm.pid! : startScript!, signal);
  const alive = await waitUntilGone([portal.npm.pid!, ...tree], STOP_WITHIN_MS);
  expect(alive, `processes alive ${STOP_WITHIN_MS} ms after ${signal}:\n${portal.output()}`).toEqual([]);
  await expectPortsFree();
  expect(await portal.exited).toEqual({ code: 0, signal: null });
  expect(clusterState(), "PGlite wrote its shutdown checkpoint").toBe(1);
  expect(portal.output()).toContain(`${signal}: stopping the portal`);
}

async function expectPortsFree() {
  expect(await portIsFree(webPort), "web port free").toBe(true);
  expect(await portIsFree(databasePort), "database port free").toBe(true);
}

/**
 * Starts the portal, freezes the Next server under start.mjs so that it cannot act on a signal
 * (SIGKILL still ends it) and sends npm a SIGTERM; returns the portal and every process it ran.
 */
async function startFrozenAndTerminate(): Promise<{ portal: Portal; tree: number[] }> {
  const portal = startPortal();
  await waitForHealth(portal, START_MS);
  const tree = [portal.npm.pid!, ...descendants(portal.npm.pid!)];
  const server = tree.find((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("next-server"));
  expect(server, "the Next server runs under start.mjs").toBeDefined();
  process.kill(server!, "SIGSTOP");
  process.kill(portal.npm.pid!, "SIGTERM");
  return { portal, tree };
}

async function waitUntilGone(pids: number[], withinMs: number): Promise<number[]> {
  const deadline = Date.now() + withinMs;
  let alive = pids;
  while (Date.now() < deadline) {
    const table = processTable();
    alive = pids.filter((pid) => table.has(pid));
    if (alive.length === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return alive;
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "portal-start-stop-"));
  webPort = await freePort();
  databasePort = await freePort();
});

afterAll(async () => {
  // Only if a test failed half-way: what we started, by pid.
  for (const npm of started) {
    for (const pid of descendants(npm.pid!)) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // gone
      }
    }
    if (npm.exitCode === null) npm.kill("SIGKILL");
  }
  await rm(dataDir, { recursive: true, force: true });
});

describe("stopping the portal started with npm start (embedded database)", () => {
  // The first start builds the portal, hence its longer wait.
  it.each([
    ["SIGTERM to npm stops the Next server and the embedded database", "SIGTERM", "npm", FIRST_START_MS],
    ["SIGINT to npm does the same", "SIGINT", "npm", START_MS],
    ["SIGTERM to start.mjs itself does the same", "SIGTERM", "start.mjs", START_MS],
  ] as const)(
    "%s",
    async (_name, signal, target, startMs) => {
      const portal = startPortal();
      await waitForHealth(portal, startMs);
      await expectStopsAll(portal, signal, target);
    },
    FIRST_START_MS + 60_000,
  );

  it(
    "a server that does not stop is killed after its grace period, and the database still closes cleanly",
    async () => {
      const { portal, tree } = await startFrozenAndTerminate();
      await new Promise((r) => setTimeout(r, 2_000));
      expect(processTable().has(portal.npm.pid!), "still waiting for the server").toBe(true);
      expect(await waitUntilGone(tree, STOP_WITHIN_MS - 2_000), portal.output()).toEqual([]);
      expect(await portal.exited).toEqual({ code: 0, signal: null });
      await expectPortsFree();
      expect(clusterState()).toBe(1);
    },
    START_MS + 60_000,
  );

  it(
    "a second signal kills everything at once",
    async () => {
      const { portal, tree } = await startFrozenAndTerminate();
      await new Promise((r) => setTimeout(r, 1_000));
      process.kill(portal.npm.pid!, "SIGTERM");
      // Well before the 6 s the server would otherwise be given.
      expect(await waitUntilGone(tree, 4_500), portal.output()).toEqual([]);
      expect(portal.output()).toContain("SIGTERM again: killing the portal");
      expect((await portal.exited).code).not.toBe(0);
      await expectPortsFree();
    },
    START_MS + 60_000,
  );
});
