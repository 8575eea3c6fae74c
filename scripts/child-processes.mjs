// The child processes of a long-running script (`npm start`: bootstrap, build, the Next server) and
// how they stop with it. A process manager stops a service with SIGTERM to the one process it
// started; so every child here runs from its package's bin with this Node (npx adds a process that
// leaves the server running when it is killed), in its own process group (so the signal also
// reaches what the child started, such as the build's workers), and is signalled by us.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { constants } from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);

/** The file a package's `bin` entry points at, e.g. binPath("next") -> …/next/dist/bin/next. */
export function binPath(pkg, name = pkg) {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = require(manifest);
  const file = typeof bin === "string" ? bin : bin?.[name];
  if (!file) throw new Error(`${pkg} has no bin named ${name}`);
  return path.join(path.dirname(manifest), file);
}

export class StoppingError extends Error {
  constructor() {
    super("stopping: no new process is started");
  }
}

/**
 * @param {{ env: NodeJS.ProcessEnv, graceMs: number }} options
 */
export function createChildren({ env, graceMs }) {
  /** @type {Set<import("node:child_process").ChildProcess>} */
  const running = new Set();
  let closed = false;

  /** Runs `node <args>` to its end; rejects when it fails or was stopped. */
  function runNode(args, label = args.join(" ")) {
    if (closed) return Promise.reject(new StoppingError());
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, args, { stdio: "inherit", env, detached: true });
      running.add(child);
      child.on("error", (error) => {
        running.delete(child);
        reject(error);
      });
      child.on("exit", (code, signal) => {
        running.delete(child);
        if (code === 0) resolve();
        else reject(new Error(`${label} exited with ${code ?? signal}`));
      });
    });
  }

  /** Sends the signal to every child's group, waits until each has exited, and kills those still
   * running after graceMs. Starts nothing afterwards. */
  async function stopAll(signal) {
    closed = true;
    await Promise.all([...running].map((child) => stopOne(child, signal, graceMs)));
  }

  /** The second signal: no waiting. */
  function killAll() {
    closed = true;
    for (const child of running) signalGroup(child, "SIGKILL");
  }

  return { runNode, stopAll, killAll };
}

function stopOne(child, signal, graceMs) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      // Whatever the child left behind in its group (a worker that ignored the signal).
      signalGroup(child, "SIGKILL");
      resolve();
    });
    signalGroup(child, signal);
  });
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is gone already
  }
}

/** The exit code a shell reports for a process ended by this signal (SIGINT 130, SIGTERM 143). */
export function signalExitCode(signal) {
  return 128 + (constants.signals[signal] ?? constants.signals.SIGTERM);
}
