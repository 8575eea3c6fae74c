import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordChange } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";

// One-time set-up links: the new (or reset) user opens it and chooses a password. The token has
// 256 random bits and only its SHA-256 is stored, so a database copy yields no usable link; it
// works once, for SETUP_LINK_HOURS.

const SETUP_LINK_HOURS = 72;

const digest = (token: string) => createHash("sha256").update(`setup-link:${token}`).digest("hex");

/** Makes a new link for the user (any earlier one stops working). Returns the path to show once. */
export async function issueSetupLink(tx: Tx, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.user.update({
    where: { id: userId },
    data: { setupTokenHash: digest(token), setupTokenExpires: new Date(Date.now() + SETUP_LINK_HOURS * 3600_000) },
  });
  return `/setup/${token}`;
}

/** Whom a link is for, if it is still valid (the page greets them by name). */
export async function setupLinkUser(token: string) {
  const user = await db.user.findUnique({ where: { setupTokenHash: digest(token) }, select: { name: true, email: true, active: true, setupTokenExpires: true } });
  if (!user || !user.active || !user.setupTokenExpires || user.setupTokenExpires < new Date()) return null;
  return { name: user.name, email: user.email };
}

/** Sets the password and spends the link; false when the link is unknown, used, expired or the account inactive. */
export async function spendSetupLink(token: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { setupTokenHash: digest(token) }, select: { id: true, active: true, setupTokenExpires: true } });
    if (!user || !user.active || !user.setupTokenExpires || user.setupTokenExpires < new Date()) return false;
    // The conditional update makes two tabs using one link at once succeed only once.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, setupTokenHash: digest(token) },
      data: { passwordHash, setupTokenHash: null, setupTokenExpires: null },
    });
    if (count === 0) return false;
    await recordChange(tx, { actorId: user.id, action: "user.setup_password", targetType: "User", targetId: user.id });
    return true;
  });
}
