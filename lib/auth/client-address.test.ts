import { request as httpRequest, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, normaliseAddress, resolveClientAddress, trustedProxyHops } from "@/lib/auth/client-address";
import { watchClientAddresses } from "@/lib/auth/client-address-watch";

describe("resolveClientAddress", () => {
  it("trusts no header by default: a directly reached server uses the socket's peer", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(resolveClientAddress("6.6.6.6", "203.0.113.5", 0)).toBe("203.0.113.5");
    expect(resolveClientAddress(undefined, "203.0.113.5", 0)).toBe("203.0.113.5");
  });

  it("behind N proxies takes the entry the outermost proxy wrote, whatever the client prepended", () => {
    expect(resolveClientAddress("198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
    expect(resolveClientAddress("6.6.6.6, 7.7.7.7, 198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
    expect(resolveClientAddress("6.6.6.6, 198.51.100.7, 10.0.0.1", "10.0.0.2", 2)).toBe("198.51.100.7");
  });

  it("never reaches past what the proxies wrote when they wrote less than configured", () => {
    expect(resolveClientAddress(undefined, "10.0.0.2", 1)).toBe("10.0.0.2");
  });

  it("refuses odd settings rather than trusting the header", () => {
    expect(trustedProxyHops("-1")).toBe(0);
    expect(trustedProxyHops("one")).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
  });

  it("groups IPv6 addresses by /64 and unwraps IPv4-mapped ones", () => {
    expect(normaliseAddress("::ffff:192.0.2.9")).toBe("192.0.2.9");
    expect(normaliseAddress("2001:db8:0:1:aaaa::1")).toBe("2001:db8:0:1::/64");
    expect(normaliseAddress("2001:DB8:0:1:bbbb:cccc:dddd:eeee")).toBe("2001:db8:0:1::/64");
    expect(normaliseAddress("::1")).toBe("0:0:0:0::/64");
  });
});

describe("watchClientAddresses", () => {
  it("writes the socket's address over a forged header before the server sees the request", async () => {
    watchClientAddresses(0);
    const seen: (string | undefined)[] = [];
    const server = createServer((req, res) => {
      seen.push(clientAddress(req.headers as Record<string, string>));
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest({ port, host: "127.0.0.1", headers: { "x-forwarded-for": "6.6.6.6", [CLIENT_ADDRESS_HEADER]: "6.6.6.6" } }, (res) => {
        res.resume();
        res.on("end", resolve);
      });
      req.on("error", reject);
      req.end();
    });
    await new Promise((resolve) => server.close(resolve));
    expect(seen).toEqual(["127.0.0.1"]);
  });

  it("says unknown when nothing resolved the address", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6" }))).toBe("unknown");
  });
});
