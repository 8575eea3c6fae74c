import "server-only";
import { createHmac } from "node:crypto";

// Access codes are stored only as keyed digests: a code row holds the digest and "used", no date,
// no response link, no batch order. See docs/decisions/002-survey-anonymity.md.

function codeSecret(): string {
  const secret = process.env.ACCESS_CODE_SECRET || process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("Set AUTH_SECRET (or ACCESS_CODE_SECRET): access codes are stored as keyed digests.");
  return secret;
}

export function hasCodeSecret(): boolean {
  return !!(process.env.ACCESS_CODE_SECRET || process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET);
}

/**
 * HMAC-SHA256 of a canonical code under the server's secret. A plain hash of a 50-bit code could
 * be reversed from a database copy by trying every code; without the secret it cannot, so a stolen
 * dump yields no usable codes. Changing the secret invalidates codes not yet used.
 */
export function codeDigest(normalized: string): string {
  return createHmac("sha256", codeSecret()).update(`access-code:${normalized}`).digest("hex");
}
