import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { queryOne, signIn } from "./helpers";

// A research lead's journey with paper questionnaires: typing sheets in with the keyboard only,
// then importing a file that has one bad row, reading the row-level report, fixing it, importing.
let before: string[] = [];
const paperIds = async () => (await queryOne<{ ids: string[] | null }>(`SELECT array_agg(id::text) AS ids FROM "Response" WHERE source = 'PAPER'`)).ids ?? [];

test.beforeAll(async () => {
  before = await paperIds();
});
// Leave the shared demo data as other specs expect it.
test.afterAll(async () => {
  await queryOne(`DELETE FROM "Response" WHERE source = 'PAPER' AND NOT (id::text = ANY($1::text[]))`, [before]);
});

/** Presses Tab until the element with this id (or the radio/checkbox group of this name) has focus. */
async function tabTo(page: Page, target: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const here = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el ? [el.id, el.name] : [];
    });
    if (here.includes(target)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test("a lead types paper sheets in with the keyboard and imports a file", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "lead@demo.local");
  await page.goto("/paper");
  await expect(page.getByRole("heading", { level: 1, name: "Paper questionnaires" })).toBeVisible();
  const count = page.getByTestId("session-count");
  await expect(count).toHaveText("No sheets entered yet in this session.");

  // Sheet 1, keyboard only: the unit by type-ahead, then Tab, typing, Space, Ctrl+Enter.
  const unit = page.getByLabel("Unit", { exact: true });
  await unit.focus();
  await page.keyboard.type("PS-MK");
  await expect(unit.locator("option:checked")).toHaveText(/Minkang Road/);
  await tabTo(page, "paper-q-hours_day");
  await page.keyboard.type("13");
  await tabTo(page, "paper-q-pressure");
  await page.keyboard.press("Space");
  await tabTo(page, "paper-q-shortages");
  await page.keyboard.press("Space");
  await tabTo(page, "paper-q-work_text");
  await page.keyboard.type("No money to repair the patrol car");
  await page.keyboard.press("Control+Enter");
  await expect(count).toHaveText("1 sheet entered in this session.");
  await expect(page.getByTestId("sheet-saved")).toHaveText("Sheet saved. The form is clear for the next one.");
  // Ready for the next sheet: answers cleared, the unit kept, focus back on the first field.
  await expect(unit).toBeFocused();
  await expect(unit.locator("option:checked")).toHaveText(/Minkang Road/);
  await expect(page.locator("#paper-q-hours_day")).toHaveValue("");

  // Sheet 2 with a mistake: the form says what is wrong, saves nothing, and puts focus on it.
  await tabTo(page, "paper-q-hours_day");
  await page.keyboard.type("30");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("entry-error")).toHaveText("2 answers need attention. Nothing was saved.");
  await expect(page.getByText("\"30\" is outside the allowed range 0 to 24.")).toBeVisible();
  await expect(page.locator("#paper-q-hours_day")).toBeFocused();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("12");
  await tabTo(page, "paper-q-pressure");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(count).toHaveText("2 sheets entered in this session.");

  const typed = await queryOne<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Response" r JOIN "Unit" u ON u.id = r."unitId"
     WHERE r.source = 'PAPER' AND u.code = 'PS-MK' AND r."receiptKey" IS NULL AND NOT (r.id::text = ANY($1::text[]))`,
    [before],
  );
  expect(typed.n).toBe(2);

  // The template comes with the lead's session.
  const download = page.waitForEvent("download");
  await page.getByTestId("template-csv").click();
  const template = readFileSync((await (await download).path())!, "utf8");
  expect(template.replace(/^\uFEFF/, "").split(/\r?\n/)[0]).toMatch(/^unit,role_level,service_years,age_band,hours_day,/);

  // A file with one bad row imports nothing and names the row, column and reason.
  const header = "unit,hours_day,pressure,shortages";
  const upload = async (rows: string[]) => {
    await page.getByLabel("File (CSV or XLSX)").setInputFiles({ name: "sheets.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...rows].join("\n")) });
    await page.getByRole("button", { name: "Check and import" }).click();
  };
  await upload(["SQ-NG,14,work,vehicles;radios", "BR-KC,30,mind,", "PS-DQ,12,income,funds"]);
  await expect(page.getByTestId("import-rejected")).toContainText("Nothing was imported: 1 problem was found.");
  const issue = page.getByTestId("import-issue");
  await expect(issue).toHaveCount(1);
  await expect(issue.locator("td")).toHaveText(["3", "hours_day", "\"30\" is outside the allowed range 0 to 24."]);
  expect((await paperIds()).length).toBe(before.length + 2);

  await upload(["SQ-NG,14,work,vehicles;radios", "BR-KC,13,mind,", "PS-DQ,12,income,funds"]);
  await expect(page.getByTestId("import-success")).toHaveText("3 paper questionnaires imported.");
  await expect(page.getByTestId("import-issue")).toHaveCount(0);
  expect((await paperIds()).length).toBe(before.length + 5);
  await expect(page.getByTestId("paper-count")).toHaveText(`${before.length + 5 - (await otherGroupsPaper())} paper questionnaires recorded for your units.`);
});

/** Paper responses of units outside Group 1, which the lead's count leaves out. */
async function otherGroupsPaper() {
  const row = await queryOne<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Response" r WHERE r.source = 'PAPER' AND (r."unitId" IS NULL OR r."unitId" NOT IN (
       SELECT gu."unitId" FROM "GroupUnit" gu JOIN "ResearchGroup" g ON g.id = gu."groupId" WHERE g.name = 'Group 1'))`,
  );
  return row.n;
}

test("a lead cannot import sheets for another group's unit", async ({ page }) => {
  await signIn(page, "lead@demo.local");
  await page.goto("/paper");
  await expect(page.getByLabel("Unit", { exact: true }).locator("option")).toHaveCount(8); // the prompt + Group 1's 7 units
  await page.getByLabel("File (CSV or XLSX)").setInputFiles({ name: "other.csv", mimeType: "text/csv", buffer: Buffer.from("unit,hours_day,pressure\nPS-XM,12,work\n") });
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByTestId("import-issue").locator("td")).toHaveText(["2", "unit", "\"PS-XM\" is not the code of one of your units in this campaign."]);
});
