import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { queryOne, signIn } from "./helpers";

// A research lead finds a wrongly typed paper sheet among the recorded ones, corrects it, then
// deletes it, and sees the counts follow: the list's total, the paper page's count and the
// dashboard's respondents. The sheet is this test's own (typed in here, removed at the end).
const MARKER = `E2E sheet to correct ${Date.now()}`;

test.afterAll(async () => {
  await queryOne(`DELETE FROM "Response" WHERE source = 'PAPER' AND id IN (SELECT "responseId" FROM "Answer" WHERE "textValue" LIKE 'E2E sheet to correct%')`);
});

const number = async (page: Page, testId: string) => Number((await page.getByTestId(testId).textContent())!.replace(/[^\d]/g, ""));

async function dashboardRespondents(page: Page) {
  await page.goto("/dashboards");
  return number(page, "stat-respondents");
}

test("a lead corrects a recorded paper sheet, then deletes it, and the counts follow", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "lead@demo.local");
  const respondents = await dashboardRespondents(page);

  // The sheet as typed, with a mistake: 13 hours typed as 3.
  await page.goto("/paper");
  await page.getByLabel("Unit", { exact: true }).selectOption({ label: "PS-MK · Minkang Road Police Station" });
  await page.locator("#paper-q-hours_day").fill("3");
  await page.locator('[data-key="pressure"]').getByText("Workload").click();
  await page.locator("#paper-q-work_text").fill(MARKER);
  await page.getByRole("button", { name: "Save sheet" }).click();
  await expect(page.getByTestId("sheet-saved")).toHaveText("Sheet saved. The form is clear for the next one.");
  await page.reload();
  const recorded = await number(page, "paper-count");
  expect(await dashboardRespondents(page)).toBe(respondents + 1);

  // The list: every sheet of the lead's units, paged; the total matches the paper page.
  await page.goto("/paper");
  await page.getByTestId("paper-sheets-link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Recorded paper sheets" })).toBeVisible();
  expect(await number(page, "sheets-total")).toBe(recorded);
  await expect(page.getByTestId("sheet-row")).toHaveCount(Math.min(recorded, 25));

  // Open the sheet (its id from the database: the list is by unit and random id, not by entry).
  const { id } = await queryOne<{ id: string }>(
    `SELECT r.id::text AS id FROM "Response" r JOIN "Answer" a ON a."responseId" = r.id WHERE a."textValue" = $1`,
    [MARKER],
  );
  await page.goto(`/paper/sheets/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Paper sheet ${id.slice(0, 8)}` })).toBeVisible();
  await expect(page.locator("#paper-q-hours_day")).toHaveValue("3");
  await expect(page.locator("#paper-q-work_text")).toHaveValue(MARKER);

  // A wrong correction is refused as at entry, then the right one is saved.
  await page.locator("#paper-q-hours_day").fill("30");
  await page.getByRole("button", { name: "Save correction" }).click();
  await expect(page.getByText("\"30\" is outside the allowed range 0 to 24.")).toBeVisible();
  await page.locator("#paper-q-hours_day").fill("13");
  await page.getByRole("button", { name: "Save correction" }).click();
  await expect(page.getByTestId("sheet-saved")).toHaveText("Correction saved. The dashboards count the corrected answers.");
  const hours = await queryOne<{ value: number }>(
    `SELECT a."numberValue" AS value FROM "Answer" a JOIN "Question" q ON q.id = a."questionId" WHERE a."responseId" = $1 AND q.key = 'hours_day'`,
    [id],
  );
  expect(hours.value).toBe(13);
  expect(await dashboardRespondents(page)).toBe(respondents + 1);

  // Delete: asked first; "Keep" keeps it, "Yes" removes it.
  await page.goto(`/paper/sheets/${id}`);
  await page.getByTestId("delete-sheet").click();
  await expect(page.getByTestId("delete-sheet-confirm")).toContainText(`Delete sheet ${id.slice(0, 8)}?`);
  await expect(page.getByRole("button", { name: "Keep the sheet" })).toBeFocused();
  await page.getByRole("button", { name: "Keep the sheet" }).click();
  await page.getByTestId("delete-sheet").click();
  await page.getByTestId("delete-sheet-yes").click();
  await expect(page.getByTestId("sheet-deleted")).toHaveText("The sheet was deleted. The dashboards no longer count it.");
  expect(await number(page, "sheets-total")).toBe(recorded - 1);
  expect((await queryOne<{ n: number }>(`SELECT count(*)::int AS n FROM "Response" WHERE id = $1`, [id])).n).toBe(0);
  await page.goto("/paper");
  expect(await number(page, "paper-count")).toBe(recorded - 1);
  expect(await dashboardRespondents(page)).toBe(respondents);

  // Both corrections and the deletion are in the audit log, by this lead.
  const audit = await queryOne<{ actions: string[] }>(
    `SELECT array_agg(e.action ORDER BY e.action) AS actions FROM "AuditEvent" e JOIN "User" u ON u.id = e."actorId" WHERE e."targetId" = $1 AND u.email = 'lead@demo.local'`,
    [id],
  );
  expect(audit.actions).toEqual(["paper.correct", "paper.delete"]);
});

test("another group's lead finds no such sheet", async ({ page }) => {
  // A demo sheet of Nanguan Sub-bureau, one of Group 1's units (the demo has none of PS-MK).
  const { id } = await queryOne<{ id: string }>(
    `SELECT r.id::text AS id FROM "Response" r JOIN "Unit" u ON u.id = r."unitId" WHERE u.code = 'BR-NG' AND r.source = 'PAPER' ORDER BY r.id LIMIT 1`,
  );
  await signIn(page, "lead2@demo.local");
  const response = await page.goto(`/paper/sheets/${id}`);
  expect(response?.status()).toBe(404);
  await page.goto("/paper/sheets");
  await expect(page.locator(`a[href="/paper/sheets/${id}"]`)).toHaveCount(0);
});
