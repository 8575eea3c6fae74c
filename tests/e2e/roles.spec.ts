import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

// Each role signs in and sees exactly its own navigation.
const EXPECTED: Record<string, { email: string; visible: string[]; hidden: string[] }> = {
  "research lead": {
    email: "lead@demo.local",
    visible: ["Overview", "Dashboards", "Units", "Seminars", "Paper entry", "Review", "Actions"],
    // The report is the whole bureau's (decision 014): not offered to a lead or a sub-bureau head.
    hidden: ["Report", "Problems", "Campaigns", "Questionnaires", "Access codes", "Users", "Audit log"],
  },
  "sub-bureau head": {
    email: "branchhead@demo.local",
    visible: ["Overview", "Dashboards", "Units", "Problems", "Actions"],
    hidden: ["Report", "Seminars", "Paper entry", "Review", "Campaigns", "Questionnaires", "Access codes", "Users", "Audit log"],
  },
  "department head": {
    email: "head@demo.local",
    visible: ["Overview", "Dashboards", "Units", "Problems", "Actions", "Report"],
    hidden: ["Seminars", "Paper entry", "Review", "Campaigns", "Questionnaires", "Access codes", "Users", "Audit log"],
  },
  admin: {
    email: "admin@demo.local",
    visible: ["Overview", "Dashboards", "Units", "Seminars", "Paper entry", "Review", "Problems", "Actions", "Report", "Campaigns", "Questionnaires", "Access codes", "Users", "Audit log"],
    hidden: [],
  },
};

for (const [role, { email, visible, hidden }] of Object.entries(EXPECTED)) {
  test(`${role} sees its own navigation`, async ({ page }) => {
    await signIn(page, email);
    const nav = page.getByTestId("main-nav").locator("div.hidden");
    for (const name of visible) await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
    for (const name of hidden) await expect(nav.getByRole("link", { name, exact: true })).toHaveCount(0);
    // Every link in the menu opens a real page, not an error.
    for (const name of visible) {
      await nav.getByRole("link", { name, exact: true }).click();
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.getByTestId("forbidden")).toHaveCount(0);
      await expect(page.getByTestId("not-found")).toHaveCount(0);
    }
  });
}

test("the admin sees the demo campaign's 16 measures and staff list", async ({ page }) => {
  await signIn(page, "admin@demo.local");
  await page.goto("/actions/table");
  await expect(page.getByTestId("action-row")).toHaveCount(16);
  await page.goto("/admin/users");
  await expect(page.getByTestId("user-row")).toHaveCount(6);
  await expect(page.getByText("$argon2")).toHaveCount(0);
});

test("the mobile layout folds the menu", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signIn(page, "lead@demo.local");
  await page.getByText("Menu", { exact: true }).click();
  await page.getByTestId("main-nav").locator("details").getByRole("link", { name: "Seminars" }).click();
  await expect(page.getByRole("heading", { name: "Seminars and listening sessions" })).toBeVisible();
});
