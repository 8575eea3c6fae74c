import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { codeDigest, hasCodeSecret } from "@/lib/access-codes/digest";
import { generateAccessCode } from "@/lib/access-codes/format";

// Demo only: code batches for some of Group 1's units, with participation that matches the demo's
// online responses, and a few KNOWN unused codes (README "Demo accounts") to try the survey with.
// A production database never gets these: seedDemo runs only for the demo campaign.
const DEMO_ACCESS_CODES = ["TRYME-23456", "TRYME-34567", "TRYME-45678", "TRYME-56789", "TRYME-65432", "TRYME-76543", "TRYME-87654", "TRYME-98765"];
const DEMO_CODES_UNIT = "PS-MK";

// Unit code -> codes issued beyond the demo's online responses (OF-CC: a batch of 3, too few to show a rate).
const BATCHES: Record<string, number> = { "BR-NG": 6, "PS-MK": 4, "SQ-NG": 3, "BR-KC": 5, "PS-DQ": 2, "OF-CC": 0 };

export async function seedDemoAccessCodes(db: PrismaClient, campaignId: string): Promise<void> {
  if (!hasCodeSecret()) {
    console.warn("demo: AUTH_SECRET is not set, so no demo access codes were made (they are stored as keyed digests)");
    return;
  }
  const admin = await db.user.findUnique({ where: { email: "admin@demo.local" }, select: { id: true } });
  // Slips are printed the day before the campaign starts.
  const { startsOn } = await db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { startsOn: true } });
  const printedOn = new Date(startsOn.getTime() - 86_400_000);
  const online = await db.response.groupBy({ by: ["unitId"], where: { campaignId, source: "ONLINE" }, _count: { _all: true } });
  for (const [unitCode, spare] of Object.entries(BATCHES)) {
    const unit = await db.unit.findUniqueOrThrow({ where: { code: unitCode }, select: { id: true } });
    const known = unitCode === DEMO_CODES_UNIT ? DEMO_ACCESS_CODES.map((c) => c.replace("-", "")) : [];
    const used = unitCode === "OF-CC" ? 2 : (online.find((o) => o.unitId === unit.id)?._count._all ?? 0);
    const size = unitCode === "OF-CC" ? 3 : used + spare + known.length;
    const codes = new Set(known);
    while (codes.size < size) codes.add(generateAccessCode());
    const rows = [...codes].map((code, index) => ({ digest: codeDigest(code), used: !known.includes(code) && index - known.length < used }));
    await db.accessCodeBatch.create({
      data: {
        campaignId, unitId: unit.id, size, createdOn: printedOn, createdById: admin?.id ?? null,
        codes: { create: rows.sort((a, b) => a.digest.localeCompare(b.digest)) },
      },
    });
  }
}
