import { describe, expect, it } from "vitest";
import { signInSchema } from "@/lib/auth/sign-in";
import { setupPasswordSchema } from "@/lib/users/schemas";

describe("sign-in validation", () => {
  it("normalises the e-mail address", () => {
    expect(signInSchema.parse({ email: "  Admin@Demo.Local ", password: "x" }).email).toBe("admin@demo.local");
  });

  it("refuses a missing or malformed e-mail", () => {
    expect(signInSchema.safeParse({ email: "admin", password: "x" }).success).toBe(false);
    expect(signInSchema.safeParse({ password: "x" }).success).toBe(false);
  });

  it("requires passwords of at least 12 characters, with a message key both languages translate", () => {
    const token = "t".repeat(20);
    const short = setupPasswordSchema.safeParse({ token, password: "short-pass", confirm: "short-pass" });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0].message).toBe("passwordTooShort");
    expect(setupPasswordSchema.safeParse({ token, password: "twelve-chars", confirm: "twelve-chars" }).success).toBe(true);
  });
});
