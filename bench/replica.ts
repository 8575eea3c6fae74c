// `npm run bench:replica`: what reading the dashboards from a streaming replica adds to a request
// (docs/decisions/010-read-replica.md): the time of catchUpReplica(), which notes the primary's WAL
// position and waits until the replica has replayed it, right after a commit (as after the
// dashboard's fold) and with nothing written since the last read. Prints numbers; asserts nothing.
//
// Needs REPLICA_BENCH_URL, a streaming replica of the server in BENCH_DATABASE_URL (default
// postgresql://postgres@127.0.0.1:5432/postgres); `scripts/replica-cluster.sh up` makes one on 5433.
// Creates its own database on the primary and drops it afterwards. BENCH_RUNS (default 300).
import { performance } from "node:perf_hooks";
import pg from "pg";
import { admin, benchDatabase, benchServer as server } from "./common";

const replicaServer = process.env.REPLICA_BENCH_URL;
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const { name: database } = benchDatabase("replica");
const on = (base: string, params: Record<string, string> = {}) => {
  const url = new URL(base);
  url.pathname = `/${database}`;
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
};

function summary(label: string, times: number[], served: number) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(2);
  console.log(
    `${label.padEnd(34)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${sorted[sorted.length - 1].toFixed(2)} ms  replica served ${served}/${times.length}`,
  );
}

async function main() {
  if (!replicaServer) {
    console.log("bench:replica: REPLICA_BENCH_URL is not set (a streaming replica of BENCH_DATABASE_URL; scripts/replica-cluster.sh up makes one)");
    return;
  }
  await admin(`CREATE DATABASE "${database}"`);
  try {
    const primary = new pg.Client({ connectionString: on(server) });
    await primary.connect();
    await primary.query("CREATE TABLE counter (v int NOT NULL); INSERT INTO counter VALUES (0)");
    await primary.end();
    // Up to a minute for the new database to appear on the replica.
    for (let i = 0; ; i++) {
      const probe = new pg.Client({ connectionString: on(replicaServer) });
      try {
        await probe.connect();
        await probe.query("SELECT v FROM counter");
        await probe.end();
        break;
      } catch (error) {
        await probe.end().catch(() => {});
        if (i > 600) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    process.env.DATABASE_URL = on(server);
    process.env.DATABASE_REPLICA_URL = on(replicaServer);
    process.env.DATABASE_REPLICA_MAX_WAIT_MS ??= "5000";
    const { db, catchUpReplica } = await import("../lib/db/client");
    const load = await import("node:os").then((os) => os.loadavg()[0].toFixed(1));
    console.log(`bench:replica: ${RUNS} runs each, DATABASE_REPLICA_MAX_WAIT_MS=${process.env.DATABASE_REPLICA_MAX_WAIT_MS}, load average ${load}`);

    for (const [label, write] of [
      ["catch-up right after a commit", true],
      ["catch-up, nothing new committed", false],
    ] as const) {
      const times: number[] = [];
      let served = 0;
      for (let i = 0; i < RUNS + 20; i++) {
        if (write) await db.$executeRaw`UPDATE counter SET v = v + 1`;
        const start = performance.now();
        const onReplica = await catchUpReplica();
        const elapsed = performance.now() - start;
        if (i < 20) continue; // warm-up: pools and plans
        times.push(elapsed);
        if (onReplica) served++;
      }
      summary(label, times, served);
    }
    await db.$disconnect();
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  }
}

main()
  // The replica's pool is not closed one by one; the process ends here.
  .then(() => process.exit(0))
  .catch((error) => {
    console.error("bench failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
