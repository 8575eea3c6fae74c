import { expect, type Page } from "@playwright/test";
import pg from "pg";

export const DEMO_PASSWORD = "listen-demo-2026";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Argon2 and a first render can take several seconds on a loaded 2-core machine.
  await expect(page.getByTestId("current-user")).toBeVisible({ timeout: 20_000 });
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
