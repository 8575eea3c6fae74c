// The proving suites that need a running production server (issue 9): the authorization matrix,
// the anonymity canary over HTTP, the HTTP share of the fuzzing, and (heavy) faults under load.
//   npx tsx scripts/suites/run.ts                 authz, canary, fuzz-http
//   npx tsx scripts/suites/run.ts load            faults under load (.ci/heavy)
//   npx tsx scripts/suites/run.ts authz canary    any subset
// Builds into NEXT_DIST_DIR (default .next-test; SUITES_REUSE_BUILD=1 keeps an existing build), makes its own databases
// on TEST_DATABASE_URL's server and drops them; ports SUITES_PORT (default 3130) and the next one.
// Each suite prints one "SUITE name: figures" line; any violation makes the exit code 1.
import { randomBytes } from "node:crypto";
import { runAuthzMatrix } from "../../tests/authz/run";
import { runAnonymityCanary } from "../../tests/canary/anonymity-http";
import { runHttpFuzz } from "../../tests/fuzz/http";
import { demoAnswers } from "../../tests/load/answers";
import { runFaultsUnderLoad, type Fault } from "../../tests/load/faults";
import { demoDatabase, DIST_DIR, ensureBuild, issueCodes, Portal, signIn } from "./portal";
import { discover } from "../../tests/authz/discover";

const basePort = Number(process.env.SUITES_PORT ?? 3130);
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ["authz", "canary", "fuzz-http"];
let failed = false;

function report(name: string, figures: string, ok: boolean, details: string[] = []) {
  for (const line of details.slice(0, 60)) console.log(`  ${line}`);
  if (details.length > 60) console.log(`  … and ${details.length - 60} more`);
  console.log(`SUITE ${name}: ${figures} -> ${ok ? "PASS" : "FAIL"}`);
  if (!ok) failed = true;
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function serverSuites() {
  const startedAt = Date.now();
  const secret = randomBytes(32).toString("base64url");
  const database = await demoDatabase("http", secret);
  const portal = new Portal(basePort, { DATABASE_URL: database.url, AUTH_SECRET: secret });
  try {
    await portal.start();
    if (wanted.includes("authz")) {
      const t = Date.now();
      const r = await runAuthzMatrix({
        baseUrl: portal.url,
        databaseUrl: database.url,
        secret,
        distDir: DIST_DIR,
        signIn,
      });
      const details = [
        ...r.missing.map((row) => `missing row in tests/authz/matrix.ts: ${row}`),
        ...r.stale.map((row) => `row matches nothing in the build: ${row}`),
        ...(r.dataUnchanged ? [] : [`the matrix's calls changed the demo data in: ${r.changedTables.join(", ")}`]),
        ...r.violations.map(
          (v) =>
            `VIOLATION ${v.row} as ${v.subject}${v.subrequest ? " +x-middleware-subrequest" : ""}: expected ${v.expected}, got ${v.observed} (${v.detail})`,
        ),
      ];
      report(
        "authz",
        `rows ${r.rows}, checks ${r.checks}, violations ${r.violations.length}, missing rows ${r.missing.length}, stale rows ${r.stale.length}, demo data unchanged ${r.dataUnchanged ? "yes" : "NO"}, ${seconds(t)}`,
        details.length === 0,
        details,
      );
    }
    if (wanted.includes("canary")) {
      const t = Date.now();
      const codes = await issueCodes(database.url, secret, "PS-MK", 12);
      const adminCookie = await signIn(portal.url, "admin@demo.local");
      const erase = discover(DIST_DIR).actions.find(
        (a) => a.key === "app/(staff)/admin/codes/actions.ts#eraseStorageOrder",
      );
      if (!erase?.id) throw new Error("the build has no eraseStorageOrder action");
      const r = await runAnonymityCanary({
        baseUrl: portal.url,
        databaseUrl: database.url,
        serverOutput: () => portal.output(),
        codes,
        adminCookie,
        eraseActionId: erase.id,
        startedAt,
      });
      const details = [
        ...r.leaks.map((l) => `LEAK ${l}`),
        ...r.problems,
        ...(r.controlFound ? [] : ["control marker NOT found in the dump: the search does not work"]),
      ];
      report(
        "canary",
        `submissions ${r.submissions}, markers ${r.markers}, leaks ${r.leaks.length}, control marker found ${r.controlFound ? "yes" : "NO"}, files searched ${r.filesSearched}, MB searched ${(r.bytesSearched / 1e6).toFixed(1)}, problems ${r.problems.length}, ${seconds(t)}`,
        details.length === 0,
        details,
      );
    }
    if (wanted.includes("fuzz-http")) {
      const t = Date.now();
      const r = await runHttpFuzz({
        baseUrl: portal.url,
        databaseUrl: database.url,
        runs: Number(process.env.FUZZ_HTTP_RUNS ?? 400),
      });
      report(
        "fuzz-http",
        `inputs ${r.inputs}, 2xx ${r.accepted}, 4xx ${r.refused}, 5xx ${r.serverErrors}, bad answers ${r.failures.length}, database changed by a refusal ${r.changed}, ${seconds(t)}`,
        r.failures.length === 0 && r.serverErrors === 0 && r.changed === 0,
        r.failures,
      );
    }
  } finally {
    await portal.kill("SIGTERM");
    await database.drop();
  }
}

async function loadSuite() {
  for (const fault of ["kill-server", "cut-connections"] as Fault[]) {
    const secret = randomBytes(32).toString("base64url");
    const database = await demoDatabase("load", secret);
    const portal = new Portal(basePort + 1, { DATABASE_URL: database.url, AUTH_SECRET: secret });
    try {
      await portal.start();
      const codes = await issueCodes(database.url, secret, "PS-MK", Number(process.env.LOAD_OFFICERS ?? 200));
      const r = await runFaultsUnderLoad({
        portal,
        databaseUrl: database.url,
        codes,
        answers: await demoAnswers(database.url),
        fault,
      });
      const ok =
        r.lost === 0 &&
        r.doubled === 0 &&
        r.unacknowledgedStored === 0 &&
        r.codesUsedWithoutResponse === 0 &&
        r.acknowledged === r.officers &&
        r.faults > 0;
      report(
        `load/${fault}`,
        `officers ${r.officers}, acknowledged ${r.acknowledged}, stored ${r.stored}, lost ${r.lost}, doubled ${r.doubled}, stored unacknowledged ${r.unacknowledgedStored}, codes used ${r.codesUsed}, codes used without response ${r.codesUsedWithoutResponse}, attempts ${r.attempts}, retries ${r.retries}, faults injected ${r.faults}, connections cut ${r.connectionsCut}, ${r.seconds} s`,
        ok,
        r.refused,
      );
    } finally {
      await portal.kill("SIGTERM");
      await database.drop();
    }
  }
}

async function main() {
  const t = Date.now();
  await ensureBuild();
  if (wanted.some((s) => ["authz", "canary", "fuzz-http"].includes(s))) await serverSuites();
  if (wanted.includes("load")) await loadSuite();
  console.log(`suites done in ${seconds(t)}${failed ? ": FAILED" : ""}`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`suites failed to run: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
