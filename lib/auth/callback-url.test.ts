import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";

describe("safeCallbackPath", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeCallbackPath("/units")).toBe("/units");
    expect(safeCallbackPath("/dashboards?unit=a&b=c#top")).toBe("/dashboards?unit=a&b=c#top");
    expect(safeCallbackPath("/admin/codes/")).toBe("/admin/codes/");
  });

  it.each([
    "/\\evil.example/",
    "/%5Cevil.example/".replace("%5C", "\\"),
    "//evil.example/",
    "/\t/evil.example/",
    "/\n/evil.example",
    "/\\/evil.example",
    "/.//evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "",
  ])("sends %j home instead of to another host", (value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });

  it("treats a missing value as home", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(null)).toBe("/");
  });
});
