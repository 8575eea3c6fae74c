import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// Issue 10 items 2: choice questions appear (counts and shares, in the report's order of
// sections, with a table view). Drafts staying out is tested in tests/integration/dashboards-cross-view.test.ts.

test("a department head reads single- and multiple-choice distributions in report order", async ({ page }) => {
  await signIn(page, "head@demo.local");
  await page.goto("/dashboards");
  const pressure = page.getByTestId("chart-choice").filter({ hasText: "Which pressure weighs most on you?" });
  await expect(pressure).toHaveCount(1);
  await expect(pressure).toContainText("Workload");
  const lacks = page.getByTestId("chart-choice").filter({ hasText: "What does your unit lack?" });
  await expect(lacks).toContainText("Several answers possible");
  // The table view lists every option with its count and share (or "hidden").
  await lacks.getByText("Show as table").click();
  await expect(lacks.locator("table tbody tr").first()).toContainText(/\d+%|hidden/);
  // Sections in the report's order: A's questions come before B's.
  const sections = await page.getByTestId("question-section").locator("h3").first().allTextContents();
  expect(sections[0]).toMatch(/^A\. /);
});
