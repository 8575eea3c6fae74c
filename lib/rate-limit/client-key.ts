import "server-only";
import { createHmac, randomBytes } from "node:crypto";

// A rate-limit bucket per client on a route that promises anonymity (receipt look-ups). The
// stored key is an HMAC of the address under a server secret and the current hour: no one with
// the database alone can recover or test an address (IPv4 has only 2^32 of them, so a plain hash
// would not do), and the same address gets an unrelated key each hour, so rows cannot be joined
// over time. Never store anything else about the request beside it (decision 008).
const ROTATE_SECONDS = 60 * 60;
// Without a configured secret (development only; production requires AUTH_SECRET) a key made
// here per process still hides addresses; instances then just do not share client buckets.
const processSecret = randomBytes(32);

export function clientBucketKey(prefix: string, address: string, nowMs = Date.now()): string | null {
  if (!address || address === "unknown") return null;
  const period = Math.floor(nowMs / 1000 / ROTATE_SECONDS);
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET ?? processSecret;
  const digest = createHmac("sha256", secret).update(`${prefix}|${period}|${address}`).digest("base64url").slice(0, 22);
  return `${prefix}:${digest}`;
}
