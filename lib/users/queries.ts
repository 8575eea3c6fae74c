import "server-only";
import { db } from "@/lib/db/client";

/** Staff accounts without their password hashes. */
export async function listUsers() {
  return db.user.findMany({
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, unit: { select: { name: true, nameZh: true } } },
  });
}
