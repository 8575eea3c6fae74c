// DATABASE_REPLICA_URL against a real streaming replica (docs/decisions/010-read-replica.md):
// dashboard reads run on the replica, writes and the fold of waiting responses on the primary; a
// dashboard read first waits for the replica to replay what the primary had committed, and reads
// the primary when the replica is too far behind. Needs REPLICA_TEST_URL, a replica of the server
// that scripts/test.mjs makes the test database on (`scripts/replica-cluster.sh up` makes one here
// and prints the URL); skipped without it.
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/db/client";

const replicaServer = process.env.REPLICA_TEST_URL;
if (!replicaServer) {
  console.log(
    "replica.test.ts skipped: REPLICA_TEST_URL is not set (a streaming replica of the test server; " +
      "`scripts/replica-cluster.sh up` makes one on port 5433 and prints the URL)",
  );
}

/** The pool name the replica's connections carry, to find them in its pg_stat_activity. */
const APP_NAME = "portal-dbread-test";
const NOW = new Date(Date.UTC(2026, 3, 9)); // day 2 of the fixture's campaign
const admin = { kind: "all" } as const;

let testDatabase: string;
let db: PrismaClient;
let dbRead: PrismaClient;
let catchUpReplica: () => Promise<boolean>;
let respondents: () => Promise<number | null>;
let replicaAdmin: pg.Client;

/** A connection to the test database on the replica, outside the app's pool. */
async function onReplica<R extends pg.QueryResultRow>(sql: string): Promise<R[]> {
  const url = new URL(replicaServer!);
  url.pathname = `/${testDatabase}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Until the replica has replayed everything (other people's load can put it behind for a while). */
async function replicaCurrent(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await catchUpReplica())) {
    if (Date.now() > deadline) throw new Error("the replica stayed more than DATABASE_REPLICA_MAX_WAIT_MS behind for a minute");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** One more respondent of the current campaign, as a submission stores it (waiting to be folded). */
async function addRespondent(): Promise<void> {
  const campaign = await db.campaign.findUniqueOrThrow({ where: { slug: "now" }, select: { id: true } });
  const like = await db.response.findFirstOrThrow({
    where: { campaignId: campaign.id, unitId: { not: null } },
    select: { campaignId: true, versionId: true, unitId: true, source: true, submittedOn: true, roleLevel: true, serviceYears: true },
  });
  await db.response.create({ data: like });
}

describe.skipIf(!replicaServer)("dashboards on a streaming replica", () => {
  beforeAll(async () => {
    const primaryUrl = new URL(process.env.DATABASE_URL!);
    testDatabase = primaryUrl.pathname.slice(1);
    const replicaUrl = new URL(replicaServer!);
    replicaUrl.pathname = `/${testDatabase}`;
    replicaUrl.searchParams.set("application_name", APP_NAME);
    // Read when lib/db/client is first imported, hence the imports below come after.
    process.env.DATABASE_REPLICA_URL = replicaUrl.toString();
    process.env.DATABASE_REPLICA_MAX_WAIT_MS = "2000";
    ({ db, dbRead, catchUpReplica } = await import("@/lib/db/client"));
    const [{ resetDatabase }, { loadDashboardFixture }, { loadDashboard }, { parseFilters }] = await Promise.all([
      import("./helpers"),
      import("@/lib/dashboards/testing/fixture"),
      import("@/lib/dashboards/dashboard-data"),
      import("@/lib/dashboards/filters"),
    ]);
    respondents = async () => {
      const d = await loadDashboard(admin, parseFilters({}), NOW);
      return d.status.kind === "ok" ? d.status.respondents : null;
    };
    replicaAdmin = new pg.Client({ connectionString: replicaServer });
    await replicaAdmin.connect();
    await resetDatabase();
    await loadDashboardFixture();
  });

  afterAll(async () => {
    if (!replicaAdmin) return;
    // Never leave the replica paused for whoever uses it next.
    await replicaAdmin.query("SELECT pg_wal_replay_resume()");
    await replicaAdmin.end();
  });

  beforeEach(replicaCurrent);

  it("reads the dashboards' figures on the replica, and refuses a write there", async () => {
    expect(await respondents()).toBe(29); // the fixture's respondents (dashboards.test.ts)
    // The replica's connections of the app's read pool ran the dashboard's aggregate queries.
    const ran = await onReplica<{ query: string }>(
      `SELECT query FROM pg_stat_activity WHERE datname = current_database() AND application_name = '${APP_NAME}'`,
    );
    expect(ran.some((r) => r.query.includes('"DashboardRespondentCount"'))).toBe(true);
    expect((await dbRead.$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`)[0].standby).toBe(true);
    expect((await db.$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`)[0].standby).toBe(false);
    await expect(dbRead.$executeRaw`DELETE FROM "DashboardPendingResponse"`).rejects.toThrow(/read-only transaction/);
  });

  it("shows a response committed just before, folded on the primary and replayed before the read", async () => {
    await addRespondent();
    const warn = vi.spyOn(console, "warn");
    expect(await respondents()).toBe(30);
    expect(warn).not.toHaveBeenCalled();
    // The fold ran on the primary: nothing waits there any more.
    expect(await db.dashboardPendingResponse.count()).toBe(0);
    expect((await dbRead.$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`)[0].standby).toBe(true);
  });

  it("reads the primary while the replica is behind, and the replica again once it has caught up", async () => {
    const before = await respondents();
    await replicaAdmin.query("SELECT pg_wal_replay_pause()");
    try {
      await addRespondent();
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      // The replica still has the old figure; the page must not show it.
      expect(await respondents()).toBe(before! + 1);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/replica is more than 2000 ms behind, or did not answer; reading the primary/));
      expect((await dbRead.$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`)[0].standby).toBe(false);
      // The stale figure is really there: the replica has not replayed the new response.
      const stale = await onReplica<{ n: number }>(`SELECT count(*)::int AS n FROM "Response"`);
      expect(stale[0].n).toBe((await db.response.count()) - 1);
    } finally {
      await replicaAdmin.query("SELECT pg_wal_replay_resume()");
    }
    await replicaCurrent();
    expect((await dbRead.$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`)[0].standby).toBe(true);
    expect(await respondents()).toBe(before! + 1);
  });
});
