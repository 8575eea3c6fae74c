import { describe, expect, it } from "vitest";
import { ABSOLUTE_LIFETIME_SECONDS, IDLE_TIMEOUT_SECONDS, sessionExpired } from "@/lib/auth/session-policy";

describe("session policy", () => {
  const start = 1_800_000_000;

  it("keeps an active session alive", () => {
    expect(sessionExpired({ signedInAt: start, lastSeenAt: start + 60 }, start + 120)).toBe(false);
  });

  it("ends a session idle for more than 30 minutes", () => {
    expect(IDLE_TIMEOUT_SECONDS).toBe(30 * 60);
    expect(sessionExpired({ signedInAt: start, lastSeenAt: start }, start + IDLE_TIMEOUT_SECONDS)).toBe(false);
    expect(sessionExpired({ signedInAt: start, lastSeenAt: start }, start + IDLE_TIMEOUT_SECONDS + 1)).toBe(true);
  });

  it("ends any session 12 hours after sign-in, however active", () => {
    expect(ABSOLUTE_LIFETIME_SECONDS).toBe(12 * 3600);
    const now = start + ABSOLUTE_LIFETIME_SECONDS + 1;
    expect(sessionExpired({ signedInAt: start, lastSeenAt: now - 5 }, now)).toBe(true);
  });

  it("treats a token without times as expired", () => {
    expect(sessionExpired({}, start)).toBe(true);
    expect(sessionExpired({ signedInAt: "x", lastSeenAt: start }, start)).toBe(true);
  });
});
