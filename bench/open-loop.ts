// `npm run bench:open-loop`: officers arriving on a schedule (issue 15, goal 2): BENCH_RATE
// submissions a second (default 20) for BENCH_SECONDS (default 60), each started at its planned
// time whether or not earlier ones have finished (an open loop, unlike bench:submission's fixed
// number of waiting submitters). Latency counts from the planned start, so a server that falls
// behind shows it in full. Prints p50/p95/p99, errors, the machine's load average and the server
// CPU per response; asserts nothing. Same needs and knobs as bench:submission (bench/survey-rig.ts).
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { fmtStats, load1, startRig, stats } from "./survey-rig";

const RATE = Number(process.env.BENCH_RATE ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const TIMEOUT_MS = 10_000;
const GOAL_P95_MS = 100;

if (!process.env.BENCH_CHILD) {
  const child = spawn("npx", ["tsx", "--conditions=react-server", "bench/open-loop.ts"], { stdio: "inherit", env: { ...process.env, BENCH_CHILD: "1" } });
  child.on("exit", (code) => process.exit(code ?? 1));
} else {
  main().catch((error) => {
    console.error("bench failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

async function main() {
  const total = Math.round(RATE * SECONDS);
  const warmup = 40;
  const rig = await startRig({ codes: total + warmup });
  try {
    console.log(`bench: ${rig.survey.types.length} questions (${rig.mix}), ${RATE} submissions/s for ${SECONDS} s, open loop, database ${rig.database}`);
    for (let i = 0; i < warmup; i += 4) await Promise.all([0, 1, 2, 3].map(() => rig.submit()));
    await rig.db.$queryRaw`SELECT dashboard_fold(true)::text`;

    const loadBefore = load1();
    const latencies: number[] = [];
    const errors = new Map<string, number>();
    let inFlight = 0;
    let maxInFlight = 0;
    const measured = await rig.measureCpu(async () => {
      const started = performance.now();
      const runs: Promise<void>[] = [];
      for (let i = 0; i < total; i++) {
        const planned = started + (i * 1000) / RATE;
        await sleep(planned - performance.now());
        runs.push(
          (async () => {
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
            try {
              const status = await Promise.race([rig.submit(), sleep(TIMEOUT_MS).then(() => "timeout")]);
              if (status === 201) latencies.push(performance.now() - planned);
              else errors.set(String(status), (errors.get(String(status)) ?? 0) + 1);
            } catch (error) {
              const kind = error instanceof Error ? error.name : "error";
              errors.set(kind, (errors.get(kind) ?? 0) + 1);
            } finally {
              inFlight--;
            }
          })(),
        );
      }
      await Promise.all(runs);
      const seconds = (performance.now() - started) / 1000;
      await sleep(500); // work deferred after the last answer
      await rig.db.$queryRaw`SELECT dashboard_fold(true)::text`; // and the responses still waiting
      return seconds;
    });
    const s = stats(latencies, measured.result);
    const errorCount = [...errors.values()].reduce((sum, n) => sum + n, 0);
    console.log(`\nopen loop, ${RATE}/s planned for ${SECONDS} s (${total} submissions):`);
    console.log(`  ${fmtStats(s)}   (goal: p95 <= ${GOAL_P95_MS} ms, no error)`);
    console.log(`  errors: ${errorCount}${errorCount ? ` (${[...errors].map(([k, n]) => `${k}: ${n}`).join(", ")})` : ""}; at most ${maxInFlight} in flight`);
    console.log(`  server CPU per response: ${((measured.appMs + measured.dbMs) / total).toFixed(1)} ms (app ${(measured.appMs / total).toFixed(1)} + PostgreSQL ${(measured.dbMs / total).toFixed(1)}); ` +
      `${(((measured.appMs + measured.dbMs) / 1000 / measured.result) * 100).toFixed(0)}% of one core over the run, the machine has ${availableParallelism()}`);
    console.log(`  load average (1 min) before ${loadBefore}, after ${load1()}: latencies on a shared machine include everyone else's work`);
    await rig.printFunctionTimes();
    await rig.db.$disconnect();
  } finally {
    await rig.close();
  }
}
