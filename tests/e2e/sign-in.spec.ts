import { expect, test } from "./fixtures";
import { encode } from "next-auth/jwt";
import { queryOne, signIn } from "./helpers";

test("a signed-out visit to a staff page goes to sign-in, and back after signing in", async ({ page }) => {
  await page.goto("/units");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Funits/);
  await page.getByLabel(/e-mail/i).fill("admin@demo.local");
  await page.getByLabel(/password/i).fill("listen-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/units$/);
  await expect(page.getByRole("heading", { name: "Units" })).toBeVisible();
  await expect(page.getByTestId("unit-row")).toHaveCount(22);
});

test("a callback address pointing at another host is not followed after sign-in", async ({ page, baseURL }) => {
  await page.goto("/signin?callbackUrl=/%5Cevil.example/");
  await page.getByLabel(/e-mail/i).fill("head@demo.local");
  await page.getByLabel(/password/i).fill("listen-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test("a wrong password shows an error and does not sign in", async ({ page, staff }) => {
  const account = await staff();
  await page.goto("/signin");
  await page.getByLabel(/e-mail/i).fill(account.email);
  await page.getByLabel(/password/i).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signin-error")).toHaveText("Wrong e-mail or password.");
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
});

test("after five wrong passwords the form says how long this address must wait", async ({ page, staff }) => {
  test.slow(); // six Argon2 checks and page updates; slow on a busy two-core machine
  const account = await staff();
  await page.goto("/signin");
  await page.getByLabel(/e-mail/i).fill(account.email);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel(/password/i).fill(`wrong-password-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("signin-error")).toHaveText("Wrong e-mail or password.");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByLabel(/password/i).fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signin-error")).toHaveText("Too many wrong passwords from this address. Wait up to 15 minutes and try again.");
});

test("empty fields get a message per field", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your e-mail address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
});

test("where a set-up link lands, the sign-in page says the password is set, in the browser's language, and only there", async ({ page, browser }) => {
  await page.goto("/signin?setup=1");
  await expect(page.getByTestId("signin-password-set")).toHaveText("Your password is set. Sign in now with your e-mail address and the new password.");
  await expect(page.getByTestId("signin-error")).toHaveCount(0);
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Staff sign-in" })).toBeVisible();
  await expect(page.getByTestId("signin-password-set")).toHaveCount(0);
  const zhContext = await browser.newContext({ locale: "zh-CN" });
  const zh = await zhContext.newPage();
  await zh.goto("/signin?setup=1");
  await expect(zh.getByTestId("signin-password-set")).toHaveText("密码已设置。现在可以用电子邮箱和新密码登录。");
  await zhContext.close();
});

test("the language switch changes the interface and is remembered", async ({ page }) => {
  await signIn(page, "head@demo.local");
  await expect(page.getByRole("link", { name: "Dashboards" })).toBeVisible();
  await page.getByTestId("language-switch").getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("link", { name: "数据看板" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("link", { name: "数据看板" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.getByTestId("language-switch").getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("link", { name: "Dashboards" })).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "lead@demo.local");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/seminars");
  await expect(page).toHaveURL(/\/signin/);
});

test("a session cookie copied before sign-out no longer works after it", async ({ page, context, browser, baseURL }) => {
  await signIn(page, "lead2@demo.local");
  const copied = (await context.cookies()).find((c) => c.name === "next-auth.session-token");
  expect(copied).toBeTruthy();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);

  const thief = await browser.newContext({ baseURL });
  await thief.addCookies([{ name: copied!.name, value: copied!.value, url: baseURL! }]);
  const session = await thief.request.get("/api/auth/session");
  expect(await session.json()).not.toHaveProperty("user");
  const other = await thief.newPage();
  await other.goto("/seminars");
  await expect(other).toHaveURL(/\/signin/);
  await thief.close();
});

test("a session idle for more than 30 minutes, or older than 12 hours, sends the user to sign in again", async ({ page, context, baseURL }) => {
  const admin = await queryOne<{ id: string; sessionVersion: number }>(`SELECT id, "sessionVersion" FROM "User" WHERE email = 'admin@demo.local'`);
  const now = Math.floor(Date.now() / 1000);
  for (const times of [
    { signedInAt: now - 3600, lastSeenAt: now - 31 * 60 },
    { signedInAt: now - 12 * 3600 - 60, lastSeenAt: now - 60 },
  ]) {
    const value = await encode({
      token: { sub: admin.id, role: "ADMIN", sessionVersion: admin.sessionVersion, email: "admin@demo.local", ...times },
      secret: process.env.AUTH_SECRET!,
    });
    await context.addCookies([{ name: "next-auth.session-token", value, url: baseURL! }]);
    await page.goto("/units");
    await expect(page).toHaveURL(/\/signin\?expired=1/);
    await expect(page.getByTestId("signin-error")).toHaveText("Your session ended. Please sign in again.");
  }
  // The same token, fresh, is accepted: the refusal above is about time, not the token.
  const fresh = await encode({
    token: { sub: admin.id, role: "ADMIN", sessionVersion: admin.sessionVersion, signedInAt: now, lastSeenAt: now },
    secret: process.env.AUTH_SECRET!,
  });
  await context.addCookies([{ name: "next-auth.session-token", value: fresh, url: baseURL! }]);
  await page.goto("/units");
  await expect(page.getByRole("heading", { name: "Units" })).toBeVisible();
});
