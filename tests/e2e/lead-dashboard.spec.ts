import { expect, test } from "./fixtures";
import { queryOne, signIn } from "./helpers";

// A research lead's dashboards cover exactly the group's seven units, and another group's unit
// cannot be reached through the filters, the URL or the drill-down.
const GROUP_1 = [
  "Command Centre (110)",
  "East Bridge Police Station",
  "Kuancheng Sub-bureau",
  "Minkang Road Police Station",
  "Nanguan Criminal-Police Squadron",
  "Nanguan Sub-bureau",
  "Patrol Detachment",
];

test("a research lead sees only the group's units", async ({ page }, testInfo) => {
  await signIn(page, "lead@demo.local");
  await page.goto("/dashboards");
  await expect(page.getByRole("heading", { name: "Dashboards", level: 1 })).toBeVisible();
  const options = (await page.getByLabel("Unit (with the units under it)").locator("option").allTextContents()).slice(
    1,
  );
  expect(options.map((o) => o.trim()).sort()).toEqual(GROUP_1);
  await page.getByTestId("chart-participation").getByText("Show as table").click();
  await expect(page.getByTestId("participation-row").first()).toBeVisible();
  expect((await page.getByTestId("participation-row").locator("td:first-child").allTextContents()).sort()).toEqual(
    GROUP_1,
  );
  expect((await page.getByTestId("heatmap-row").locator("th").allTextContents()).sort()).toEqual(GROUP_1);
  await expect(page.getByText("Xinmin Street Police Station")).toHaveCount(0);
  await expect(page.getByTestId("chart-participation").getByTestId("bar").first()).toBeVisible();
  await testInfo.attach("lead-dashboard", {
    body: await page.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
});

test("another group's unit stays out of reach by URL and drill-down", async ({ page }) => {
  const other = await queryOne<{ id: string }>(`SELECT id FROM "Unit" WHERE code = 'PS-XM'`);
  await signIn(page, "lead@demo.local");
  await page.goto(`/dashboards?unit=${other.id}`);
  await expect(page.getByTestId("dashboard-refused")).toContainText("not in the part of the organisation you can see");
  // The evidence page answers "not found", and its title names no unit (issue 10: it read
  // "Evidence: ... at No unit (kiosk link)").
  const response = await page.goto(`/dashboards/evidence?cellUnit=${other.id}&category=workload`);
  expect(response!.status()).toBe(404);
  await expect(page.getByText("No unit (kiosk link)")).toHaveCount(0);
  await expect(page.getByText("Xinmin Street Police Station")).toHaveCount(0);
});
