import "server-only";
import { createHmac } from "node:crypto";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { todayUtc } from "@/lib/dates";
import { generateAccessCode } from "@/lib/surveys/codes";

// One-time access codes. A code row holds only a keyed digest and "used": no date, no response
// link, no batch order. See docs/decisions/002-survey-anonymity.md.

export const MAX_BATCH_SIZE = 500;

function codeSecret(): string {
  const secret = process.env.ACCESS_CODE_SECRET || process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("Set AUTH_SECRET (or ACCESS_CODE_SECRET): access codes are stored as keyed digests.");
  return secret;
}

export function hasCodeSecret(): boolean {
  return !!(process.env.ACCESS_CODE_SECRET || process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET);
}

/**
 * HMAC-SHA256 of a canonical code under the server's secret. A plain hash of a 50-bit code could
 * be reversed from a database copy by trying every code; without the secret it cannot, so a stolen
 * dump yields no usable codes. Changing the secret invalidates codes not yet used.
 */
export function codeDigest(normalized: string): string {
  return createHmac("sha256", codeSecret()).update(`access-code:${normalized}`).digest("hex");
}

/**
 * Creates a batch of fresh codes for a unit and returns them: the only time they exist in clear.
 * `fixed` codes (the demo's documented ones) are used as given; the rest are random.
 */
export async function issueBatch(input: {
  campaignId: string;
  unitId: string;
  size: number;
  createdById: string | null;
  fixed?: string[];
}): Promise<{ batchId: string; codes: string[] }> {
  const fixed = input.fixed ?? [];
  const codes = new Map(fixed.map((code) => [code, codeDigest(code)]));
  const addRandom = () => {
    while (codes.size < input.size) {
      const code = generateAccessCode();
      codes.set(code, codeDigest(code));
    }
  };
  addRandom();
  // 50 bits make a clash with an existing code vanishingly rare; replace any rather than fail.
  for (;;) {
    const clashes = await db.accessCode.findMany({
      where: { digest: { in: [...codes.values()] } },
      select: { digest: true },
    });
    if (clashes.length === 0) break;
    const taken = new Set(clashes.map((c) => c.digest));
    for (const [code, digest] of codes) {
      if (!taken.has(digest)) continue;
      if (fixed.includes(code)) throw new Error("A fixed access code already exists.");
      codes.delete(code);
    }
    addRandom();
  }
  const batch = await db.$transaction(async (tx) => {
    const created = await tx.accessCodeBatch.create({
      data: {
        campaignId: input.campaignId,
        unitId: input.unitId,
        size: codes.size,
        createdOn: todayUtc(),
        createdById: input.createdById,
      },
      select: { id: true },
    });
    // Rows go in sorted by digest, so their physical order says nothing about the printed order.
    const rows = [...codes.values()].sort().map((digest) => ({ batchId: created.id, digest }));
    await tx.accessCode.createMany({ data: rows });
    return created;
  });
  return { batchId: batch.id, codes: [...codes.keys()] };
}

export type CodeState = "unused" | "used" | "unknown";

export async function codeState(campaignId: string, digest: string): Promise<CodeState> {
  const row = await db.accessCode.findFirst({ where: { digest, batch: { campaignId } }, select: { used: true } });
  if (!row) return "unknown";
  return row.used ? "used" : "unused";
}

/**
 * Run after a submission commits. PostgreSQL stamps every row version with the id of the
 * transaction that wrote it (`xmin`); the code consumed in a submission's transaction would carry
 * the same id as the response, a link anyone with SQL access could join on. Rewriting every used
 * code of the batch in a separate transaction gives them all one shared stamp, unrelated to any
 * response. Locks are taken in id order and held rows skipped, so concurrent calls never deadlock;
 * a skipped row is rewritten by the call holding it. Best effort: a failure is repaired by the
 * batch's next submission.
 */
export async function unlinkUsedCodes(batchId: string): Promise<void> {
  await db.$executeRaw`${unlinkUsedCodesStatement(batchId)}`;
}

/** The statement of unlinkUsedCodes, for a caller that sends it together with other work. */
export function unlinkUsedCodesStatement(batchId: string): Prisma.Sql {
  return Prisma.sql`
    UPDATE "AccessCode" SET "used" = true
    WHERE "id" IN (SELECT "id" FROM "AccessCode" WHERE "batchId" = ${batchId} AND "used" ORDER BY "id" FOR UPDATE SKIP LOCKED)`;
}
