// Whether the production build in a dist folder was made from the sources as they are now.
// `npm start` (and the end-to-end stage of `npm test`) rebuild only when it was not. The answer
// comes from file contents, not from git: a second edit of an already modified file, or a deploy
// copied without .git, must not serve the previous build.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The file beside the build that records the hash of the sources it was made from. */
const STAMP_FILE = "source-hash";

// Folders and files a build does not read. Everything else under the project counts, so a new
// source folder is hashed without anyone remembering to list it (the cost of a miss is a stale
// build, the cost of an extra file only a needless rebuild). Dependencies are covered by
// package-lock.json; outputs (dist folders, the officer pages' bundled assets, next-env.d.ts) are
// written by the build itself and would change the hash it is compared with.
const SKIPPED_DIRS = new Set([
  "node_modules",
  ".git",
  "data",
  "tests",
  "docs",
  "bench",
  ".ci",
  "test-results",
  "playwright-report",
  "public/survey/assets",
  // The database's history and functions: the app reads the schema (prisma/schema.prisma and the
  // client generated from it), never these.
  "prisma/migrations",
  "prisma/sql",
]);
// Of scripts/, the build runs only the officer pages' bundler (from next.config.ts).
const SCRIPTS_THE_BUILD_RUNS = new Set(["scripts/build-survey-assets.mjs"]);
const SKIPPED_FILES = new Set([".git", "next-env.d.ts"]);

/** @param {string} relative path with "/" separators @param {boolean} isDir */
function buildReads(relative, isDir) {
  const name = relative.slice(relative.lastIndexOf("/") + 1);
  if (isDir) return !SKIPPED_DIRS.has(relative) && !name.startsWith(".next");
  if (relative.startsWith("scripts/")) return SCRIPTS_THE_BUILD_RUNS.has(relative);
  if (SKIPPED_FILES.has(name) || name.endsWith(".md") || name.endsWith(".tsbuildinfo")) return false;
  return !/\.test\.[cm]?[jt]sx?$/.test(name);
}

/** Every file the build reads, relative to root, in a stable order. */
export function buildInputs(root) {
  const files = [];
  const walk = (relative) => {
    const entries = readdirSync(path.join(root, relative), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (buildReads(child, true)) walk(child);
      } else if (entry.isFile() && buildReads(child, false)) {
        files.push(child);
      }
    }
  };
  walk("");
  return files;
}

/**
 * sha256 over every input's path and contents, and the NEXT_PUBLIC_ variables (Next writes their
 * values into the client bundles).
 * @param {string} root @param {Record<string, string | undefined>} [env]
 */
export function sourceHash(root, env = process.env) {
  const hash = createHash("sha256");
  for (const file of buildInputs(root)) {
    const contents = readFileSync(path.join(root, file));
    hash.update(`${file}\0${contents.length}\0`).update(contents);
  }
  for (const key of Object.keys(env)
    .filter((k) => k.startsWith("NEXT_PUBLIC_"))
    .sort()) {
    hash.update(`env ${key}=${env[key]}\0`);
  }
  return hash.digest("hex");
}

/**
 * Why the build in distDir cannot be served for these sources, or null when it can.
 * @param {string} distDir absolute @param {string} hash of the current sources
 */
export function rebuildReason(distDir, hash) {
  if (!existsSync(path.join(distDir, "BUILD_ID"))) return "no build yet";
  const stampPath = path.join(distDir, STAMP_FILE);
  if (!existsSync(stampPath)) return "the build does not record its sources";
  if (readFileSync(stampPath, "utf8").trim() !== hash) return "the sources changed since the build";
  return null;
}

/** Records the hash taken before a successful build. Taken before, not after: an edit made while
 * the build ran then differs from it and is built next time. */
export function recordBuild(distDir, hash) {
  writeFileSync(path.join(distDir, STAMP_FILE), `${hash}\n`);
}

/**
 * Runs `build` (which must build into distDir) unless the build there is from the current sources.
 * @param {{ root: string, distDir: string, env: Record<string, string | undefined>, force?: boolean, build: () => Promise<void> }} options
 * @returns {Promise<string | null>} why it built, or null
 */
export async function buildIfStale({ root, distDir, env, force = false, build }) {
  const hash = sourceHash(root, env);
  const reason = force ? "forced" : rebuildReason(distDir, hash);
  if (!reason) return null;
  console.log(`building the app into ${path.relative(root, distDir) || distDir}: ${reason}`);
  await build();
  recordBuild(distDir, hash);
  return reason;
}
