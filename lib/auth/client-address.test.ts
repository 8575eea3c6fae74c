import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";

describe("clientAddress", () => {
  it("takes the entry added by the trusted proxy, which a client cannot forge", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" });
    expect(clientAddress(headers, 1)).toBe("10.0.0.7");
    expect(clientAddress(headers, 2)).toBe("6.6.6.6");
  });

  it("reads plain header objects as next-auth passes them", () => {
    expect(clientAddress({ "x-forwarded-for": "192.0.2.1" }, 1)).toBe("192.0.2.1");
  });

  it("says unknown without the header", () => {
    expect(clientAddress(new Headers(), 1)).toBe("unknown");
  });
});
