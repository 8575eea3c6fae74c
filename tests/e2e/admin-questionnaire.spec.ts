import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createCampaign, type TestCampaign } from "./fixtures/campaigns";
import { queryOne, signIn } from "./helpers";

// The administrator's journey: build a small questionnaire in Chinese and English with a few
// question types, reorder with the keyboard, add a profile question, see a missing translation
// flagged, publish with the confirmation, replace and retire the live version. It works in a
// campaign of its own, so the demo campaign's live questionnaire stays as it was for other specs.
const TITLE = "E2E pulse check";
const CAMPAIGN = "E2E versions campaign";
// Actions that end on another page (create, new version, delete) on a shared 2-core machine.
const NAVIGATION = 20_000;

let campaign: TestCampaign | undefined;
test.beforeAll(async () => {
  campaign = await createCampaign(CAMPAIGN);
});

// Remove the spec's campaign (its questionnaires go with it) and any draft of the demo
// questionnaire the second test left, so the other specs see the demo data as it was.
test.afterAll(async () => {
  await campaign?.remove();
  await queryOne(`DELETE FROM "QuestionnaireVersion" WHERE status = 'DRAFT' AND "questionnaireId" IN (SELECT id FROM "Questionnaire" WHERE title = 'Listening campaign questionnaire')`);
});

async function addQuestion(page: Page, section: string, fill: (editor: ReturnType<Page["getByTestId"]>) => Promise<void>) {
  await page.getByRole("button", { name: `Add a question to "${section}"` }).click();
  const editor = page.getByTestId("question-editor");
  await fill(editor);
  await editor.getByRole("button", { name: "Add question" }).click();
  await expect(editor).toHaveCount(0);
}

test("an admin builds a questionnaire in both languages, sees what lacks a translation, publishes with the confirmation", async ({ page }) => {
  // A long journey of a few dozen server round trips on a shared 2-core machine.
  test.setTimeout(150_000);
  await signIn(page, "admin@demo.local");
  await page.goto("/admin/questionnaires");
  const create = page.getByTestId("new-questionnaire");
  await create.getByRole("button", { name: "Create" }).click();
  await expect(create.getByText("Enter a title.")).toBeVisible();
  await create.getByLabel("Title").fill(TITLE);
  await create.getByLabel("Language of the questions").selectOption("en");
  await create.getByLabel("Campaign").selectOption({ label: CAMPAIGN });
  await create.getByRole("button", { name: "Create" }).click();
  // Creating, then opening the new builder page, is two server round trips: give a busy machine time.
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible({ timeout: NAVIGATION });
  await expect(page.getByTestId("version-status")).toContainText("Draft");
  await expect(page.getByTestId("campaign-live")).toContainText("No questionnaire of E2E versions campaign is live");
  // The title exists in English only: flagged before anything else is done.
  await expect(page.getByTestId("missing-translations")).toContainText("Title: no Chinese text");
  await page.getByLabel("Title officers see Chinese").fill("E2E 脉搏调查");
  await page.getByRole("button", { name: "Save title and introduction" }).click();
  await expect(page.getByTestId("translations-complete")).toBeVisible();

  await page.getByLabel("New section English").fill("Work");
  await page.getByLabel("New section Chinese").fill("工作");
  await page.getByRole("button", { name: "Add section" }).click();
  await expect(page.getByRole("heading", { name: /工作 \/ Work/ })).toBeVisible();

  await addQuestion(page, "Work", async (editor) => {
    await editor.getByLabel("Key").fill("Hours Week");
    await editor.getByLabel("Type").selectOption("NUMBER");
    await editor.getByLabel("Question English").fill("How many hours do you work in a normal week?");
    await editor.getByLabel("Question Chinese").fill("您每周累计工作多少小时？");
    await editor.getByLabel("An answer is required").check();
    await editor.getByLabel("Unit (e.g. hours) English").fill("hours");
    await editor.getByLabel("Unit (e.g. hours) Chinese").fill("小时");
    await editor.getByLabel("Lowest allowed").fill("0");
    await editor.getByLabel("Highest allowed").fill("168");
    await editor.getByLabel("Norm value (optional)").fill("40");
    await editor.getByLabel(/Norm label.*English/).fill("40 hours under the Labour Law");
    await editor.getByLabel(/Norm label.*Chinese/).fill("《劳动法》规定的每周40小时");
    await editor.getByRole("button", { name: "Add question" }).click();
    // Bad input gets a clear message next to the field, and nothing is saved.
    await expect(editor.getByText("Use lower-case letters, digits and _ only, starting with a letter (e.g. hours_week).")).toBeVisible();
    await expect(editor.getByLabel("Key")).toBeFocused();
    await editor.getByLabel("Key").fill("hours_week");
  });
  const hours = page.getByTestId("question").filter({ hasText: "hours_week" });
  await expect(hours).toContainText("您每周累计工作多少小时？ / How many hours do you work in a normal week?");
  await expect(hours).toContainText("norm 40: 《劳动法》规定的每周40小时 / 40 hours under the Labour Law");

  await addQuestion(page, "Work", async (editor) => {
    await editor.getByLabel("Key").fill("pressure");
    await editor.getByLabel("Question English").fill("Which pressure weighs most on you?");
    await editor.getByLabel("Aspect").selectOption("B1");
    await editor.getByLabel("Label of option 1 (English)").fill("Workload");
    await editor.getByLabel("Label of option 1 (Chinese)").fill("工作任务");
    await editor.getByLabel("Label of option 2 (English)").fill("None in particular");
    await editor.getByLabel("Label of option 2 (English)").blur();
    // Values are suggested from English labels (Chinese-only ones get pinyin on the server).
    await expect(editor.getByLabel("Value of option 2")).toHaveValue("none_in_particular");
    // The form flags the Chinese question and the option's Chinese label as missing as they happen.
    await expect(editor.getByTestId("missing-translation")).toHaveCount(2);
  });
  const pressure = page.getByTestId("question").filter({ hasText: "pressure" });
  await expect(pressure).toContainText("[Chinese missing]");

  await addQuestion(page, "Work", async (editor) => {
    await editor.getByLabel("Key").fill("backing");
    await editor.getByLabel("Type").selectOption("LIKERT");
    await editor.getByLabel("Question English").fill("The organisation backs me when I am attacked on duty.");
    await editor.getByLabel("Question Chinese").fill("执勤执法中遭受袭击时，组织能够为我撑腰。");
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

  // What still lacks a translation, by question and option.
  const missing = page.getByTestId("missing-translations");
  await expect(missing).toContainText("2 texts are in one language only");
  await expect(missing).toContainText("Question pressure: no Chinese text");
  await expect(missing).toContainText("Option none_in_particular of pressure: no Chinese text");

  await expect(page.getByTestId("preview-link")).toHaveAttribute("href", /\/preview$/);
  await page.getByRole("button", { name: "Publish…" }).click();
  const confirm = page.getByTestId("publish-confirm");
  await expect(confirm.getByTestId("publish-now")).toHaveText("From now on, officers of this campaign get: E2E pulse check, version 1.");
  await expect(confirm.getByTestId("publish-before")).toContainText("Until now no questionnaire was live in this campaign");
  await expect(confirm.getByTestId("publish-missing")).toContainText("2 texts have no translation");
  // Publishing with untranslated texts is the admin's explicit choice.
  const yes = confirm.getByRole("button", { name: "Yes, publish version 1" });
  await expect(yes).toBeDisabled();
  await confirm.getByLabel("Publish anyway, with these texts untranslated").check();
  await yes.click();
  await expect(page.getByTestId("version-status").getByTestId("status-badge")).toHaveText("Live");
  await expect(page.getByTestId("campaign-live")).toContainText("This is the live questionnaire of E2E versions campaign");
  // Published means frozen: the builder's controls are gone.
  await expect(page.getByRole("button", { name: /Move question/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "CSV" })).toBeVisible();

  const stored = await queryOne<{ keys: string }>(
    `SELECT string_agg(q.key, ',' ORDER BY s."order", q."order") AS keys FROM "Question" q
     JOIN "QuestionnaireSection" s ON s.id = q."sectionId" JOIN "QuestionnaireVersion" v ON v.id = s."versionId"
     JOIN "Questionnaire" qn ON qn.id = v."questionnaireId" WHERE qn.title = $1 AND v.status = 'PUBLISHED'`,
    [TITLE],
  );
  expect(stored.keys).toBe("backing,hours_week,pressure,age_band");

  // Version 2 replaces version 1: the confirmation says what officers got until now.
  await page.getByRole("button", { name: "Start a new version" }).click();
  await expect(page.getByTestId("version-status")).toContainText("Officers cannot see a draft", { timeout: NAVIGATION });
  await page.getByRole("button", { name: "Publish…" }).click();
  await expect(page.getByTestId("publish-before")).toContainText("Until now they got: E2E pulse check, version 1");
  await page.getByLabel("Publish anyway, with these texts untranslated").check();
  await page.getByRole("button", { name: "Yes, publish version 2" }).click();
  await expect(page.getByTestId("version-status").getByTestId("status-badge")).toHaveText("Live");
  const versions = page.getByRole("navigation", { name: "Versions" });
  await expect(versions.getByRole("listitem").filter({ hasText: "Version 1" })).toContainText("Retired");

  // The list says what officers of each campaign answer now; retiring leaves the campaign with none.
  await page.goto("/admin/questionnaires");
  await expect(page.getByTestId("live-campaign").filter({ hasText: CAMPAIGN })).toContainText("E2E pulse check, version 2");
  await page.getByTestId("live-campaign").filter({ hasText: CAMPAIGN }).getByRole("link").click();
  await page.getByRole("button", { name: "Retire this version" }).click();
  await expect(page.getByTestId("retire-confirm")).toContainText("Officers then get no questionnaire in this campaign");
  await page.getByRole("button", { name: "Yes, retire version 2" }).click();
  await expect(page.getByTestId("version-status").getByTestId("status-badge")).toHaveText("Retired");
  await page.goto("/admin/questionnaires");
  await expect(page.getByTestId("live-campaign").filter({ hasText: CAMPAIGN })).toContainText("no questionnaire is live");
});

test("a published version with responses cannot be edited, only copied into a new version", async ({ page }) => {
  await signIn(page, "admin@demo.local");
  await page.goto("/admin/questionnaires");
  await page.getByTestId("questionnaire").filter({ hasText: "Listening campaign questionnaire", hasNotText: "(last year)" }).getByRole("link", { name: "Open" }).click();
  await expect(page.getByTestId("version-status")).toContainText(/\d+ responses\)\. It never changes/);
  await expect(page.getByRole("button", { name: /Move question/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Edit" })).toHaveCount(0);
  const keys = await page.getByTestId("question-key").allTextContents();

  // A change goes into a new draft version: a copy with the same keys, editable again.
  await page.getByRole("button", { name: "Start a new version" }).click();
  await expect(page.getByTestId("version-status")).toContainText("Officers cannot see a draft", { timeout: NAVIGATION });
  await expect(page.getByRole("navigation", { name: "Versions" })).toContainText("Version 2");
  await expect(page.getByTestId("question-key")).toHaveText(keys);
  await expect(page.getByRole("button", { name: "Edit question hours_day" })).toBeVisible();

  // A draft nobody answered can be deleted again; the live version stays live.
  await page.getByRole("button", { name: "Delete this draft" }).click();
  await page.getByRole("button", { name: "Yes, delete version 2" }).click();
  await expect(page).toHaveURL(/\/admin\/questionnaires$/, { timeout: NAVIGATION });
  const demo = page.getByTestId("questionnaire").filter({ hasText: "Listening campaign questionnaire", hasNotText: "(last year)" });
  await expect(demo.getByTestId("version-row")).toHaveCount(1);
  await expect(demo.getByTestId("status-badge")).toHaveText("Live");
});

