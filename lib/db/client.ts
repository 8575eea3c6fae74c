import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";

// One client per process. The embedded PGlite server answers one connection at a time well, so the
// launcher sets DATABASE_POOL_MAX=1 for it; a real PostgreSQL gets a normal pool.
// The pool is made here and handed to Prisma's adapter, so the survey's hot path can send its few
// statements through the same connections without Prisma's per-query work (`sqlQuery`). Idle
// connections do not keep a script's process alive (Prisma's $disconnect leaves a pool it was given).
function createPool(url: string, max: number) {
  const pool = new pg.Pool({ connectionString: url, max, allowExitOnIdle: true });
  // An idle connection the server closed (a restart, a dropped database) is an 'error' event on the
  // pool, which would end the process without a listener: Prisma listens only while connected, and
  // `sqlQuery` may run first. The pool drops the connection; the next query opens another.
  pool.on("error", (error) => console.warn(`db: an idle connection was closed (${error instanceof Error && "code" in error ? String(error.code) : "no code"})`));
  return pool;
}

const globalForPrisma = globalThis as unknown as {
  prisma?: PrismaClient;
  prismaPool?: pg.Pool;
  prismaReplica?: PrismaClient;
  prismaReplicaPool?: pg.Pool;
};
const poolMax = Number(process.env.DATABASE_POOL_MAX ?? 10);

/** The primary's connections, shared by `db` and `sqlQuery`. */
const pool: pg.Pool =
  globalForPrisma.prismaPool ??
  // Without DATABASE_URL: the embedded database that `npm start` serves.
  createPool(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:54329/postgres", poolMax);

/** The primary: every write, and every read that must see the caller's own writes. */
export const db: PrismaClient = globalForPrisma.prisma ?? new PrismaClient({ adapter: new PrismaPg(pool) });
if (process.env.NODE_ENV !== "production") {
  globalForPrisma.prisma = db;
  globalForPrisma.prismaPool = pool;
}

/**
 * A statement built with `Prisma.sql` (parameterised as ever), sent through the primary's pool
 * directly: no query plan of Prisma's, no row mapping. For hot paths (the officer's submission, the
 * dashboard's reads), where Prisma's work per query was a measurable part of the CPU (decisions 003,
 * 013). Rows come as `pg` parses them: select dates and timestamps as text. Not inside a Prisma
 * transaction: use `tx.$queryRaw` there.
 */
export async function sqlQuery<T>(statement: Prisma.Sql): Promise<T[]> {
  return queryOn<T>(pool, statement);
}

async function queryOn<T>(target: pg.Pool, statement: Prisma.Sql): Promise<T[]> {
  return (await target.query(statement.text, statement.values)).rows as T[];
}

// A streaming replica for the dashboards' aggregate reads (docs/decisions/010-read-replica.md).
const replicaUrl = process.env.DATABASE_REPLICA_URL || null;
const replicaPool: pg.Pool | null = replicaUrl
  ? (globalForPrisma.prismaReplicaPool ?? createPool(replicaUrl, Number(process.env.DATABASE_REPLICA_POOL_MAX ?? poolMax)))
  : null;
const replica: PrismaClient | null = replicaPool
  ? (globalForPrisma.prismaReplica ?? new PrismaClient({ adapter: new PrismaPg(replicaPool) }))
  : null;
if (replica && process.env.NODE_ENV !== "production") {
  globalForPrisma.prismaReplica = replica;
  globalForPrisma.prismaReplicaPool = replicaPool!;
}

/** How long a dashboard read waits for the replica to replay the primary's latest commits. */
const MAX_WAIT_MS = Number(process.env.DATABASE_REPLICA_MAX_WAIT_MS ?? 250);

/** False after the replica failed to catch up (or to answer) in time: reads go to the primary until
 * a probe finds it current again. Per process, like the pools. */
let replicaCurrent = true;
/** While the replica is behind, one probe at a time, at most once a second, waits for it in the
 * background; requests meanwhile read the primary without waiting. */
const RECHECK_MS = 1_000;
let nextCheck = 0;
let probe: Promise<void> | null = null;

/**
 * Read-only queries that may run on the replica: the dashboards' aggregates and drill-down lists,
 * after `catchUpReplica()`. The primary itself when DATABASE_REPLICA_URL is unset or the replica is
 * behind. Never write through it: a replica refuses writes, and the primary standing in for it
 * would hide the mistake.
 */
export const dbRead: PrismaClient = replica
  ? new Proxy(replica, {
      get(_, property) {
        const target = replicaCurrent ? replica : db;
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    })
  : db;

/**
 * `sqlQuery` for the dashboards' reads: the replica's connections when `dbRead` reads the replica,
 * else the primary's. The dashboard's aggregate reads return thousands of rows; Prisma's mapping of
 * them cost more CPU and memory than parsing them (decision 003).
 */
export async function sqlRead<T>(statement: Prisma.Sql): Promise<T[]> {
  return queryOn<T>(replicaPool && replicaCurrent ? replicaPool : pool, statement);
}

/**
 * Waits until the replica has replayed everything the primary had committed when called (its WAL
 * flush position), so that `dbRead` afterwards sees the caller's own and everybody's earlier writes,
 * as the primary would. If that takes longer than DATABASE_REPLICA_MAX_WAIT_MS, or the replica does
 * not answer, `dbRead` reads the primary instead, at once for later calls, until a background probe
 * finds the replica current again. Returns whether the replica serves the reads; false at once
 * without a replica.
 */
export async function catchUpReplica(): Promise<boolean> {
  if (!replica) return false;
  if (!replicaCurrent) {
    if (!probe && Date.now() >= nextCheck) {
      probe = replicaReplayed(replica)
        .then((current) => {
          if (!current) return;
          replicaCurrent = true;
          console.info("db: the replica is current again; dashboards read it");
        })
        .finally(() => {
          probe = null;
          nextCheck = Date.now() + RECHECK_MS;
        });
    }
    return false;
  }
  if (await replicaReplayed(replica)) return true;
  if (replicaCurrent) {
    replicaCurrent = false;
    nextCheck = Date.now() + RECHECK_MS;
    console.warn(`db: the replica is more than ${MAX_WAIT_MS} ms behind, or did not answer; reading the primary`);
  }
  return false;
}

/** replayed() within the wait, and false on any error: a replica that does not answer at all (a
 * lost host) costs no more than a lagging one. */
async function replicaReplayed(replica: PrismaClient): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), MAX_WAIT_MS + 100);
  });
  try {
    return await Promise.race([replayed(replica, MAX_WAIT_MS), late]);
  } catch {
    // The error's text may quote the replica's address; the fact is enough.
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Whether the replica replays the primary's current flush position within `waitMs`. */
async function replayed(replica: PrismaClient, waitMs: number): Promise<boolean> {
  const [{ lsn }] = await db.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_flush_lsn()::text AS lsn`;
  const deadline = Date.now() + waitMs;
  for (let pause = 1; ; pause = Math.min(pause * 2, 25)) {
    // NULL replay position: the URL names a server that is not in recovery (a primary), current.
    const [{ caught }] = await replica.$queryRaw<{ caught: boolean }[]>`
      SELECT coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, true) AS caught`;
    if (caught) return true;
    if (Date.now() + pause > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

export type { PrismaClient };
