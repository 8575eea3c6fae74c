import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/http/csp";
import { isPublicPath, isSurveyPath } from "@/lib/http/paths";

describe("route areas", () => {
  it("treats the officer's survey and receipt routes as survey paths", () => {
    for (const path of ["/survey", "/survey/abc", "/receipt", "/api/survey/responses"]) expect(isSurveyPath(path)).toBe(true);
    for (const path of ["/surveys-admin", "/units", "/api/health"]) expect(isSurveyPath(path)).toBe(false);
  });

  it("lets nobody into staff pages without signing in", () => {
    for (const path of ["/", "/units", "/admin/users", "/seminars"]) expect(isPublicPath(path)).toBe(false);
    for (const path of ["/signin", "/api/health", "/api/auth/session", "/survey"]) expect(isPublicPath(path)).toBe(true);
  });
});

describe("content security policy", () => {
  it("allows scripts only with the nonce and forbids framing and other hosts", () => {
    const csp = contentSecurityPolicy("abc", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:/);
  });
});
