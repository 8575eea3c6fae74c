import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientMessages } from "@/components/shell/client-messages";

// Staff pages send only CLIENT_NAMESPACES to the browser; a client component translating with any
// other namespace would show raw keys (and log errors). The sign-in page is outside the staff
// layout and brings its own messages. Server components translate on the server with every
// message, so only client modules (and what they import) are checked.
const OUTSIDE_STAFF_LAYOUT = [path.join("components", "auth")];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return OUTSIDE_STAFF_LAYOUT.includes(file) ? [] : sources(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [file] : [];
  });
}

/** The project files a module imports (by "@/" or a relative path). */
function importsOf(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/from "(@\/[^"]+|\.{1,2}\/[^"]+)"/g)].flatMap(([, target]) => {
    const base = target.startsWith("@/") ? target.slice(2) : path.join(path.dirname(file), target);
    const resolved = [`${base}.tsx`, `${base}.ts`].find((f) => existsSync(f));
    return resolved ? [path.normalize(resolved)] : [];
  });
}

const isClient = (file: string) => /^\s*["']use client["']/.test(readFileSync(file, "utf8"));

/** The client modules reachable from a page that translate in the browser (import next-intl). */
function translatingClientModules(page: string): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, client: boolean) => {
    const inClient = client || isClient(file);
    if (seen.has(`${inClient}:${file}`)) return;
    seen.add(`${inClient}:${file}`);
    if (inClient && /from "next-intl"/.test(readFileSync(file, "utf8"))) found.add(file);
    for (const target of importsOf(file)) visit(target, inClient);
  };
  visit(page, false);
  return [...found];
}

const STAFF = path.join("app", "(staff)");

/** page.tsx, error.tsx and not-found.tsx files under a folder. */
function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(file);
    return /^(page|error|not-found)\.tsx$/.test(entry.name) ? [file] : [];
  });
}

/** Whether a layout between the staff layout and the file wraps it in ClientTexts. */
function hasClientTexts(file: string): boolean {
  for (let dir = path.dirname(file); dir.startsWith(STAFF + path.sep); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (existsSync(layout) && readFileSync(layout, "utf8").includes("<ClientTexts>")) return true;
  }
  return false;
}

/** Client modules: "use client" files and every project file they import, transitively. */
function clientModules(files: string[]): Set<string> {
  const result = new Set<string>();
  const visit = (file: string) => {
    if (result.has(file)) return;
    result.add(file);
    for (const [, target] of readFileSync(file, "utf8").matchAll(/from "@\/([^"]+)"/g)) {
      const resolved = [`${target}.tsx`, `${target}.ts`].find((f) => existsSync(f));
      if (resolved && !OUTSIDE_STAFF_LAYOUT.some((dir) => resolved.startsWith(dir))) visit(path.normalize(resolved));
    }
  };
  for (const file of files) if (/^\s*["']use client["']/.test(readFileSync(file, "utf8"))) visit(file);
  return result;
}

describe("client messages of the staff layout", () => {
  it("cover every namespace a staff client component translates with", () => {
    const used = new Map<string, string>();
    for (const file of clientModules([...sources("components"), ...sources(path.join("app", "(staff)"))])) {
      for (const call of readFileSync(file, "utf8").matchAll(/\buse(?:Translations|Messages)\(([^)]*)\)/g)) {
        const literal = /^"([A-Za-z]+)(?:\.[A-Za-z.]+)?"$/.exec(call[1].trim());
        // useTranslations() or a computed namespace needs every message: list it here instead.
        expect(literal, `${file}: ${call[0]}`).not.toBeNull();
        used.set(literal![1], file);
      }
    }
    expect(used.size).toBeGreaterThan(0);
    for (const [namespace, file] of used) expect(Object.keys(CLIENT_NAMESPACES), file).toContain(namespace);
  });

  it("reach the browser only on pages inside a ClientTexts layout, and never on the dashboards", () => {
    // The staff layout has no translation provider (decision 003): a translating client component
    // on a page without ClientTexts would fail, and one on the dashboards would ship next-intl's
    // runtime to the department head again.
    const pages = routeFiles(STAFF);
    expect(pages.length).toBeGreaterThan(20);
    const translating = pages.filter((page) => translatingClientModules(page).length > 0);
    expect(translating.length).toBeGreaterThan(5);
    for (const page of translating) expect(hasClientTexts(page), `${page}: ${translatingClientModules(page).join(", ")}`).toBe(true);
    expect(readFileSync(path.join(STAFF, "layout.tsx"), "utf8")).not.toMatch(/<NextIntlClientProvider|<ClientTexts/);
    const dashboards = path.join(STAFF, "dashboards", "page.tsx");
    expect(translatingClientModules(dashboards)).toEqual([]);
    expect(hasClientTexts(dashboards)).toBe(false);
  });

  it("keep only those namespaces, and only for users who may open the pages that use them", () => {
    const messages = {
      nav: { a: "1" },
      survey: { b: "2" },
      dashboards: { c: "3" },
      review: { d: "4" },
      paper: { e: "5" },
      problems: { f: "6" },
    };
    expect(clientMessages(messages, "ADMIN")).toEqual({ review: { d: "4" }, paper: { e: "5" }, problems: { f: "6" } });
    expect(clientMessages(messages, "RESEARCH_LEAD")).toEqual({ review: { d: "4" }, paper: { e: "5" } });
    expect(clientMessages(messages, "DEPARTMENT_HEAD")).toEqual({ problems: { f: "6" } });
  });
});
