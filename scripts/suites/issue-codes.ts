// Issues a batch of access codes for a unit of the demo campaign and prints them as JSON, for the
// suites that submit as officers. Needs DATABASE_URL and the server's AUTH_SECRET (or
// ACCESS_CODE_SECRET): codes are stored as keyed digests.
//   tsx --conditions=react-server scripts/suites/issue-codes.ts UNIT_CODE COUNT
import { db } from "@/lib/db/client";
import { issueBatch } from "@/lib/access-codes/issue";

async function main() {
  const [unitCode, count] = [process.argv[2], Number(process.argv[3])];
  const unit = await db.unit.findUniqueOrThrow({ where: { code: unitCode }, select: { id: true } });
  const campaign = await db.campaign.findFirstOrThrow({
    where: { status: "ACTIVE", units: { some: { unitId: unit.id } } },
    select: { id: true, slug: true },
  });
  const codes: string[] = [];
  const batches: string[] = [];
  while (codes.length < count) {
    const batch = await issueBatch({
      campaignId: campaign.id,
      unitId: unit.id,
      size: Math.min(500, count - codes.length),
      createdById: null,
    });
    codes.push(...batch.codes);
    batches.push(batch.batchId);
  }
  process.stdout.write(JSON.stringify({ campaign: campaign.slug, codes, batches }));
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error("issue-codes failed:", error instanceof Error ? error.message : error);
    await db.$disconnect();
    process.exit(1);
  });
