// What the build (and the app folder) exposes: every page, every route handler with each method it
// exports, and every server action id with its file#export. The matrix must have a row for each.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Surface = {
  pages: string[]; // "/units/[id]"
  routes: { method: string; path: string; file: string }[];
  actions: { key: string; id: string; via: string[] }[]; // key "app/(staff)/x/actions.ts#name"
};

const INTERNAL = new Set(["/_not-found", "/_global-error"]);
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** "/(staff)/units/[id]/page" -> "/units/[id]" */
export function routePath(entry: string): string {
  const clean = entry
    .replace(/\/(page|route)$/, "")
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .join("/");
  return clean === "" ? "/" : clean;
}

function sourceOf(entry: string): string | null {
  for (const ext of [".ts", ".tsx", ".js", ".mjs"]) {
    const file = path.join("app", entry.replace(/^\//, "") + ext);
    if (existsSync(file)) return file;
  }
  return null;
}

/** The HTTP methods a route handler file exports (function, const or re-export). */
export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)) found.add(m[1]);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1].split(","))
      found.add(
        part
          .trim()
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
  }
  return METHODS.filter((method) => found.has(method));
}

function appEntries(dir = "app", prefix = ""): string[] {
  const entries: string[] = [];
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    if (item.isDirectory()) entries.push(...appEntries(path.join(dir, item.name), `${prefix}/${item.name}`));
    else if (/^(page|route)\.(tsx?|jsx?|mjs)$/.test(item.name))
      entries.push(`${prefix}/${item.name.replace(/\.\w+$/, "")}`);
  }
  return entries;
}

export function discover(distDir: string): Surface {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server/app-paths-manifest.json"), "utf8")) as Record<
    string,
    string
  >;
  // The build is the truth for what is served; the app folder catches a build older than the source.
  const entries = new Set([...Object.keys(manifest), ...appEntries()]);
  const pages = new Set<string>();
  const routes = new Map<string, { method: string; path: string; file: string }>();
  for (const entry of entries) {
    const p = routePath(entry);
    if (INTERNAL.has(p)) continue;
    if (entry.endsWith("/page")) pages.add(p);
    else if (entry.endsWith("/route")) {
      const file = sourceOf(entry);
      const methods = file ? exportedMethods(readFileSync(file, "utf8")) : ["GET"];
      for (const method of methods) routes.set(`${method} ${p}`, { method, path: p, file: file ?? entry });
    }
  }
  const references = JSON.parse(readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  const actions = Object.entries(references.node).map(([id, ref]) => ({
    key: `${ref.filename}#${ref.exportedName}`,
    id,
    via: Object.keys(ref.workers).map((worker) => routePath(worker.replace(/^app/, ""))),
  }));
  // Actions in "use server" files that no client code references get no id in the build; they
  // still need a row, so that the day someone wires one up it is already in the matrix.
  const built = new Set(actions.map((a) => a.key));
  for (const file of serverActionFiles("app").concat(serverActionFiles("lib"))) {
    for (const m of readFileSync(file, "utf8").matchAll(/export\s+(?:async\s+function|const|function)\s+(\w+)/g)) {
      const key = `${file}#${m[1]}`;
      if (!built.has(key)) actions.push({ key, id: "", via: [] });
    }
  }
  return { pages: [...pages].sort(), routes: [...routes.values()], actions };
}

function serverActionFiles(dir: string): string[] {
  const files: string[] = [];
  for (const item of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!item.isFile() || !/\.(tsx?|mjs|js)$/.test(item.name) || item.name.endsWith(".test.ts")) continue;
    const file = path.join(item.parentPath, item.name);
    if (/^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(file, "utf8")))
      files.push(file.split(path.sep).join("/"));
  }
  return files;
}
