import { db } from "@/lib/db/client";

/** Empties every table of the test database (scripts/test.mjs created and migrated it). */
export async function resetDatabase(): Promise<void> {
  const rows = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (rows.length === 0) return;
  await db.$executeRawUnsafe(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} CASCADE`);
}

export async function unitIdByCode(code: string): Promise<string> {
  const unit = await db.unit.findUniqueOrThrow({ where: { code }, select: { id: true } });
  return unit.id;
}

export async function userByEmail(email: string) {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, unitId: true } });
}
