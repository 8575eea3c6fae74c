// `npm run bench:submission`: officer submissions through the full HTTP path against PostgreSQL,
// side by side with the same rows written by plain SQL (the physical limit), plus the officer
// pages' first-load JavaScript. Prints numbers; asserts nothing.
//
// Needs a production build (`npx next build`, or NEXT_DIST_DIR pointing at one) and a PostgreSQL
// server (TEST_DATABASE_URL or DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres);
// it creates its own database there and drops it afterwards.
// Knobs: BENCH_N (submissions per phase, default 1000), BENCH_CONCURRENCY (default 50),
// BENCH_QUESTIONS (default 133), BENCH_PORT (default 3197), BENCH_SERVER_LOG (file for the server's output).
import { execSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, openSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { gzipSync } from "node:zlib";
import pg from "pg";

const N = Number(process.env.BENCH_N ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 133);
const PORT = Number(process.env.BENCH_PORT ?? 3197);
const DIST = process.env.NEXT_DIST_DIR ?? ".next";
const BATCH = 50; // codes per unit batch, as a research group would carry

// The library modules are server-only: run the bench itself under the react-server condition.
if (!process.env.BENCH_CHILD) {
  const child = spawn("npx", ["tsx", "--conditions=react-server", "bench/submission.ts"], { stdio: "inherit", env: { ...process.env, BENCH_CHILD: "1" } });
  child.on("exit", (code) => process.exit(code ?? 1));
} else {
  main().catch((error) => {
    console.error("bench failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

type Stats = { rate: number; p50: number; p95: number; p99: number; max: number };

function stats(latencies: number[], seconds: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { rate: latencies.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] };
}

// CPU time (user + system) of processes, from /proc: what a submission costs the machine whatever
// else runs on it, unlike wall-clock rates on a shared machine.
function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks * 10; // USER_HZ = 100 on Linux
}

/** Runs `count` jobs with `concurrency` in flight; returns each job's latency in ms and the wall time. */
async function load(count: number, concurrency: number, job: (i: number) => Promise<void>): Promise<Stats> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await job(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return stats(latencies, (performance.now() - started) / 1000);
}

async function main() {
  if (!existsSync(`${DIST}/BUILD_ID`)) throw new Error(`no production build in ${DIST}: run \`npx next build\` first (or set NEXT_DIST_DIR)`);
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const database = `portal_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();
  let server: ChildProcess | null = null;
  try {
    const { applyMigrations } = await import("../scripts/db/migrate.mjs");
    await applyMigrations(databaseUrl, { log: () => {} });
    process.env.DATABASE_URL = databaseUrl;
    process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
    const { createSampleSurvey, sampleAnswers } = await import("@/lib/surveys/sample");
    const { issueBatch } = await import("@/lib/access-codes/issue");
    const { codeDigest } = await import("@/lib/access-codes/digest");
    const { generateReceiptCode, newResponseId } = await import("@/lib/access-codes/format");
    const { db } = await import("@/lib/db/client");

    const survey = await createSampleSurvey({ slug: "bench", questions: QUESTIONS, perSection: 19 });
    const answers = sampleAnswers(survey, "The patrol car has been broken for months and there is no money to repair it.");
    const warmup = 20;
    const codes: string[] = [];
    while (codes.length < 3 * N + warmup) codes.push(...(await issueBatch({ campaignId: survey.campaignId, unitId: survey.unitId, size: BATCH, createdById: null })).codes);
    console.log(`bench: ${QUESTIONS} questions (${survey.types.filter((t) => t === "TEXT").length} free-text), ${N} submissions per phase, ${CONCURRENCY} concurrent, database ${database}`);

    server = spawn("npx", ["next", "start", "-p", String(PORT)], {
      env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_DIST_DIR: DIST, NEXTAUTH_URL: `http://localhost:${PORT}`, NEXT_TELEMETRY_DISABLED: "1" },
      // BENCH_SERVER_LOG=file keeps the server's output (it prints nothing per request).
      stdio: process.env.BENCH_SERVER_LOG ? ["ignore", openSync(process.env.BENCH_SERVER_LOG, "w"), openSync(process.env.BENCH_SERVER_LOG, "a")] : "ignore",
      detached: true,
    });
    const base = `http://localhost:${PORT}`;
    for (let i = 0; ; i++) {
      if ((await fetch(`${base}/api/health`).catch(() => null))?.ok) break;
      if (i > 120) throw new Error("server did not start");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }

    let code = 0;
    const submit = async (withReceipt = true) => {
      const response = await fetch(`${base}/api/survey/responses`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ campaign: "bench", responseId: newResponseId(), accessCode: codes[code++], receiptCode: withReceipt ? generateReceiptCode() : undefined, answers }),
      });
      if (response.status !== 201) throw new Error(`submission answered ${response.status}: ${await response.text()}`);
    };
    await load(warmup, 5, () => submit());
    // CPU per submission of the app server (its process group) and of the bench database's sessions.
    const serverPids = () => execSync(`pgrep -g ${server!.pid} || true`).toString().split("\n").filter(Boolean).map(Number);
    const sessionPids = async () => (await admin.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1`, [database])).rows.map((r) => r.pid);
    const measure = async (run: () => Promise<Stats>, appCpuMs: () => number) => {
      const app0 = appCpuMs();
      const db0 = new Map((await sessionPids()).map((pid) => [pid, cpuMs([pid])]));
      const stats = await run();
      await new Promise((resolve) => setTimeout(resolve, 500)); // work deferred after the last answer
      let dbMs = 0;
      for (const pid of await sessionPids()) dbMs += cpuMs([pid]) - (db0.get(pid) ?? 0);
      return { stats, appMs: (appCpuMs() - app0) / N, dbMs: dbMs / N };
    };
    const serverCpuMs = () => cpuMs(serverPids());
    const http = await measure(() => load(N, CONCURRENCY, () => submit()), serverCpuMs);
    const httpNoReceipt = await measure(() => load(N, CONCURRENCY, () => submit(false)), serverCpuMs);

    // The same rows by plain SQL over a pool of the app's size: code, response, answers, evidence,
    // and the dashboards' count of them.
    const view = await (await import("@/lib/surveys/queries")).loadQuestionnaireView(survey.versionId);
    const { checkAnswers } = await import("@/lib/surveys/answers");
    const checked = checkAnswers(view!, answers);
    if (!checked.ok) throw new Error("sample answers do not validate");
    const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
    const rows = checked.answers;
    const benchCpuMs = () => {
      const used = process.cpuUsage();
      return (used.user + used.system) / 1000;
    };
    const raw = await measure(() => load(N, CONCURRENCY, async () => {
      const client = await pool.connect();
      try {
        const id = newResponseId();
        const digest = codeDigest(codes[code++]);
        await client.query("BEGIN");
        await client.query(`UPDATE "AccessCode" SET used = true WHERE digest = $1 AND used = false`, [digest]);
        await client.query(`INSERT INTO "Response" (id, "campaignId", "versionId", "unitId", source, "submittedOn") VALUES ($1, $2, $3, $4, 'ONLINE', CURRENT_DATE)`, [id, survey.campaignId, survey.versionId, survey.unitId]);
        const answerIds = rows.map(() => crypto.randomUUID());
        await client.query(
          `INSERT INTO "Answer" (id, "responseId", "questionId", "numberValue", "textValue", choices)
           SELECT a.id, a.r, a.q, a.n, a.t, CASE WHEN a.c IS NULL THEN '{}'::text[] ELSE string_to_array(a.c, ',') END
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::float8[], $5::text[], $6::text[]) AS a(id, r, q, n, t, c)`,
          [answerIds, rows.map(() => id), rows.map((a) => a.questionId), rows.map((a) => a.numberValue), rows.map((a) => a.textValue), rows.map((a) => (a.choices.length ? a.choices.join(",") : null))],
        );
        const texts = rows.map((a, i) => [a, answerIds[i]] as const).filter(([a]) => a.textValue);
        await client.query(
          `INSERT INTO "EvidenceItem" ("campaignId", "unitId", kind, "answerId", text) SELECT $1, $2, 'ANSWER', a, t FROM unnest($3::uuid[], $4::text[]) AS x(a, t)`,
          [survey.campaignId, survey.unitId, texts.map(([, aid]) => aid), texts.map(([a]) => a.textValue)],
        );
        await client.query("COMMIT");
        // Then counted into the dashboards, as the app does after answering (decision 003).
        await client.query("SELECT dashboard_fold(false)");
      } finally {
        client.release();
      }
    }), benchCpuMs);
    await pool.end();

    const counted = await db.response.count();
    const fmt = (s: Stats) => `${s.rate.toFixed(0).padStart(5)} /s   p50 ${s.p50.toFixed(1).padStart(6)} ms   p95 ${s.p95.toFixed(1).padStart(6)} ms   p99 ${s.p99.toFixed(1).padStart(6)} ms   max ${s.max.toFixed(0).padStart(5)} ms`;
    const cpu = (m: { appMs: number; dbMs: number }, app: string) => `      CPU per submission: ${app} ${m.appMs.toFixed(1)} ms, PostgreSQL ${m.dbMs.toFixed(1)} ms`;
    console.log(`\nfull HTTP path (route, validation, code, Argon2 receipt, one statement): ${fmt(http.stats)}`);
    console.log(cpu(http, "app server"));
    console.log(`full HTTP path without a receipt (no Argon2):                            ${fmt(httpNoReceipt.stats)}`);
    console.log(cpu(httpNoReceipt, "app server"));
    console.log(`plain SQL, same rows (code, response, ${rows.length} answers, evidence, count):  ${fmt(raw.stats)}`);
    console.log(cpu(raw, "bench client"));
    console.log(`ratio HTTP / plain SQL: ${(http.stats.rate / raw.stats.rate).toFixed(2)}   (goal >= 0.5; p95 goal < 100 ms at ${CONCURRENCY} concurrent)`);
    // Little's law: with CONCURRENCY submitters always waiting, the mean latency is CONCURRENCY / rate,
    // and the rate cannot pass the machine's cores over the CPU one submission needs.
    const cores = availableParallelism();
    const bound = (m: { appMs: number; dbMs: number }) => (cores * 1000) / (m.appMs + m.dbMs);
    console.log(
      `CPU bound on ${cores} cores: HTTP at most ${bound(http).toFixed(0)} /s (mean latency >= ${((CONCURRENCY / bound(http)) * 1000).toFixed(0)} ms at ${CONCURRENCY} concurrent), ` +
        `plain SQL at most ${bound(raw).toFixed(0)} /s (>= ${((CONCURRENCY / bound(raw)) * 1000).toFixed(0)} ms)`,
    );
    console.log(`responses stored: ${counted} (expected ${warmup + 3 * N})`);

    console.log("\nofficer pages, first-load JavaScript (gzip):");
    for (const path of ["/survey/bench", "/receipt"]) {
      const html = await (await fetch(`${base}${path}`)).text();
      // Every script the page loads, fetched from the server as a browser would: the URLs of its
      // script tags (not noModule ones, which modern browsers skip, nor JSON data blocks, which do
      // not run), chunks named in inline flight data (React pages load more than their tags say),
      // and the text of inline scripts.
      const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => !/type="application\/json"/i.test(attributes));
      const source = (attributes: string) => /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
      const skipped = new Set(tags.filter(([, attributes]) => /\bnomodule\b/i.test(attributes)).map(([, attributes]) => source(attributes)));
      const urls = new Set([...tags.map(([, attributes]) => source(attributes)), ...[...html.matchAll(/\/_next\/static\/chunks\/[^"'?\s\\]+\.js/g)].map((m) => m[0])]);
      const external = [...urls].filter((url): url is string => !!url && !skipped.has(url));
      const sizes = await Promise.all(
        external.map(async (url) => {
          const response = await fetch(new URL(url, base));
          if (!response.ok) throw new Error(`${path} references ${url}, which answers ${response.status}`);
          return { name: url, gz: gzipSync(Buffer.from(await response.arrayBuffer())).length };
        }),
      );
      const inline = tags.filter(([, attributes, text]) => !source(attributes) && text.trim() !== "").map(([, , text]) => text);
      if (inline.length > 0) sizes.push({ name: `${inline.length} inline`, gz: gzipSync(inline.join("\n")).length });
      const total = sizes.reduce((sum, s) => sum + s.gz, 0);
      const largest = sizes.sort((a, b) => b.gz - a.gz).slice(0, 3).map((s) => `${s.name.split("/").pop()} ${(s.gz / 1024).toFixed(1)} KB`).join(", ");
      console.log(`  ${path.padEnd(14)} ${(total / 1024).toFixed(1)} KB in ${sizes.length} scripts (budget <= 20 KB); largest: ${largest || "none"}`);
    }
    await db.$disconnect();
  } finally {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}
