import { expect, test } from "./fixtures";
import { queryOne, signIn } from "./helpers";

// Formbricks' cross-tenant idea: what a role cannot see must not open by URL either.
test("a research lead cannot open another group's unit by URL", async ({ page }) => {
  const own = await queryOne<{ id: string }>(`SELECT id FROM "Unit" WHERE code = 'PS-MK'`);
  const other = await queryOne<{ id: string }>(`SELECT id FROM "Unit" WHERE code = 'PS-XM'`);
  await signIn(page, "lead@demo.local");

  await page.goto(`/units/${own.id}`);
  await expect(page.getByRole("heading", { name: "Minkang Road Police Station" })).toBeVisible();

  const response = await page.goto(`/units/${other.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
  await expect(page.getByText("Xinmin Street Police Station")).toHaveCount(0);

  await page.goto("/units");
  await expect(page.getByTestId("unit-row")).toHaveCount(7);
});

test("a branch head sees the branch and the units under it only", async ({ page }) => {
  await signIn(page, "branchhead@demo.local");
  await page.goto("/units");
  const names = await page.getByTestId("unit-row").locator("td:first-child").allInnerTexts();
  expect(names.sort()).toEqual(["Minkang Road Police Station", "Nanguan Criminal-Police Squadron", "Nanguan Sub-bureau"]);
});

test("a research lead cannot open administrator pages by URL", async ({ page }) => {
  await signIn(page, "lead@demo.local");
  for (const path of ["/admin/users", "/admin/campaigns", "/problems", "/actions/new", "/admin/audit"]) {
    await page.goto(path);
    await expect(page.getByTestId("forbidden")).toBeVisible();
  }
});
