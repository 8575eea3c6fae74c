import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium where it exists (CI and these machines cannot download Playwright's browser);
// Playwright's own browser on a normal laptop.
const systemChromium = "/usr/bin/chromium";
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    }
  : {};

const port = Number(process.env.E2E_PORT ?? 3100);
const emptyDatabase = process.env.EMPTY_DATABASE_URL;

export default defineConfig({
  testDir: "tests/e2e",
  // Not test-results/ itself: Playwright empties its output folder, and the vitest summary lives there.
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "en-US",
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    { name: "chromium", testIgnore: /empty-install\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
    // An installation with no demo data (scripts/test.mjs makes it), on the next port.
    ...(emptyDatabase
      ? [{ name: "empty-install", testMatch: /empty-install\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions, baseURL: `http://localhost:${port + 1}` } }]
      : []),
  ],
  webServer: [
    {
      command: `npx next start -p ${port}`,
      url: `http://localhost:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXTAUTH_URL: `http://localhost:${port}`, NEXT_TELEMETRY_DISABLED: "1" },
    },
    ...(emptyDatabase
      ? [{
          command: `npx next start -p ${port + 1}`,
          url: `http://localhost:${port + 1}/api/health`,
          reuseExistingServer: false,
          timeout: 60_000,
          env: { DATABASE_URL: emptyDatabase, NEXTAUTH_URL: `http://localhost:${port + 1}`, NEXT_TELEMETRY_DISABLED: "1" },
        }]
      : []),
  ],
});
