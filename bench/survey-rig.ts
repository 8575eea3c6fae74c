// Shared by the survey benches (bench/submission.ts, bench/open-loop.ts): a throwaway database with
// a published questionnaire and access codes, a production server on it, a way to submit one
// response over HTTP, and CPU time read from /proc. Must run under the react-server condition.
//
// Knobs: BENCH_MIX (question types, default "SINGLE_CHOICE:100,NUMBER:20,TEXT:13", the response of
// issue 15; "cycle:133" gives the five types in turn), BENCH_PORT (default 3197), NEXT_DIST_DIR,
// BENCH_SERVER_LOG (file for the server's output), BENCH_PROFILE (directory: a CPU profile of the
// server, written when it stops, PostgreSQL's time per function, and its time per statement from
// pg_stat_statements, nested ones included, where the server preloads it).
import { execSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, openSync } from "node:fs";
import { loadavg } from "node:os";
import pg from "pg";
import type { QuestionType } from "@/lib/surveys/structure";
import { cpuMs } from "./common";

const BATCH = 50; // codes per unit batch, as a research group would carry

export type Stats = { count: number; rate: number; p50: number; p95: number; p99: number; max: number };

export function stats(latencies: number[], seconds: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { count: sorted.length, rate: latencies.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? NaN };
}

export const fmtStats = (s: Stats) =>
  `${s.rate.toFixed(0).padStart(5)} /s   p50 ${s.p50.toFixed(1).padStart(6)} ms   p95 ${s.p95.toFixed(1).padStart(6)} ms   p99 ${s.p99.toFixed(1).padStart(6)} ms   max ${s.max.toFixed(0).padStart(5)} ms`;

/** The machine's 1-minute load average: latencies on a shared machine mean little without it. */
export const load1 = () => loadavg()[0].toFixed(1);

/** "SINGLE_CHOICE:100,NUMBER:20,TEXT:13" as one type per question, the kinds interleaved evenly. */
function parseMix(spec: string): QuestionType[] {
  const cycle = /^cycle:(\d+)$/.exec(spec);
  const kinds: QuestionType[] = ["LIKERT", "NUMBER", "SINGLE_CHOICE", "MULTI_CHOICE", "TEXT"];
  if (cycle) return Array.from({ length: Number(cycle[1]) }, (_, i) => kinds[i % kinds.length]);
  const parts = spec.split(",").map((part) => {
    const [type, n] = part.split(":");
    if (!kinds.includes(type as QuestionType) || !(Number(n) > 0)) throw new Error(`BENCH_MIX: cannot read "${part}"`);
    return { type: type as QuestionType, n: Number(n) };
  });
  const total = parts.reduce((sum, p) => sum + p.n, 0);
  // Question i goes to the kind furthest behind its share, so the kinds are spread through the form.
  const given = parts.map(() => 0);
  return Array.from({ length: total }, (_, i) => {
    let best = 0;
    for (let k = 1; k < parts.length; k++) if (parts[k].n * (i + 1) - given[k] * total > parts[best].n * (i + 1) - given[best] * total) best = k;
    given[best]++;
    return parts[best].type;
  });
}

export async function startRig(options: { codes: number }) {
  const dist = process.env.NEXT_DIST_DIR ?? ".next";
  const port = Number(process.env.BENCH_PORT ?? 3197);
  if (!existsSync(`${dist}/BUILD_ID`)) throw new Error(`no production build in ${dist}: run \`npx next build\` first (or set NEXT_DIST_DIR)`);
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const database = `portal_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();
  let server: ChildProcess | null = null;
  const close = async () => {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  };
  try {
    const { applyMigrations } = await import("../scripts/db/migrate.mjs");
    await applyMigrations(databaseUrl, { log: () => {} });
    process.env.DATABASE_URL = databaseUrl;
    process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
    const { createSampleSurvey, sampleAnswers } = await import("@/lib/surveys/sample");
    const { issueBatch } = await import("@/lib/access-codes/issue");
    const { generateReceiptCode, newResponseId } = await import("@/lib/access-codes/format");
    const { db } = await import("@/lib/db/client");

    const mix = process.env.BENCH_MIX ?? "SINGLE_CHOICE:100,NUMBER:20,TEXT:13";
    const survey = await createSampleSurvey({ slug: "bench", types: parseMix(mix), perSection: 19 });
    // A different text for every free-text question, as officers write: the classifier then works
    // on each (a response's identical texts are classified once).
    const answers = sampleAnswers(survey);
    const texts = [
      "The patrol car has been broken for months and there is no money to repair it.",
      "Night shifts are too long and we never get the rest days back.",
      "The station has no working heating in winter and the roof leaks.",
      "Training on the new case system was one afternoon; nobody can use it.",
      "Overtime is not paid on time and the forms get lost.",
    ];
    survey.keys.forEach((key, i) => {
      if (survey.types[i] === "TEXT") answers[key] = `${texts[i % texts.length]} (${key})`;
    });
    // An installation in use has a classifier model (the first submission of a fresh one trains it,
    // seconds of work once): trained here, so that neither the warm-up's deferred first training
    // nor the sweeps of the submissions that arrive meanwhile spill into the measured window.
    const { currentModel } = await import("@/lib/classification/store-model");
    await currentModel(db);
    const codes: string[] = [];
    while (codes.length < options.codes) codes.push(...(await issueBatch({ campaignId: survey.campaignId, unitId: survey.unitId, size: BATCH, createdById: null })).codes);

    const profileDir = process.env.BENCH_PROFILE;
    if (profileDir) {
      // Per function times, and per statement times (statements inside functions too) where the
      // server preloads pg_stat_statements.
      await admin.query(`ALTER DATABASE "${database}" SET track_functions = 'all'`);
      const preloaded = (await admin.query<{ libs: string }>(`SELECT current_setting('shared_preload_libraries') AS libs`)).rows[0].libs;
      if (/\bpg_stat_statements\b/.test(preloaded)) {
        const probe = new pg.Client({ connectionString: databaseUrl });
        await probe.connect();
        await probe.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
        await probe.end();
        await admin.query(`ALTER DATABASE "${database}" SET pg_stat_statements.track = 'all'`);
      }
    }
    const start = ["node_modules/next/dist/bin/next", "start", "-p", String(port)];
    const log = process.env.BENCH_SERVER_LOG;
    server = spawn("node", profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, ...start] : start, {
      env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_DIST_DIR: dist, NEXTAUTH_URL: `http://localhost:${port}`, NEXT_TELEMETRY_DISABLED: "1" },
      // The server prints nothing per request; BENCH_SERVER_LOG keeps what it prints.
      stdio: log ? ["ignore", openSync(log, "w"), openSync(log, "a")] : "ignore",
      detached: true,
    });
    const base = `http://localhost:${port}`;
    for (let i = 0; ; i++) {
      if ((await fetch(`${base}/api/health`).catch(() => null))?.ok) break;
      if (i > 120) throw new Error("server did not start");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }

    let next = 0;
    /** One officer's submission over HTTP; resolves to the HTTP status. */
    const submit = async (withReceipt = true): Promise<number> => {
      const response = await fetch(`${base}/api/survey/responses`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ campaign: "bench", responseId: newResponseId(), accessCode: codes[next++], receiptCode: withReceipt ? generateReceiptCode() : undefined, answers }),
      });
      await response.arrayBuffer();
      return response.status;
    };
    const serverPids = () => execSync(`pgrep -g ${server!.pid} || true`).toString().split("\n").filter(Boolean).map(Number);
    const sessionPids = async () => (await admin.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1`, [database])).rows.map((r) => r.pid);
    /** CPU of the app server and of the bench database's PostgreSQL sessions while `run` runs. */
    const measureCpu = async <T>(run: () => Promise<T>, appCpuMs: () => number = () => cpuMs(serverPids())) => {
      const app0 = appCpuMs();
      const db0 = new Map((await sessionPids()).map((pid) => [pid, cpuMs([pid])]));
      const result = await run();
      let dbMs = 0;
      for (const pid of await sessionPids()) dbMs += cpuMs([pid]) - (db0.get(pid) ?? 0);
      return { result, appMs: appCpuMs() - app0, dbMs };
    };
    /** What PostgreSQL's functions took (BENCH_PROFILE only). */
    const printFunctionTimes = async () => {
      if (!profileDir) return;
      await new Promise((resolve) => setTimeout(resolve, 1000)); // sessions report their counts within a second
      const probe = new pg.Client({ connectionString: databaseUrl });
      await probe.connect();
      const functions = await probe.query<{ funcname: string; calls: string; total: number; self: number }>(
        `SELECT funcname, calls, total_time AS total, self_time AS self FROM pg_stat_user_functions ORDER BY self_time DESC LIMIT 15`,
      );
      console.log("\nPostgreSQL functions (wall-clock ms per call, whole run):");
      for (const f of functions.rows) console.log(`  ${f.funcname.padEnd(34)} calls ${String(f.calls).padStart(6)}   self ${(f.self / Number(f.calls)).toFixed(2).padStart(7)}   total ${(f.total / Number(f.calls)).toFixed(2).padStart(7)}`);
      const installed = await probe.query(`SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'`);
      if (installed.rowCount) {
        const statements = await probe.query<{ query: string; calls: string; total: number; toplevel: boolean }>(
          `SELECT regexp_replace(query, '\\s+', ' ', 'g') AS query, calls, total_exec_time AS total, toplevel FROM pg_stat_statements
           WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY total_exec_time DESC LIMIT 25`,
        );
        console.log("\nPostgreSQL statements (pg_stat_statements, wall-clock ms; nested ones are inside functions, whole run):");
        for (const s of statements.rows)
          console.log(`  ${s.toplevel ? "top   " : "nested"} calls ${String(s.calls).padStart(6)}   total ${s.total.toFixed(0).padStart(7)}   per call ${(s.total / Number(s.calls)).toFixed(3).padStart(8)}   ${s.query.slice(0, 160)}`);
      }
      await probe.end();
    };
    return { base, database, databaseUrl, survey, answers, mix, codes, submit, serverPids, sessionPids, measureCpu, printFunctionTimes, db, close };
  } catch (error) {
    await close();
    throw error;
  }
}
