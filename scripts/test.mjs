// `npm test`: every test, against a real PostgreSQL.
//   1. unit and integration tests (vitest) on a fresh, migrated database;
//   2. the classifier's quality gate on its held-out evaluation set;
//   3. end-to-end tests (Playwright, Chromium) on a production build served with demo data.
// The server comes from TEST_DATABASE_URL (or DATABASE_URL), default postgresql://postgres@127.0.0.1:5432/postgres;
// each run creates its own databases there and drops them afterwards.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { buildIfStale } from "./build-stamp.mjs";
import { applyMigrations } from "./db/migrate.mjs";

try {
  process.loadEnvFile();
} catch {
  // no .env
}

const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
// Optional while developing: `node scripts/test.mjs unit|e2e [files or filters…]` runs one stage,
// passing the rest to vitest or Playwright. NEXT_DIST_DIR and E2E_PORT let several runs coexist.
const only = process.argv[2];
const filters = process.argv.slice(3);
const suffix = randomBytes(4).toString("hex");
const created = [];

function urlFor(database) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freshDatabase(name) {
  const database = `portal_test_${name}_${suffix}`;
  await admin(`CREATE DATABASE "${database}"`);
  created.push(database);
  const url = urlFor(database);
  await applyMigrations(url, { log: () => {} });
  return url;
}

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code ?? signal}`))));
  });
}

/** The production build the end-to-end tests and the start/stop integration test serve; made only
 * when the sources changed since the last one (scripts/build-stamp.mjs). */
const distDir = process.env.NEXT_DIST_DIR ?? ".next-test";
function buildIfStaleForTests() {
  return buildIfStale({ root: process.cwd(), distDir: path.resolve(distDir), env: process.env, build: () => run("npx", ["next", "build"], { NEXT_DIST_DIR: distDir }) });
}

async function main() {
  // Built first when running everything, on a machine not yet busy with the tests.
  if (!only) await buildIfStaleForTests();
  if (!only || only === "unit") {
    const url = await freshDatabase("int");
    await run("npx", ["vitest", "run", ...filters, "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_JSON}`], {
      DATABASE_URL: url,
      TEST_SERVER_URL: serverUrl,
    });
    await run("npx", ["tsx", "scripts/eval-classifier.ts"], {});
  }
  if (!only || only === "e2e") {
    const url = await freshDatabase("e2e");
    const env = { DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_DIST_DIR: distDir };
    await run("npx", ["tsx", "--conditions=react-server", "scripts/bootstrap.ts", "--demo"], env);
    // A second installation with no demo data, only the first admin (tests/e2e/empty-install.spec.ts,
    // served on E2E_PORT + 1 by playwright.config.ts).
    const emptyUrl = await freshDatabase("e2e_empty");
    await run("npx", ["tsx", "--conditions=react-server", "scripts/bootstrap.ts"], { ...env, DATABASE_URL: emptyUrl, ...EMPTY_INSTALL_ADMIN });
    await buildIfStaleForTests();
    await run("npx", ["playwright", "test", ...filters], { ...env, EMPTY_DATABASE_URL: emptyUrl });
  }
}

const VITEST_JSON = "test-results/vitest.json";
// The first admin of the empty installation; the spec signs in with the same values.
const EMPTY_INSTALL_ADMIN = { FIRST_ADMIN_EMAIL: "first.admin@bureau.test", FIRST_ADMIN_PASSWORD: "first-admin-passphrase", FIRST_ADMIN_NAME: "First Admin" };
const PLAYWRIGHT_JSON = "test-results/playwright.json";

/** The plain closing line CI reads: every vitest and Playwright test, passed and failed. */
function summary() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (existsSync(VITEST_JSON)) {
    const v = JSON.parse(readFileSync(VITEST_JSON, "utf8"));
    passed += v.numPassedTests;
    failed += v.numFailedTests;
    skipped += v.numPendingTests + v.numTodoTests;
  }
  if (existsSync(PLAYWRIGHT_JSON)) {
    const p = JSON.parse(readFileSync(PLAYWRIGHT_JSON, "utf8")).stats;
    passed += p.expected + p.flaky;
    failed += p.unexpected;
    skipped += p.skipped;
  }
  console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
}

async function cleanup() {
  // The integration tests' demo dumps (tests/integration/helpers.ts freshDemoCampaign).
  for (const file of readdirSync(tmpdir())) {
    if (created.some((database) => file.startsWith(`portal-test-demo-${database}-`))) rmSync(path.join(tmpdir(), file), { force: true });
  }
  for (const database of created) {
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch((error) => console.warn(`could not drop ${database}: ${error.message}`));
  }
}

rmSync(VITEST_JSON, { force: true });
rmSync(PLAYWRIGHT_JSON, { force: true });
main()
  .then(cleanup)
  .then(summary)
  .catch(async (error) => {
    console.error(`npm test failed: ${error.message}`);
    await cleanup();
    summary();
    process.exit(1);
  });
