import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

// A department head compares the demo campaign with last year's survey of the same units
// (lib/demo/earlier-campaign.ts), in English and in Chinese, and turns the comparison off. Reads
// only; the demo data stays as it is.

const heardIn = async (text: Promise<string>) => (await text).match(/\d[\d,]*/g)!.map((n) => Number(n.replace(/,/g, "")));

test("a department head sees the change since last year's survey, in English and Chinese", async ({ page, baseURL }) => {
  // Two dashboards per page view (this campaign's and last year's), in two languages.
  test.setTimeout(90_000);
  await signIn(page, "head@demo.local");
  await page.goto("/dashboards");
  const section = page.getByTestId("campaign-comparison");
  await expect(section.getByRole("heading", { name: "Change since an earlier campaign" })).toBeVisible();
  // The default: the most recent earlier campaign sharing aspects.
  await expect(section.getByTestId("compare-pick").locator("option:checked")).toHaveText(
    /^Last year's listening survey \(from \d{4}-\d{2}-\d{2}, \d+ aspects in common\)$/,
  );
  // People heard: last year's 260 respondents, and this campaign's 320 plus its seminars.
  const [earlier, current] = await heardIn(section.getByTestId("comparison-heard").innerText());
  expect(earlier).toBe(260);
  expect(current).toBeGreaterThan(320);
  // Every category and aspect row shows a change in percentage points or says why it does not.
  const aspects = section.getByTestId("comparison-aspects-item");
  expect(await aspects.count()).toBeGreaterThan(5);
  const changes = await section.getByTestId("comparison-change").allInnerTexts();
  for (const text of changes) expect(text).toMatch(/(?:[+−±]\d+ pp|No change shown: .+)$/);
  expect(changes.some((text) => /[+−±]\d+ pp$/.test(text))).toBe(true);
  // The hours question was asked in both campaigns: its means and their change.
  await expect(section.getByTestId("comparison-means-row").filter({ hasText: "how many hours do you work?" }).first())
    .toContainText(/\d+(\.\d)?\s*\d+(\.\d)?\s*[+−±]\d/);

  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "zh", url: baseURL! }]);
  await page.reload();
  await expect(section.getByRole("heading", { name: "与以往调研活动相比的变化" })).toBeVisible();
  await expect(section.getByTestId("compare-pick").locator("option:checked")).toContainText("去年的听取意见问卷调查");
  const zhChanges = await section.getByTestId("comparison-change").allInnerTexts();
  expect(zhChanges.some((text) => /[+−±]\d+ 个百分点$/.test(text))).toBe(true);
  for (const text of zhChanges) expect(text).toMatch(/(?:[+−±]\d+ 个百分点|不显示变化：.+)$/);

  // Turned off, the section keeps only the picker.
  await section.getByTestId("compare-pick").selectOption("none");
  await section.getByRole("button", { name: "对比", exact: true }).click();
  await expect(page).toHaveURL(/compare=none/);
  await expect(section.getByText("已关闭对比")).toBeVisible();
  await expect(section.getByTestId("comparison-change")).toHaveCount(0);
});

test("a sub-bureau head compares only their own subtree on both sides", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, "branchhead@demo.local");
  await page.goto("/dashboards");
  const section = page.getByTestId("campaign-comparison");
  await expect(section).toBeVisible();
  // Nanguan Sub-bureau, its station and its squadron: part of last year's 260 (the bureau head's
  // figure in the test above), never all of them.
  const [earlier] = await heardIn(section.getByTestId("comparison-heard").innerText());
  expect(earlier).toBeGreaterThan(0);
  expect(earlier).toBeLessThan(260);
});
