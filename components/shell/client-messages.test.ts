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

  it("keep only those namespaces, and only for users who may open the pages that use them", () => {
    const messages = {
      nav: { a: "1" },
      survey: { b: "2" },
      dashboards: { c: "3" },
      review: { d: "4" },
      paper: { e: "5" },
    };
    expect(clientMessages(messages, "ADMIN")).toEqual({ nav: { a: "1" }, review: { d: "4" }, paper: { e: "5" } });
    expect(clientMessages(messages, "RESEARCH_LEAD")).toEqual({
      nav: { a: "1" },
      review: { d: "4" },
      paper: { e: "5" },
    });
    expect(clientMessages(messages, "DEPARTMENT_HEAD")).toEqual({ nav: { a: "1" } });
  });
});
