import type { Page } from "@playwright/test";
import { expect as baseExpect, test } from "./fixtures";

// Issue 13 end to end, on an installation with no demo data (scripts/test.mjs bootstraps it with
// only FIRST_ADMIN_*; playwright.config.ts serves it on E2E_PORT + 1): the first admin sets up a
// whole campaign by hand, the new lead signs in through the set-up link and keeps the schedule,
// and an officer answers with one of the codes.
// A long journey of server round trips on a shared machine: each step may wait longer than 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });
const ADMIN = { email: "first.admin@bureau.test", password: "first-admin-passphrase" };
const LEAD_PASSWORD = "lead-chooses-this-passphrase";
const today = new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** helpers.signIn with this spec's patience (a first sign-in on a busy machine takes a while). */
async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

async function createUnit(page: Page, code: string, name: string, nameZh: string, type: string, parent?: string) {
  const form = page.getByTestId("create-unit");
  await form.getByLabel("Code").fill(code);
  await form.getByLabel("Type").selectOption(type);
  await form.getByLabel("Name (English)").fill(name);
  await form.getByLabel("Name (Chinese)").fill(nameZh);
  if (parent) {
    // Options are indented by depth; pick by the code and name they show.
    const value = await form.getByLabel("Part of").locator("option", { hasText: parent }).getAttribute("value");
    await form.getByLabel("Part of").selectOption(value!);
  }
  await form.getByTestId("create-unit-submit").click();
  await expect(page.getByTestId("admin-unit-row").filter({ hasText: name })).toBeVisible();
}

test("from an empty installation: an admin sets up a campaign, the new lead keeps the schedule, an officer answers", async ({ page, browser, request }) => {
  test.setTimeout(240_000);
  await signIn(page, ADMIN.email, ADMIN.password);

  // Organisation: three units, refusing a duplicate code and a loop.
  await page.goto("/admin/units");
  await expect(page.getByTestId("empty-state")).toBeVisible();
  await createUnit(page, "HQ", "City Bureau", "市局", "BUREAU");
  await createUnit(page, "BR-N", "North Branch", "北区分局", "BRANCH", "HQ · City Bureau");
  await createUnit(page, "PS-1", "First Street Station", "第一街派出所", "STATION", "BR-N · North Branch");
  const form = page.getByTestId("create-unit");
  await form.getByLabel("Code").fill("hq");
  await form.getByLabel("Type").selectOption("STATION");
  await form.getByLabel("Name (English)").fill("Copy");
  await form.getByLabel("Name (Chinese)").fill("重复");
  await form.getByTestId("create-unit-submit").click();
  await expect(page.getByTestId("create-unit-code-error")).toHaveText("Another unit already has this code.");
  await expect(page.getByTestId("admin-unit-row")).toHaveCount(3);
  await page.getByRole("link", { name: "City Bureau" }).click();
  await page.getByTestId("move-unit").getByLabel("Part of").selectOption({ index: 0 });
  await expect(page.getByTestId("move-unit").getByRole("option")).toHaveCount(1); // its own subtree is not offered

  // The lead's account, with a one-time set-up link.
  await page.goto("/admin/users");
  const userForm = page.getByTestId("create-user");
  await userForm.getByLabel("Name").fill("Lin Lead");
  await userForm.getByLabel("E-mail").fill("lin.lead@bureau.test");
  await userForm.getByTestId("user-role").selectOption("RESEARCH_LEAD");
  await userForm.getByTestId("create-user-submit").click();
  const setupLink = (await page.getByTestId("setup-link").textContent())!;
  expect(setupLink).toMatch(/\/setup\/[A-Za-z0-9_-]{40,}$/);

  // A campaign covering the three units (the bureau with everything below it).
  await page.goto("/admin/campaigns/new");
  const campaign = page.getByTestId("create-campaign");
  await campaign.getByLabel("Name (English)").fill("Spring listening");
  await campaign.getByLabel("Name (Chinese)").fill("春季调研");
  await campaign.getByLabel("Short name").fill("Spring 2027!");
  await campaign.getByLabel("First day").fill(today);
  await campaign.getByLabel("Last day").fill(inDays(14));
  await campaign.getByTestId("pick-subtree-HQ").check();
  await campaign.getByTestId("create-campaign-submit").click();
  await expect(page.getByTestId("create-campaign-slug-error")).toContainText("lower-case letters");
  await campaign.getByLabel("Short name").fill("spring-listening");
  await campaign.getByTestId("create-campaign-submit").click();
  await expect(page.getByRole("heading", { name: "Campaigns", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Spring listening" }).click();
  await expect(page.getByTestId("campaign-status")).toContainText("Draft");

  // A research group with the lead, two units and a visit.
  const group = page.getByTestId("create-group");
  await group.getByLabel("Name (English)").fill("Group 1");
  await group.getByLabel("Name (Chinese)").fill("第一组");
  await group.getByTestId("create-group-submit").click();
  await page.getByRole("link", { name: "Group 1" }).click();
  await page.getByTestId("member-lin.lead@bureau.test").check();
  await page.getByTestId("group-lead").selectOption({ label: "Lin Lead" });
  await page.getByTestId("group-members-submit").click();
  await expect(page.getByTestId("group-members-saved")).toBeVisible();
  await page.getByTestId("group-unit-BR-N").check();
  await page.getByTestId("group-unit-PS-1").check();
  await page.getByTestId("group-units-submit").click();
  await expect(page.getByTestId("group-units-saved")).toBeVisible();
  await expect(page.getByTestId("visit")).toHaveCount(2);
  const plan = page.getByTestId("plan-PS-1");
  await plan.getByLabel("Day").fill(today);
  await plan.getByLabel("Method").selectOption("SEMINAR");
  await plan.getByTestId("plan-PS-1-submit").click();
  await expect(page.locator('[data-testid="visit"][data-unit="PS-1"]')).toHaveAttribute("data-state", "planned");

  // A questionnaire, published.
  await page.goto("/admin/questionnaires");
  const create = page.getByTestId("new-questionnaire");
  await create.getByLabel("Title").fill("Spring questionnaire");
  await create.getByLabel("Language of the questions").selectOption("en");
  await create.getByRole("button", { name: "Create" }).click();
  await page.getByLabel("New section English").fill("Work");
  await page.getByRole("button", { name: "Add section" }).click();
  await page.getByRole("button", { name: 'Add a question to "Work"' }).click();
  const editor = page.getByTestId("question-editor");
  await editor.getByLabel("Key").fill("backing");
  await editor.getByLabel("Type").selectOption("LIKERT");
  await editor.getByLabel("Question English").fill("The organisation backs me when I am attacked on duty.");
  await editor.getByRole("button", { name: "Add question" }).click();
  await expect(editor).toHaveCount(0);
  // Written in English only: publishing with the Chinese missing is the admin's explicit choice.
  await page.getByRole("button", { name: "Publish…" }).click();
  const confirm = page.getByTestId("publish-confirm");
  await confirm.getByLabel("Publish anyway, with these texts untranslated").check();
  await confirm.getByRole("button", { name: "Yes, publish version 1" }).click();
  await expect(page.getByTestId("version-status").getByTestId("status-badge")).toHaveText("Live");

  // Open the campaign, then issue codes for the station.
  await page.goto("/admin/campaigns");
  await page.getByRole("link", { name: "Spring listening" }).click();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByTestId("status-ACTIVE-submit").click();
  await expect(page.getByTestId("campaign-status")).toContainText("Open");
  await page.goto("/admin/codes");
  await page.getByLabel("Unit").selectOption({ label: "First Street Station (PS-1)" });
  await page.getByLabel("Number of codes").fill("5");
  await page.getByRole("button", { name: "Generate codes" }).click();
  await expect(page.getByTestId("code-slip")).toHaveCount(5);
  const codes = await page.getByTestId("slip-code").allTextContents();

  // The lead: set-up link, sign-in, only the group's units, the visit marked held.
  const leadContext = await browser.newContext({ locale: "en-US" });
  const lead = await leadContext.newPage();
  await lead.goto(setupLink);
  await expect(lead.getByRole("heading", { name: "Welcome, Lin Lead" })).toBeVisible();
  await lead.getByLabel("New password").fill(LEAD_PASSWORD);
  await lead.getByLabel("The same password again").fill(LEAD_PASSWORD);
  await lead.getByTestId("setup-submit").click();
  await expect(lead).toHaveURL(/\/signin\?setup=1$/);
  await expect(lead.getByTestId("signin-password-set")).toHaveText("Your password is set. Sign in now with your e-mail address and the new password.");
  await signIn(lead, "lin.lead@bureau.test", LEAD_PASSWORD);
  await lead.goto("/units");
  await expect(lead.getByTestId("unit-row").getByRole("link")).toHaveText(["North Branch", "First Street Station"]);
  await lead.goto("/visits");
  await expect(lead.getByTestId("visit-progress")).toHaveText("0 of 2 units visited");
  await lead.getByTestId("held-PS-1").getByLabel("Held on").fill(today);
  await lead.getByTestId("held-PS-1-submit").click();
  await expect(lead.locator('[data-testid="visit"][data-unit="PS-1"]')).toHaveAttribute("data-state", "held");
  await expect(lead.getByTestId("visit-progress")).toHaveText("1 of 2 units visited");
  await lead.goto("/admin/users");
  await expect(lead.getByTestId("forbidden")).toBeVisible();
  await leadContext.close();

  // An officer answers with one of the codes (through the submission API the survey page uses).
  const answer = await request.post("/api/survey/responses", {
    data: { campaign: "spring-listening", responseId: crypto.randomUUID(), accessCode: codes[0], answers: { backing: "4" } },
  });
  expect(answer.status()).toBe(201);
  const again = await request.post("/api/survey/responses", {
    data: { campaign: "spring-listening", responseId: crypto.randomUUID(), accessCode: codes[0], answers: { backing: "2" } },
  });
  expect(again.status()).toBe(409);

  // The overview counts the visit; closing the campaign refuses further answers with campaign_closed.
  await page.goto("/admin/campaigns");
  await page.getByRole("link", { name: "Spring listening" }).click();
  await expect(page.getByTestId("group-row")).toContainText("1 of 2 units visited");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByTestId("status-CLOSED-submit").click();
  await expect(page.getByTestId("campaign-status")).toContainText("Closed");
  const late = await request.post("/api/survey/responses", {
    data: { campaign: "spring-listening", responseId: crypto.randomUUID(), accessCode: codes[1], answers: { backing: "3" } },
  });
  expect(late.status()).toBe(410);
  expect((await late.json()).error).toBe("campaign_closed");
});
