import { afterEach, describe, expect, it, vi } from "vitest";
import { POST } from "./route";

const post = (body: unknown) => POST(new Request("http://x/api/client-errors", { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) }));

describe("POST /api/client-errors", () => {
  afterEach(() => vi.restoreAllMocks());

  it("logs the event id and path, and nothing else", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const response = await post({ id: "abc123", path: "/review", digest: true, message: "secret text" });
    expect(response.status).toBe(204);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0][0]).toContain("abc123");
    expect(warn.mock.calls[0][0]).toContain("/review");
    expect(warn.mock.calls[0][0]).not.toContain("secret text");
  });

  it.each([["not json"], [{ id: "a b", path: "/", digest: false }], [{ id: "abcd", path: "/x?q=name", digest: false }], ["x".repeat(2000)]])("refuses %s without logging", async (body) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const response = await post(body);
    expect([400, 413]).toContain(response.status);
    expect(warn).not.toHaveBeenCalled();
  });
});
