import { expect, type Browser, type Page } from "@playwright/test";
import pg from "pg";

export const DEMO_PASSWORD = "listen-demo-2026";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The first sign-in after the server starts hashes on a cold, shared 2-core machine: more than 5 s.
  await expect(page.getByTestId("current-user")).toBeVisible({ timeout: 20_000 });
}

/**
 * A reviewer accepts the classifier's confident suggestions on the review page (bulk accept), in a
 * browser context of its own: for a station's lead (./fixtures/officers), exactly its answers.
 */
export async function acceptSuggestions(browser: Browser, reviewer: { email: string; password: string }, expected: number) {
  const context = await browser.newContext({ locale: "en-US" });
  try {
    const page = await context.newPage();
    await signIn(page, reviewer.email, reviewer.password);
    await page.goto("/review");
    const bulk = page.getByTestId("bulk-accept");
    await bulk.getByTestId("bulk-start").click();
    await bulk.getByTestId("bulk-confirm").click();
    await expect(bulk.getByTestId("bulk-message")).toHaveText(expected === 1 ? "1 suggestion accepted." : `${expected} suggestions accepted.`, { timeout: 20_000 });
  } finally {
    await context.close();
  }
}

/** Reads one value from the e2e database (the same one the server under test uses). */
export async function queryOne<T>(sql: string, params: unknown[] = []): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const result = await client.query(sql, params);
    return result.rows[0] as T;
  } finally {
    await client.end();
  }
}
