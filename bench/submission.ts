// `npm run bench:submission`: server CPU per stored response through the full HTTP path (route,
// validation, access code, receipt, classification, the unlinking of used codes, the dashboard
// counting), side by side with the same 1 + 133 rows written by plain SQL with no dashboard
// counting (the limit), plus the officer pages' first-load JavaScript. Prints numbers; asserts
// nothing. CPU time comes from /proc (app server process group + the bench database's PostgreSQL
// sessions), so it holds on a busy machine where wall-clock rates do not.
//
// Needs a production build (`npx next build`, or NEXT_DIST_DIR pointing at one) and a PostgreSQL
// server (TEST_DATABASE_URL or DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres);
// it creates its own database there and drops it afterwards.
// Knobs: BENCH_N (submissions per phase, default 1000), BENCH_CONCURRENCY (default 8), and those of
// bench/survey-rig.ts (BENCH_MIX, BENCH_PORT, BENCH_SERVER_LOG, BENCH_PROFILE).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { fmtStats, load1, startRig, stats, type Stats } from "./survey-rig";

const N = Number(process.env.BENCH_N ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const WARMUP = 40;
const GOAL_MS = 12; // issue 15, goal 1

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

/** Runs `count` jobs with `concurrency` in flight; returns each job's latency in ms and the wall time. */
async function closedLoop(count: number, concurrency: number, job: (i: number) => Promise<void>): Promise<Stats> {
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
  const rig = await startRig({ codes: N + WARMUP });
  try {
    const { db } = rig;
    const questions = rig.survey.types.length;
    console.log(`bench: ${questions} questions (${rig.mix}), ${N} submissions per phase, ${CONCURRENCY} concurrent, database ${rig.database}, load average ${load1()}`);
    const submitted = async () => {
      const status = await rig.submit();
      if (status !== 201) throw new Error(`submission answered ${status}`);
    };
    await closedLoop(WARMUP, 4, submitted);
    await db.$queryRaw`SELECT dashboard_fold(true)::text`;

    // The full path. Responses still waiting for the dashboards at the end are counted inside the
    // measured window, so every response's share of the counting is in the figure.
    const http = await rig.measureCpu(async () => {
      const result = await closedLoop(N, CONCURRENCY, submitted);
      await new Promise((resolve) => setTimeout(resolve, 500)); // work deferred after the last answer
      await db.$queryRaw`SELECT dashboard_fold(true)::text`;
      return result;
    });
    const counted = await db.$queryRaw<{ n: number }[]>`SELECT coalesce(sum(respondents), 0)::int AS n FROM "DashboardRespondentCount"`;
    const stored = await db.response.count();

    // The limit: the same response and answers in one transaction by plain SQL over a pool of the
    // app's size, with the dashboard triggers off (constraints stay): no code, receipt, evidence or
    // counting.
    const { checkAnswers } = await import("@/lib/surveys/answers");
    const { loadQuestionnaireView } = await import("@/lib/surveys/queries");
    const checked = checkAnswers((await loadQuestionnaireView(rig.survey.versionId))!, rig.answers);
    if (!checked.ok) throw new Error("sample answers do not validate");
    const rows = checked.answers;
    const pool = new pg.Pool({ connectionString: rig.databaseUrl, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
    await pool.query(`ALTER TABLE "Response" DISABLE TRIGGER USER; ALTER TABLE "Answer" DISABLE TRIGGER USER`);
    const benchCpuMs = () => {
      const used = process.cpuUsage();
      return (used.user + used.system) / 1000;
    };
    const { survey } = rig;
    const plain = await rig.measureCpu(
      () =>
        closedLoop(N, CONCURRENCY, async () => {
          const client = await pool.connect();
          try {
            const id = randomUUID();
            await client.query("BEGIN");
            await client.query(`INSERT INTO "Response" (id, "campaignId", "versionId", "unitId", source, "submittedOn") VALUES ($1, $2, $3, $4, 'ONLINE', CURRENT_DATE)`, [id, survey.campaignId, survey.versionId, survey.unitId]);
            await client.query(
              `INSERT INTO "Answer" ("responseId", "questionId", "numberValue", "textValue", choices)
               SELECT $1, a.q, a.n, a.t, CASE WHEN a.c IS NULL THEN '{}'::text[] ELSE string_to_array(a.c, ',') END
               FROM unnest($2::text[], $3::float8[], $4::text[], $5::text[]) AS a(q, n, t, c)`,
              [id, rows.map((a) => a.questionId), rows.map((a) => a.numberValue), rows.map((a) => a.textValue), rows.map((a) => (a.choices.length ? a.choices.join(",") : null))],
            );
            await client.query("COMMIT");
          } finally {
            client.release();
          }
        }),
      benchCpuMs,
    );
    await pool.query(`ALTER TABLE "Response" ENABLE TRIGGER USER; ALTER TABLE "Answer" ENABLE TRIGGER USER`);
    await pool.end();

    const per = (m: { appMs: number; dbMs: number }) => ({ app: m.appMs / N, db: m.dbMs / N, total: (m.appMs + m.dbMs) / N });
    const full = per(http);
    const limit = per(plain);
    console.log(`\nfull HTTP path (route, validation, code, receipt, classification, unlinking, dashboard counting):`);
    console.log(`  ${fmtStats(http.result)}   (${CONCURRENCY} concurrent, load average ${load1()})`);
    console.log(`  server CPU per stored response: ${full.total.toFixed(1)} ms (app ${full.app.toFixed(1)} + PostgreSQL ${full.db.toFixed(1)}); goal <= ${GOAL_MS} ms`);
    console.log(`plain SQL, 1 response + ${rows.length} answers in one transaction, no dashboard counting (the limit):`);
    console.log(`  ${fmtStats(plain.result)}`);
    console.log(`  PostgreSQL CPU per response: ${limit.db.toFixed(1)} ms (and ${limit.app.toFixed(1)} ms in the bench's client)`);
    console.log(`ratio full path / limit (server CPU): ${(full.total / limit.db).toFixed(1)}x`);
    console.log(`after the HTTP phase: ${stored} responses stored, ${counted[0].n} counted in the dashboards (expected ${WARMUP + N} each)`);

    console.log("\nofficer pages, first-load JavaScript (gzip):");
    for (const path of ["/survey/bench", "/receipt"]) {
      const html = await (await fetch(`${rig.base}${path}`)).text();
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
          const response = await fetch(new URL(url, rig.base));
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
    await rig.printFunctionTimes();
    await db.$disconnect();
  } finally {
    await rig.close();
  }
}
