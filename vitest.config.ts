import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Two projects: unit tests need nothing; integration tests need PostgreSQL (scripts/test.mjs
// creates a fresh database per run and passes it in DATABASE_URL).
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "i18n/**/*.test.ts", "app/**/*.test.ts", "tests/authz/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/fail-on-console-error.ts", "tests/setup/server-only.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/fail-on-console-error.ts", "tests/setup/server-only.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 180_000, // the first demo seed of a run, on a loaded machine
        },
      },
    ],
  },
});
