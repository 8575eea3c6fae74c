import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { queryOne, signIn } from "./helpers";

// The administrator's journey: build a small questionnaire with a few question types, reorder with
// the keyboard, add a profile question, publish.
const TITLE = "E2E pulse check";

// Publishing makes this the campaign's newest questionnaire; remove it, and the demo
// questionnaire's new draft, so the other specs see the demo data as it was.
test.afterAll(async () => {
  await queryOne(`DELETE FROM "Questionnaire" WHERE title = $1`, [TITLE]);
  await queryOne(`DELETE FROM "QuestionnaireVersion" WHERE status = 'DRAFT' AND "questionnaireId" IN (SELECT id FROM "Questionnaire" WHERE title = 'Listening campaign questionnaire')`);
});

async function addQuestion(page: Page, section: string, fill: (editor: ReturnType<Page["getByTestId"]>) => Promise<void>) {
  await page.getByRole("button", { name: `Add a question to "${section}"` }).click();
  const editor = page.getByTestId("question-editor");
  await fill(editor);
  await editor.getByRole("button", { name: "Add question" }).click();
  await expect(editor).toHaveCount(0);
}

test("an admin builds, reorders and publishes a questionnaire", async ({ page }) => {
  // A long journey of a dozen server round trips on a shared 2-core machine.
  test.setTimeout(90_000);
  await signIn(page, "admin@demo.local");
  await page.goto("/admin/questionnaires");
  const create = page.getByTestId("new-questionnaire");
  await create.getByRole("button", { name: "Create" }).click();
  await expect(create.getByText("Enter a title.")).toBeVisible();
  await create.getByLabel("Title").fill(TITLE);
  await create.getByLabel("Language of the questions").selectOption("en");
  await create.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByTestId("version-status")).toContainText("Draft");

  await page.getByLabel("New section").fill("Work");
  await page.getByRole("button", { name: "Add section" }).click();
  await expect(page.getByRole("heading", { name: /Work/ })).toBeVisible();

  await addQuestion(page, "Work", async (editor) => {
    await editor.getByLabel("Key").fill("Hours Week");
    await editor.getByLabel("Type").selectOption("NUMBER");
    await editor.getByLabel("Question", { exact: true }).fill("How many hours do you work in a normal week?");
    await editor.getByLabel("An answer is required").check();
    await editor.getByLabel("Unit (e.g. hours)").fill("hours");
    await editor.getByLabel("Lowest allowed").fill("0");
    await editor.getByLabel("Highest allowed").fill("168");
    await editor.getByLabel("Norm value (optional)").fill("40");
    await editor.getByLabel(/Norm label/).fill("40 hours under the Labour Law");
    await editor.getByRole("button", { name: "Add question" }).click();
    // Bad input gets a clear message next to the field, and nothing is saved.
    await expect(editor.getByText("Use lower-case letters, digits and _ only, starting with a letter (e.g. hours_week).")).toBeVisible();
    await expect(editor.getByLabel("Key")).toBeFocused();
    await editor.getByLabel("Key").fill("hours_week");
  });
  await expect(page.getByTestId("question").filter({ hasText: "hours_week" })).toContainText("norm 40: 40 hours under the Labour Law");

  await addQuestion(page, "Work", async (editor) => {
    await editor.getByLabel("Key").fill("pressure");
    await editor.getByLabel("Question", { exact: true }).fill("Which pressure weighs most on you?");
    await editor.getByLabel("Aspect").selectOption("B1");
    await editor.getByLabel("Label of option 1").fill("Workload");
    await editor.getByLabel("Label of option 2").fill("None in particular");
    await editor.getByLabel("Label of option 2").blur();
    // Values are suggested from English labels.
    await expect(editor.getByLabel("Value of option 2")).toHaveValue("none_in_particular");
  });

  await addQuestion(page, "Work", async (editor) => {
    await editor.getByLabel("Key").fill("backing");
    await editor.getByLabel("Type").selectOption("LIKERT");
    await editor.getByLabel("Question", { exact: true }).fill("The organisation backs me when I am attacked on duty.");
  });

  const keys = page.getByTestId("question-key");
  await expect(keys).toHaveText(["hours_week", "pressure", "backing"]);

  // Keyboard reordering: focus stays on the button, so a second press moves it on.
  const up = page.getByRole("button", { name: "Move question backing up" });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect(keys).toHaveText(["hours_week", "backing", "pressure"]);
  await expect(up).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(keys).toHaveText(["backing", "hours_week", "pressure"]);
  await expect(page.getByRole("status").filter({ hasText: "backing is now number 1 of 3." })).toHaveCount(1);

  await page.getByRole("button", { name: "Add age band" }).click();
  await expect(page.getByRole("heading", { name: /About you \(optional\)/ })).toBeVisible();
  await expect(page.getByTestId("question").filter({ hasText: "age_band" })).toContainText("Prefer not to say");

  await expect(page.getByTestId("preview-link")).toHaveAttribute("href", /\/preview$/);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("version-status").getByTestId("status-badge")).toHaveText("Published");
  await expect(page.getByTestId("version-status")).toContainText("with no responses yet. A published version never changes");
  // Published means frozen: the builder's controls are gone.
  await expect(page.getByRole("button", { name: /Move question/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Start a new version" })).toBeVisible();
  await expect(page.getByRole("link", { name: "CSV" })).toBeVisible();

  const stored = await queryOne<{ keys: string }>(
    `SELECT string_agg(q.key, ',' ORDER BY s."order", q."order") AS keys FROM "Question" q
     JOIN "QuestionnaireSection" s ON s.id = q."sectionId" JOIN "QuestionnaireVersion" v ON v.id = s."versionId"
     JOIN "Questionnaire" qn ON qn.id = v."questionnaireId" WHERE qn.title = $1 AND v.status = 'PUBLISHED'`,
    [TITLE],
  );
  expect(stored.keys).toBe("backing,hours_week,pressure,age_band");
});

test("a published version with responses cannot be edited, only copied into a new version", async ({ page }) => {
  await signIn(page, "admin@demo.local");
  await page.goto("/admin/questionnaires");
  await page.getByTestId("questionnaire").filter({ hasText: "Listening campaign questionnaire" }).getByRole("link", { name: "Open" }).click();
  await expect(page.getByTestId("version-status")).toContainText(/\d+ responses\. A published version never changes/);
  await expect(page.getByRole("button", { name: /Move question/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Edit" })).toHaveCount(0);
  const keys = await page.getByTestId("question-key").allTextContents();

  // A change goes into a new draft version: a copy with the same keys, editable again.
  await page.getByRole("button", { name: "Start a new version" }).click();
  await expect(page.getByTestId("version-status")).toContainText("Officers cannot see a draft");
  await expect(page.getByRole("navigation", { name: "Versions" })).toContainText("Version 2");
  await expect(page.getByTestId("question-key")).toHaveText(keys);
  await expect(page.getByRole("button", { name: "Edit question hours_day" })).toBeVisible();
});

