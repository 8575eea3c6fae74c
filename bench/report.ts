// Drafting the campaign report: `npm run bench:report`. Issue 14's goal: under 3 s for the demo
// campaign and for a campaign with 1.7 million answers.
// Without BENCH_DATABASE it creates a database on the PostgreSQL server (BENCH_DATABASE_URL, else
// 127.0.0.1:5432) with the demo campaign (a few hundred responses) and drops it afterwards.
// BENCH_DATABASE=name times that database instead, e.g. the dashboard bench's 1.7-million-answer
// one, loaded and kept by `BENCH_DATABASE=portal_bench_report npm run bench:dashboards -- --runs 1`.
// What is timed, as the admin (whole bureau), in English and Chinese:
// - "figures and text": draftFromData, every dashboard query and all small-group protection the
//   draft reads, and the drafted paragraphs (lib/reports/sources.ts);
// - "draft action": draftVersionIn, what the "Draft"/"Regenerate" button runs after the session
//   and permission checks: the above, merging the previous version's edits and writing the new
//   version (lib/reports/drafting.ts). The versions it writes are deleted at the end.
// Options: --runs N (default 10). Benchmarks print numbers; nothing here asserts on them.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import type { RoleName } from "@/lib/auth/permissions";
import type { ActionContext } from "@/lib/server-actions/define-action";
import { applyMigrations } from "../scripts/db/migrate.mjs";
import { admin, benchDatabase, percentiles, seedDemoIfEmpty } from "./common";

const { values: args } = parseArgs({ options: { runs: { type: "string", default: "10" } } });
const RUNS = Number(args.runs);
const reuse = process.env.BENCH_DATABASE;
const { name: database, url } = benchDatabase("report", reuse);

async function time(runs: number, fn: () => Promise<unknown>) {
  await fn(); // warm-up: connections, plans
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return percentiles(times);
}

async function main() {
  if (!reuse) await admin(`CREATE DATABASE "${database}"`);
  process.env.DATABASE_URL = url;
  try {
    if (!reuse) await applyMigrations(url, { log: () => {} });
    await run();
  } finally {
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
    if (!reuse) await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  }
}

async function run() {
  const db = await seedDemoIfEmpty();
  const { draftFromData } = await import("@/lib/reports/sources");
  const { draftVersionIn } = await import("@/lib/reports/drafting");
  const { reportTranslator } = await import("@/lib/reports/translator");
  const campaign = await db.campaign.findFirstOrThrow({ where: { slug: "warning-project" }, select: { id: true } });
  const [responses, answers] = await Promise.all([
    db.response.count({ where: { campaignId: campaign.id } }),
    db.answer.count({ where: { response: { campaignId: campaign.id } } }),
  ]);
  console.log(`${database}: the demo campaign with ${responses} responses, ${answers} answers`);
  const user = await db.user.findUniqueOrThrow({
    where: { email: "admin@demo.local" },
    select: { id: true, role: true, unitId: true, name: true, email: true },
  });
  const context: ActionContext = { user: { ...user, role: user.role as RoleName }, scope: { kind: "all" } };
  const existing = await db.report.findUnique({ where: { campaignId: campaign.id }, select: { id: true } });
  const lastBefore = existing
    ? ((await db.reportVersion.aggregate({ where: { reportId: existing.id }, _max: { number: true } }))._max.number ?? 0)
    : 0;

  const rows: { request: string; p50: number; p95: number; max: number }[] = [];
  try {
    for (const locale of ["zh", "en"] as const) {
      const t = reportTranslator(locale);
      rows.push({
        request: `figures and text (${locale})`,
        ...(await time(RUNS, () => draftFromData({ kind: "all" }, campaign.id, locale, t))),
      });
      rows.push({
        request: `draft action (${locale})`,
        ...(await time(RUNS, () => draftVersionIn(context, campaign.id, locale, t))),
      });
    }
  } finally {
    // Leave the database as it was: the versions written here go, and the report row if it is new.
    const report = await db.report.findUnique({ where: { campaignId: campaign.id }, select: { id: true } });
    if (report && existing) await db.reportVersion.deleteMany({ where: { reportId: report.id, number: { gt: lastBefore } } });
    else if (report) await db.report.delete({ where: { id: report.id } });
  }
  console.log(`\n${"report drafting".padEnd(28)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)}`);
  for (const r of rows)
    console.log(
      `${r.request.padEnd(28)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.max.toFixed(1).padStart(8)}`,
    );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
