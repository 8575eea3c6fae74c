import { describe, expect, it } from "vitest";
import { exportedMethods, routePath } from "./discover";
import { coverage } from "./run";
import { MATRIX } from "./matrix";

// The matrix's own guard: a page, route method or action of the build without a row must be named.
describe("authorization matrix coverage", () => {
  it("turns build entries into the paths the matrix uses", () => {
    expect(routePath("/(staff)/units/[id]/page")).toBe("/units/[id]");
    expect(routePath("/(staff)/page")).toBe("/");
    expect(routePath("/(survey)/survey/[campaign]/route")).toBe("/survey/[campaign]");
  });

  it("finds every method a route handler exports, however it is written", () => {
    expect(exportedMethods("export async function GET() {}\nexport function POST() {}")).toEqual(["GET", "POST"]);
    expect(exportedMethods("const handler = NextAuth(o);\nexport { handler as GET, handler as POST };")).toEqual([
      "GET",
      "POST",
    ]);
    expect(exportedMethods("export const DELETE = wrap(x);\nexport const dynamic = 'force-dynamic';")).toEqual([
      "DELETE",
    ]);
  });

  it("names the missing row for a new page, route method and action, and flags rows that match nothing", () => {
    const pages = [...new Set(MATRIX.flatMap((r) => (r.kind === "page" ? [r.path] : [])))];
    const routes = MATRIX.flatMap((r) => (r.kind === "route" ? [{ method: r.method, path: r.path, file: "x" }] : []));
    const actions = MATRIX.flatMap((r) => (r.kind === "action" ? [{ key: r.id, id: "1", via: ["/"] }] : []));
    expect(coverage({ pages, routes, actions })).toEqual({ missing: [], stale: [] });

    const grown = coverage({
      pages: [...pages.filter((p) => p !== "/report"), "/reports/[id]"],
      routes: [...routes, { method: "DELETE", path: "/api/health", file: "app/api/health/route.ts" }],
      actions: [...actions, { key: "app/(staff)/problems/actions.ts#closeProblem", id: "2", via: ["/problems"] }],
    });
    expect(grown.missing).toEqual([
      'page("/reports/[id]", STAFF)',
      'route("DELETE", "/api/health", PUBLIC)   // app/api/health/route.ts',
      'action("app/(staff)/problems/actions.ts#closeProblem", ADMIN)',
    ]);
    expect(grown.stale).toEqual(["page GET /report"]);
  });
});
