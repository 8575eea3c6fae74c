// Session lifetime rules, pure so the proxy, next-auth callbacks and tests share them.
export const ABSOLUTE_LIFETIME_SECONDS = 12 * 60 * 60;
export const IDLE_TIMEOUT_SECONDS = 30 * 60;

export type SessionTimes = { signedInAt?: unknown; lastSeenAt?: unknown };

/** Whether a session signed in at `signedInAt` and last active at `lastSeenAt` (epoch seconds) is over. */
export function sessionExpired(times: SessionTimes, nowSeconds: number): boolean {
  const { signedInAt, lastSeenAt } = times;
  if (typeof signedInAt !== "number" || typeof lastSeenAt !== "number") return true;
  return nowSeconds - signedInAt > ABSOLUTE_LIFETIME_SECONDS || nowSeconds - lastSeenAt > IDLE_TIMEOUT_SECONDS;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);
