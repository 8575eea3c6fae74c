import "server-only";
import { db } from "@/lib/db/client";

// Fixed-window counters in PostgreSQL, so every app instance behind a load balancer shares them.
// One atomic upsert per hit: no read-modify-write race between instances. Times are computed by
// PostgreSQL in UTC (Prisma stores DateTime as UTC timestamps), so app clocks do not matter.

export type Limit = { max: number; windowSeconds: number; blockSeconds: number };

type Row = { hits: number; blocked: boolean; retry_at: Date | null };

/** Counts one attempt against `key`; says whether it is allowed, and until when it is blocked. */
export async function hit(key: string, limit: Limit): Promise<{ allowed: boolean; retryAt: Date | null }> {
  const rows = await db.$queryRaw<Row[]>`
    WITH now_utc AS (SELECT (now() AT TIME ZONE 'UTC')::timestamp(3) AS t)
    INSERT INTO "RateLimit" ("key", "windowStart", "hits", "blockedUntil")
    SELECT ${key}, t, 1, NULL FROM now_utc
    ON CONFLICT ("key") DO UPDATE SET
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= (SELECT t FROM now_utc) - make_interval(secs => ${limit.windowSeconds})
                           THEN (SELECT t FROM now_utc) ELSE "RateLimit"."windowStart" END,
      "hits" = CASE WHEN "RateLimit"."windowStart" <= (SELECT t FROM now_utc) - make_interval(secs => ${limit.windowSeconds})
                    THEN 1 ELSE "RateLimit"."hits" + 1 END,
      "blockedUntil" = CASE
        WHEN "RateLimit"."blockedUntil" > (SELECT t FROM now_utc) THEN "RateLimit"."blockedUntil"
        WHEN "RateLimit"."windowStart" > (SELECT t FROM now_utc) - make_interval(secs => ${limit.windowSeconds})
             AND "RateLimit"."hits" + 1 > ${limit.max}
          THEN (SELECT t FROM now_utc) + make_interval(secs => ${limit.blockSeconds})
        ELSE NULL END
    RETURNING "hits",
      ("blockedUntil" IS NOT NULL AND "blockedUntil" > (SELECT t FROM now_utc)) AS blocked,
      "blockedUntil" AS retry_at`;
  const row = rows[0];
  return row.blocked ? { allowed: false, retryAt: row.retry_at } : { allowed: true, retryAt: null };
}

/** The hits counted against `key` in its current window (0 once the window has passed), without counting one. */
export async function count(key: string, windowSeconds: number): Promise<number> {
  const rows = await db.$queryRaw<{ hits: number }[]>`
    SELECT "hits" FROM "RateLimit"
    WHERE "key" = ${key} AND "windowStart" > (now() AT TIME ZONE 'UTC')::timestamp(3) - make_interval(secs => ${windowSeconds})`;
  return rows[0]?.hits ?? 0;
}

/** Forgets the counter, e.g. after a successful sign-in. */
export async function reset(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Deletes the counters under `prefix` whose window and block have both passed. */
export async function purgeExpired(prefix: string, limit: Limit): Promise<void> {
  await db.$executeRaw`
    DELETE FROM "RateLimit"
    WHERE "key" LIKE ${`${prefix}:%`}
      AND "windowStart" <= (now() AT TIME ZONE 'UTC')::timestamp(3) - make_interval(secs => ${limit.windowSeconds})
      AND ("blockedUntil" IS NULL OR "blockedUntil" <= (now() AT TIME ZONE 'UTC')::timestamp(3))`;
}
