// Shared by the benches: a throwaway database on the PostgreSQL server in BENCH_DATABASE_URL
// (default 127.0.0.1:5432), the demo data in it, percentiles of timings and CPU time from /proc.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";

export const benchServer = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** One statement on the server's own database (creating and dropping the bench's). */
export async function admin(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: benchServer });
  await client.connect();
  return client.query(sql, params).finally(() => client.end());
}

/** The bench's database: `reuse` if given, else a new name `portal_bench_<kind>_…`, and its URL. */
export function benchDatabase(kind: string, reuse?: string) {
  const name = reuse ?? `portal_bench_${kind}_${randomBytes(3).toString("hex")}`;
  return { name, url: Object.assign(new URL(benchServer), { pathname: `/${name}` }).toString() };
}

/** The default taxonomy and the demo data, unless the database (DATABASE_URL) holds a campaign. */
export async function seedDemoIfEmpty() {
  // Imported here, after DATABASE_URL points at the bench database.
  const { db } = await import("@/lib/db/client");
  if ((await db.campaign.count()) === 0) {
    const { installDefaultTaxonomy } = await import("@/lib/taxonomy/install");
    const { seedDemo } = await import("@/lib/demo/seed");
    await installDefaultTaxonomy(db);
    await seedDemo(db);
  }
  return db;
}

/** Median, 95th percentile and maximum of timings (nearest rank). */
export function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

// CPU time (user + system) of processes, from /proc: what the work costs the machine whatever else
// runs on it, unlike wall-clock times on a shared machine.
export function cpuMs(pids: number[]): number {
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
