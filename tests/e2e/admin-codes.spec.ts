import { expect, test } from "./fixtures";
import { queryOne, signIn } from "./helpers";

test("an admin generates a batch of codes, sees printable slips once, and a slip's code opens the survey", async ({ page }) => {
  await signIn(page, "admin@demo.local");
  await page.goto("/admin/codes");
  await expect(page.getByRole("heading", { name: "Access codes", level: 1 })).toBeVisible();
  // The demo's small batch (3 codes) shows no rate; bigger ones do.
  await expect(page.locator('[data-testid="participation-row"][data-unit="OF-CC"]')).toContainText("fewer than 5 issued");
  await expect(page.locator('[data-testid="participation-row"][data-unit="PS-MK"]')).toContainText("%");
  const row = page.locator('[data-testid="participation-row"][data-unit="PS-SY"]');
  await expect(row).toContainText("none issued");

  await page.getByLabel("Unit").selectOption({ label: "Shuangyang Town Police Station (PS-SY)" });
  await page.getByLabel("Number of codes").fill("6");
  await page.getByRole("button", { name: "Generate codes" }).click();
  await expect(page.getByTestId("code-slip")).toHaveCount(6);
  const codes = await page.getByTestId("slip-code").allTextContents();
  for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$/);
  expect(new Set(codes).size).toBe(6);
  await expect(page.getByTestId("code-slip").first().locator("svg")).toBeVisible();
  await expect(page.getByTestId("code-slip").first()).toContainText("/survey/warning-project");
  await expect(page.getByRole("button", { name: "Print slips" })).toBeVisible();
  await expect(row).toContainText("0%");
  // Only digests are stored.
  const stored = await queryOne<{ n: number }>(`SELECT count(*)::int AS n FROM "AccessCode" WHERE digest = ANY($1)`, [codes]);
  expect(stored.n).toBe(0);

  // Gone once the admin leaves: the page cannot show them again.
  await page.getByRole("button", { name: "Done" }).click();
  await page.reload();
  await expect(page.getByTestId("code-slip")).toHaveCount(0);
  expect(await page.content()).not.toContain(codes[0]);

  // A slip's code is good for the survey.
  await page.goto(`/survey/warning-project#${codes[0].replace("-", "")}`);
  await page.getByRole("button", { name: "Start the questionnaire" }).click();
  await expect(page.getByTestId("progress")).toContainText("Section 1 of 8");
});

test("the batch form refuses wrong input with a message", async ({ page }) => {
  await signIn(page, "admin@demo.local");
  await page.goto("/admin/codes");
  await page.getByLabel("Unit").selectOption({ index: 1 });
  await page.getByLabel("Number of codes").evaluate((input: HTMLInputElement) => {
    input.removeAttribute("max");
    input.value = "5000";
  });
  await page.getByRole("button", { name: "Generate codes" }).click();
  await expect(page.getByText("Enter a whole number from 1 to 500.")).toBeVisible();
  await expect(page.getByTestId("code-slip")).toHaveCount(0);
});

test("research leads cannot issue codes", async ({ page }) => {
  await signIn(page, "lead@demo.local");
  await page.goto("/admin/codes");
  await expect(page.getByTestId("forbidden")).toBeVisible();
});

test("an admin previews a questionnaire version exactly as officers see it, without sending", async ({ page }) => {
  const { id } = await queryOne<{ id: string }>(`SELECT id FROM "QuestionnaireVersion" WHERE status = 'PUBLISHED' LIMIT 1`);
  const before = await queryOne<{ n: number }>(`SELECT count(*)::int AS n FROM "Response"`);
  await signIn(page, "admin@demo.local");
  await page.goto(`/admin/questionnaires/${id}/preview`);
  // The officers' own page, in a phone-sized frame.
  const preview = page.getByTestId("survey-preview").contentFrame();
  await expect(preview.getByTestId("preview-banner")).toBeVisible();
  await expect(preview.getByTestId("promises")).toBeVisible();
  await preview.getByRole("button", { name: "Start the questionnaire" }).click();
  await expect(preview.getByTestId("progress")).toContainText("Section 1 of 8");
  for (let i = 0; i < 8; i++) await preview.getByRole("button", { name: /^(Next|Check and send)$/ }).click();
  await expect(preview.getByTestId("missing-answer")).toHaveCount(2);
  expect((await queryOne<{ n: number }>(`SELECT count(*)::int AS n FROM "Response"`)).n).toBe(before.n);
});
