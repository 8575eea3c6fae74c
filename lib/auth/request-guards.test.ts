import { describe, expect, it } from "vitest";
import { isCrossSiteAction, servedOverHttps } from "@/lib/auth/request-guards";

const post = (headers: Record<string, string>) => isCrossSiteAction("POST", new Headers(headers));

describe("isCrossSiteAction", () => {
  it("lets same-site posts through, with or without a proxy's forwarded host", () => {
    expect(post({ origin: "http://localhost:3000", host: "localhost:3000", "next-action": "abc" })).toBe(false);
    expect(post({ origin: "https://portal.example.gov", host: "10.0.0.5:3000", "x-forwarded-host": "portal.example.gov" })).toBe(false);
    expect(post({ host: "localhost:3000" })).toBe(false);
    expect(isCrossSiteAction("GET", new Headers({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
  });

  it("catches another site's origin, a null origin and garbage", () => {
    expect(post({ origin: "https://evil.example", host: "localhost:3000", "next-action": "abc" })).toBe(true);
    expect(post({ origin: "http://localhost:3001", host: "localhost:3000" })).toBe(true);
    expect(post({ origin: "null", host: "localhost:3000" })).toBe(true);
    expect(post({ origin: "not a url", host: "localhost:3000" })).toBe(true);
  });
});

describe("servedOverHttps", () => {
  it("follows the public address", () => {
    expect(servedOverHttps("https://portal.example.gov")).toBe(true);
    expect(servedOverHttps("HTTPS://portal.example.gov")).toBe(true);
    expect(servedOverHttps("http://localhost:3000")).toBe(false);
    expect(servedOverHttps(undefined)).toBe(false);
  });
});
