import "server-only";
import { codeDigest } from "@/lib/access-codes/digest";
import { generateAccessCode } from "@/lib/access-codes/format";
import { isCampaignUnit } from "@/lib/access-codes/participation";
import { makeSlips, surveyAddress, type Slip } from "@/lib/access-codes/slips";
import { inScope, type Scope } from "@/lib/auth/scope";
import { db } from "@/lib/db/client";
import { todayUtc } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";

// Issuing one-time access codes: a batch for a unit, stored as digests, its codes in clear only in
// the answer (and on the printed slips made from it).

export const MAX_BATCH_SIZE = 500;

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

export type GeneratedBatch = { unit: { name: string; nameZh: string }; campaign: { name: string; nameZh: string }; address: string; slips: Slip[] };

/** An administrator issues a batch for a unit in their scope and gets its printable slips. */
export async function issueSlips(input: { campaignId: string; unitId: string; size: number; actorId: string; scope: Scope; origin: string }): Promise<GeneratedBatch> {
  const { campaignId, unitId, size, actorId } = input;
  if (!inScope(input.scope, unitId) || !(await isCampaignUnit(campaignId, unitId))) throw new NotFoundError();
  const campaign = await db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { slug: true, name: true, nameZh: true } });
  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { name: true, nameZh: true } });
  const { batchId, codes } = await issueBatch({ campaignId, unitId, size, createdById: actorId });
  // The audit trail names the batch, never its codes.
  await db.auditEvent.create({ data: { actorId, action: "codes.issue", targetType: "AccessCodeBatch", targetId: batchId, details: { unitId, size } } });
  const address = surveyAddress(input.origin, campaign.slug);
  return { unit, campaign: { name: campaign.name, nameZh: campaign.nameZh }, address, slips: await makeSlips(address, codes) };
}
