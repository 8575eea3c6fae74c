import { cpSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildInputs, rebuildReason, recordBuild, sourceHash } from "./build-stamp.mjs";

let root: string;
const dist = () => path.join(root, ".next");

function write(relative: string, contents: string) {
  mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  writeFileSync(path.join(root, relative), contents);
}

/** A project without .git, as a deploy copies it, built from its current sources. */
function builtProject() {
  write("app/page.tsx", "export default function Page() { return 1; }\n");
  write("lib/surveys/queries.ts", "export const a = 1;\n");
  write("messages/en/survey.json", '{"title":"Survey"}\n');
  write("package-lock.json", "{}\n");
  write("scripts/build-survey-assets.mjs", "export {};\n");
  write(".next/BUILD_ID", "abc\n");
  recordBuild(dist(), sourceHash(root, {}));
}

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "build-stamp-"));
  builtProject();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("whether npm start rebuilds", () => {
  it("serves the build while the sources are those it was made from", () => {
    expect(rebuildReason(dist(), sourceHash(root, {}))).toBeNull();
  });

  it("rebuilds after every edit of a source file, the second edit of the same file too", () => {
    write("lib/surveys/queries.ts", "export const a = 2;\n");
    const first = sourceHash(root, {});
    expect(rebuildReason(dist(), first)).toBe("the sources changed since the build");
    recordBuild(dist(), first);
    expect(rebuildReason(dist(), sourceHash(root, {}))).toBeNull();

    write("lib/surveys/queries.ts", "export const a = 3;\n");
    expect(rebuildReason(dist(), sourceHash(root, {}))).toBe("the sources changed since the build");
  });

  it("decides from contents, not times: touching a file changes nothing, same-length edits do", () => {
    const file = path.join(root, "messages/en/survey.json");
    utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(rebuildReason(dist(), sourceHash(root, {}))).toBeNull();
    write("messages/en/survey.json", '{"title":"Surxey"}\n');
    expect(rebuildReason(dist(), sourceHash(root, {}))).not.toBeNull();
  });

  it("rebuilds for a new file, a removed file, a renamed file, a dependency change", () => {
    const base = sourceHash(root, {});
    write("components/ui/new.tsx", "export {};\n");
    expect(sourceHash(root, {})).not.toBe(base);
    rmSync(path.join(root, "components"), { recursive: true });
    expect(sourceHash(root, {})).toBe(base);

    rmSync(path.join(root, "app/page.tsx"));
    expect(sourceHash(root, {})).not.toBe(base);
    write("app/other.tsx", "export default function Page() { return 1; }\n");
    expect(sourceHash(root, {})).not.toBe(base);
    rmSync(path.join(root, "app/other.tsx"));
    write("app/page.tsx", "export default function Page() { return 1; }\n");
    expect(sourceHash(root, {})).toBe(base);

    write("package-lock.json", '{"next":"16.5.0"}\n');
    expect(sourceHash(root, {})).not.toBe(base);
  });

  it("rebuilds when a NEXT_PUBLIC_ variable changes, not for other variables", () => {
    const base = sourceHash(root, {});
    expect(sourceHash(root, { DATABASE_URL: "postgresql://x" })).toBe(base);
    expect(sourceHash(root, { NEXT_PUBLIC_NAME: "a" })).not.toBe(base);
  });

  it("ignores what the build does not read and what it writes", () => {
    const base = sourceHash(root, {});
    write("tests/e2e/officer.spec.ts", "x");
    write("lib/surveys/queries.test.ts", "x");
    write("docs/decisions/001.md", "x");
    write("README.md", "x");
    write("data/pglite/PG_VERSION", "17");
    write("scripts/start.mjs", "x");
    write("public/survey/assets/survey.js", "x");
    write(".next-test/BUILD_ID", "x");
    write("next-env.d.ts", "x");
    write("prisma/sql/dashboards.sql", "x");
    write("prisma/migrations/20270101000000_x/migration.sql", "x");
    expect(sourceHash(root, {})).toBe(base);
    write("prisma/schema.prisma", "model A { id Int @id }");
    expect(sourceHash(root, {})).not.toBe(base);
    rmSync(path.join(root, "prisma/schema.prisma"));
    write("public/icon.svg", "<svg/>");
    write("scripts/build-survey-assets.mjs", "export const changed = 1;\n");
    expect(buildInputs(root)).toEqual(expect.arrayContaining(["public/icon.svg", "scripts/build-survey-assets.mjs"]));
    expect(sourceHash(root, {})).not.toBe(base);
  });

  it("rebuilds when there is no build, or a build that does not record its sources", () => {
    const hash = sourceHash(root, {});
    rmSync(path.join(dist(), "source-hash"));
    expect(rebuildReason(dist(), hash)).toBe("the build does not record its sources");
    rmSync(dist(), { recursive: true });
    expect(rebuildReason(dist(), hash)).toBe("no build yet");
  });

  it("gives the same answer for a copy of the project in another folder (a deploy)", () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), "build-stamp-copy-"));
    try {
      cpSync(root, copy, { recursive: true });
      expect(rebuildReason(path.join(copy, ".next"), sourceHash(copy, {}))).toBeNull();
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
