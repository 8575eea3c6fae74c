import { describe, expect, it } from "vitest";
import { passwordSchema } from "@/lib/auth/password";
import { signInSchema } from "@/lib/auth/sign-in";

describe("sign-in validation", () => {
  it("normalises the e-mail address", () => {
    expect(signInSchema.parse({ email: "  Admin@Demo.Local ", password: "x" }).email).toBe("admin@demo.local");
  });

  it("refuses a missing or malformed e-mail", () => {
    expect(signInSchema.safeParse({ email: "admin", password: "x" }).success).toBe(false);
    expect(signInSchema.safeParse({ password: "x" }).success).toBe(false);
  });

  it("requires passwords of at least 12 characters with a message a person can act on", () => {
    const short = passwordSchema.safeParse("short-pass");
    expect(short.success).toBe(false);
    expect(short.error?.issues[0].message).toBe("Use at least 12 characters.");
    expect(passwordSchema.safeParse("twelve-chars").success).toBe(true);
  });
});
