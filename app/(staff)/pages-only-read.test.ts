import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Pages only read: work that writes (classifying evidence, retraining, mutations) happens where the
// data is created or in a job. The review page used to classify pending evidence while rendering.
const WRITERS = [/lib\/classification\/service/, /lib\/classification\/store-learning/, /lib\/[\w-]+\/mutations/, /lib\/dashboards\/pending/, /\$executeRaw/, /\.(create|update|upsert|delete)(Many)?\(/];

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name === "page.tsx" || name === "layout.tsx" ? [path] : [];
  });
}

describe("staff pages", () => {
  const files = pages(join(__dirname));
  it("are found", () => expect(files.length).toBeGreaterThan(10));
  it.each(files)("%s does not write while rendering", (file) => {
    const source = readFileSync(file, "utf8");
    for (const writer of WRITERS) expect(source).not.toMatch(writer);
  });
});
