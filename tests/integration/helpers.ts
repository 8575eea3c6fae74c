import { db } from "@/lib/db/client";

/** Empties every table of the test database (scripts/test.mjs created and migrated it). */
export async function resetDatabase(): Promise<void> {
  const rows = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (rows.length === 0) return;
  // unsafe-raw-ok: the names are the test database's own tables read from pg_tables just above.
  await db.$executeRawUnsafe(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} CASCADE`);
}

export async function unitIdByCode(code: string): Promise<string> {
  const unit = await db.unit.findUniqueOrThrow({ where: { code }, select: { id: true } });
  return unit.id;
}

export async function userByEmail(email: string) {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, unitId: true } });
}

/**
 * Empties the database and loads the demo campaign; returns its id and its published version's id.
 * The common start of tests that work on realistic data.
 */
export async function freshDemoCampaign(): Promise<{ campaignId: string; versionId: string }> {
  const [{ installDefaultTaxonomy }, { seedDemo }, { publishedVersionId }] = await Promise.all([
    import("@/lib/taxonomy/install"),
    import("@/lib/demo/seed"),
    import("@/lib/surveys/queries"),
  ]);
  await resetDatabase();
  await installDefaultTaxonomy(db);
  await seedDemo(db);
  const campaignId = (await db.campaign.findFirstOrThrow({ select: { id: true } })).id;
  const versionId = (await publishedVersionId(campaignId))!;
  return { campaignId, versionId };
}
