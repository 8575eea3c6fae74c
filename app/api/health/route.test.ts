import { describe, expect, it, vi } from "vitest";

const checkDatabase = vi.fn();
vi.mock("@/lib/health/check", () => ({ checkDatabase: () => checkDatabase() }));
const { GET } = await import("./route");

describe("GET /api/health", () => {
  it("answers ok when the database answers", async () => {
    checkDatabase.mockResolvedValue({ ok: true });
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 with the reason when it does not", async () => {
    checkDatabase.mockResolvedValue({ ok: false, reason: "connect ECONNREFUSED 127.0.0.1:5432" });
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", db: "unreachable", reason: "connect ECONNREFUSED 127.0.0.1:5432" });
  });
});
