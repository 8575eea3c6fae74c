import "server-only";
import { db } from "@/lib/db/client";

export async function checkDatabase(): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message.split("\n")[0] : "database unreachable" };
  }
}
