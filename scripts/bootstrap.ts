// Brings a migrated database to a usable state: the default taxonomy always; the first admin from
// FIRST_ADMIN_EMAIL / FIRST_ADMIN_PASSWORD when no admin exists; the demo campaign with --demo.
// Run with `tsx --conditions=react-server` (the library modules are server-only).
import { db } from "@/lib/db/client";
import { hashPassword, passwordSchema } from "@/lib/auth/password";
import { installDefaultTaxonomy } from "@/lib/taxonomy/install";
import { seedDemo } from "@/lib/demo/seed";

async function main() {
  await installDefaultTaxonomy(db);

  const email = process.env.FIRST_ADMIN_EMAIL?.trim().toLowerCase();
  const password = process.env.FIRST_ADMIN_PASSWORD;
  if (email && password && (await db.user.count({ where: { role: "ADMIN" } })) === 0) {
    const checked = passwordSchema.safeParse(password);
    if (!checked.success) throw new Error(`FIRST_ADMIN_PASSWORD: ${checked.error.issues[0].message}`);
    await db.user.create({ data: { email, name: process.env.FIRST_ADMIN_NAME ?? "Administrator", role: "ADMIN", passwordHash: await hashPassword(password) } });
    console.log(`bootstrap: created the first admin ${email}`);
  }

  if (process.argv.includes("--demo")) {
    const loaded = await seedDemo(db, { earlierCampaign: true });
    console.log(loaded ? "bootstrap: demo campaign loaded" : "bootstrap: demo campaign already present");
  }
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error("bootstrap failed:", error instanceof Error ? error.message : error);
    await db.$disconnect();
    process.exit(1);
  });
