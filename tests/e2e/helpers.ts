import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { sql } from "./fixtures/db";

export const DEMO_PASSWORD = "listen-demo-2026";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The first sign-in after the server starts hashes on a cold, shared 2-core machine: more than 5 s.
  await expect(page.getByTestId("current-user")).toBeVisible({ timeout: 20_000 });
}

export type OwnPage = { page: Page; errors: string[]; close: () => Promise<void> };

/** A page in a browser context of its own (English unless `options` say otherwise), collecting its console and page errors. */
export async function ownPage(browser: Browser, options: BrowserContextOptions = {}): Promise<OwnPage> {
  const context = await browser.newContext({ locale: "en-US", ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, errors, close: () => context.close() };
}

/**
 * A reviewer accepts the classifier's confident suggestions on the review page (bulk accept), in a
 * browser context of its own: for a station's lead (./fixtures/officers), exactly its answers.
 */
export async function acceptSuggestions(browser: Browser, reviewer: { email: string; password: string }, expected: number) {
  const { page, close } = await ownPage(browser);
  try {
    await signIn(page, reviewer.email, reviewer.password);
    await page.goto("/review");
    const bulk = page.getByTestId("bulk-accept");
    await bulk.getByTestId("bulk-start").click();
    await bulk.getByTestId("bulk-confirm").click();
    await expect(bulk.getByTestId("bulk-message")).toHaveText(expected === 1 ? "1 suggestion accepted." : `${expected} suggestions accepted.`, { timeout: 20_000 });
  } finally {
    await close();
  }
}

/** Reads one row from the e2e database (the same one the server under test uses). */
export async function queryOne<T>(text: string, params: unknown[] = []): Promise<T> {
  return (await sql<T>(text, params))[0];
}
