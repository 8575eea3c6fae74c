// Brings a migrated database to a usable state: the default taxonomy always; the first admin from
// FIRST_ADMIN_EMAIL / FIRST_ADMIN_PASSWORD when no admin exists; the demo campaign with --demo.
// Run with `tsx --conditions=react-server` (the library modules are server-only).
import { db } from "@/lib/db/client";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { installDefaultTaxonomy } from "@/lib/taxonomy/install";
import { seedDemo } from "@/lib/demo/seed";

async function main() {
  await installDefaultTaxonomy(db);

  const email = process.env.FIRST_ADMIN_EMAIL?.trim().toLowerCase();
  const password = process.env.FIRST_ADMIN_PASSWORD;
  if (email && password && (await db.user.count({ where: { role: "ADMIN" } })) === 0) {
    // The set-up form's rule (lib/users/schemas.ts), told to the operator in the terminal.
    if (password.length < MIN_PASSWORD_LENGTH || password.length > 200) throw new Error(`FIRST_ADMIN_PASSWORD: use at least ${MIN_PASSWORD_LENGTH} characters (at most 200).`);
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
