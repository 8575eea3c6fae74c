import type { Browser } from "@playwright/test";
import { expect as baseExpect, test } from "./fixtures";
import { sql } from "./fixtures/db";
import { acceptSuggestions, ownPage, signIn } from "./helpers";

// Acting on what was heard: five officers of a station of the test's own answer through the
// officer API, writing of rest days and unpaid overtime, and that station's lead accepts the
// classifier's suggestions; an admin registers a problem from the suggestion and gives the demo
// lead an action for it; the lead moves it to done ON THE BOARD WITH THE KEYBOARD and publishes a
// note in both languages; four of the officers give verdicts through the API, the fifth reads the
// note on /receipt and answers "better" there, and the admin then sees the five counted. The
// station, its answers and lead go with the `station` fixture; the problem and action below.
const ACTION = "E2E repair the rest-day roster";
const TEXTS = [
  "Our rest days are cancelled without pay and overtime is never paid.",
  "Rest days keep getting cancelled and the overtime is unpaid.",
  "My rest days are cancelled every month and the overtime is never paid.",
  "Rest days cancelled without pay, overtime never paid back.",
  "Overtime is never paid and our rest days are cancelled.",
];
let problemId = "";
// Server actions followed by navigations: generous waits on a shared 2-core machine.
const expect = baseExpect.configure({ timeout: 20_000 });

test.afterAll(async () => {
  await sql(`DELETE FROM "Action" WHERE title = $1`, [ACTION]);
  if (problemId) await sql(`DELETE FROM "Problem" WHERE id = $1`, [problemId]); // its verdicts go with it
});

async function pageAs(browser: Browser, email: string) {
  const own = await ownPage(browser);
  await signIn(own.page, email);
  return own;
}

test("admin registers a problem and assigns an action; the lead closes it from the keyboard; officers' verdicts show", async ({ page, browser, request, station }) => {
  // Four roles, a dozen pages and a dozen API calls: a long journey on 2 shared cores.
  test.setTimeout(300_000);
  // The station's lead accepts the classifier's suggestions for its five answers.
  const { receipts, reviewer } = await station(TEXTS);
  await acceptSuggestions(browser, reviewer, TEXTS.length);

  // The admin: a suggestion becomes a problem, in progress and published to officers.
  await signIn(page, "admin@demo.local");
  await page.goto("/problems");
  const suggestion = page.locator('[data-testid="suggestion"][data-aspect="A2"]');
  await expect(suggestion.getByTestId("figure-people")).toContainText("people raised it");
  await suggestion.getByRole("button", { name: "Create problem" }).click();
  await expect(page).toHaveURL(/\/problems\/[0-9a-f-]{36}$/);
  problemId = page.url().split("/").pop()!;
  const form = page.getByTestId("problem-form");
  await form.getByLabel("Title (English)").fill("Rest days are cancelled without pay");
  await form.getByLabel("Title (Chinese)").fill("休息日被取消且无补偿");
  await form.getByLabel("Status").selectOption("IN_PROGRESS");
  await form.getByTestId("problem-published").check();
  await page.getByTestId("problem-save").click();
  await expect(page.getByTestId("problem-saved")).toBeVisible();
  await expect(page.getByTestId("history-action").first()).toHaveText("changed the status");

  // ...and an action for it, owned by the lead.
  await page.getByTestId("new-action-for-problem").click();
  await expect(page).toHaveURL(/\/actions\/new\?problem=/);
  const actionForm = page.getByTestId("action-form");
  await expect(actionForm.getByRole("checkbox", { name: "Rest days are cancelled without pay" })).toBeChecked();
  await actionForm.getByLabel("Title (English)").fill(ACTION);
  await actionForm.getByLabel("Title (Chinese)").fill("E2E 调整休息日排班");
  await actionForm.getByLabel("Owner").selectOption({ label: "Chen Jie (lead, Group 1)" });
  await actionForm.getByLabel("Due date").fill("2030-06-30");
  await page.getByTestId("action-submit").click();
  await expect(page).toHaveURL(/\/actions\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("action-status")).toHaveText("Planned");

  // The lead: "my actions" on the home page, then the board, keyboard only.
  const lead = await pageAs(browser, "lead@demo.local");
  await expect(lead.page.getByTestId("my-action").filter({ hasText: ACTION })).toBeVisible();
  await lead.page.goto("/actions");
  const card = lead.page.getByTestId("board-card").filter({ hasText: ACTION });
  await expect(lead.page.getByTestId("column-PLANNED").getByTestId("board-card").filter({ hasText: ACTION })).toBeVisible();
  // Another owner's card has no handle for the lead.
  await expect(lead.page.getByTestId("board-card").filter({ hasText: "Reduce the burden" }).getByTestId("card-handle")).toHaveCount(0);
  await card.getByTestId("card-handle").focus();
  await lead.page.keyboard.press("Space");
  await expect(lead.page.getByTestId("board-announcement")).toContainText("Picked up");
  await lead.page.keyboard.press("ArrowRight");
  await lead.page.keyboard.press("ArrowRight");
  await lead.page.keyboard.press("ArrowRight");
  await expect(lead.page.getByTestId("board-announcement")).toHaveText("Over Done.");
  await lead.page.keyboard.press("Space");
  const dialog = lead.page.getByTestId("move-dialog");
  await expect(dialog.getByRole("heading")).toContainText("to Done");
  await expect(dialog.getByLabel("Progress note (English)")).toBeFocused();
  await lead.page.keyboard.type("Rest days are restored and cancelled ones paid back.");
  await lead.page.keyboard.press("Tab");
  await lead.page.keyboard.type("休息日已恢复，被取消的已补发。");
  await lead.page.keyboard.press("Tab");
  await lead.page.keyboard.press("Space");
  await expect(dialog.getByTestId("move-publish")).toBeChecked();
  await lead.page.keyboard.press("Tab");
  await expect(dialog.getByTestId("move-save")).toBeFocused();
  await lead.page.keyboard.press("Enter");
  await expect(dialog).toHaveCount(0);
  await expect(lead.page.getByTestId("column-DONE").getByTestId("board-card").filter({ hasText: ACTION })).toBeVisible();
  await expect(lead.page.getByTestId("board-announcement")).toContainText("moved to Done");
  expect(lead.errors).toEqual([]);
  await lead.close();

  // Officers: four of the station's say "better" through the API (hidden: fewer than 5 verdicts)...
  await page.goto(`/problems/${problemId}`);
  for (const code of receipts.slice(1)) {
    const verdict = await request.post("/api/survey/follow-up/verdict", { data: { receiptCode: code, problemId, verdict: "BETTER" } });
    expect(verdict.status()).toBe(200);
  }
  await page.reload();
  await expect(page.getByTestId("verdicts")).toHaveText("Fewer than 5 verdicts: hidden");

  // ...and the fifth officer uses the receipt page: the code typed, the lead's note read in both
  // languages, "better" chosen and sent, without an account.
  const { page: officer, errors: officerErrors, close: closeOfficer } = await ownPage(browser);
  await officer.goto("/receipt");
  // As typed from the slip: lower case, in groups of four.
  await officer.getByLabel("Receipt code").fill(receipts[0].toLowerCase().match(/.{4}/g)!.join(" "));
  await officer.getByRole("button", { name: "Look up" }).click();
  const mine = officer.getByTestId("receipt-problem").filter({ hasText: "Rest days are cancelled without pay" });
  await expect(mine.getByTestId("problem-status")).toHaveText("Being worked on");
  await expect(mine.getByTestId("published-update").filter({ hasText: "Rest days are restored and cancelled ones paid back." })).toBeVisible();
  await officer.getByTestId("survey-language").getByRole("button", { name: "中文" }).click();
  const mineZh = officer.getByTestId("receipt-problem").filter({ hasText: "休息日被取消且无补偿" });
  await expect(mineZh.getByTestId("published-update").filter({ hasText: "休息日已恢复，被取消的已补发。" })).toBeVisible();
  await officer.getByTestId("survey-language").getByRole("button", { name: "English" }).click();
  await mine.getByRole("radio", { name: "Better" }).check();
  await mine.getByRole("button", { name: "Send" }).click();
  await expect(mine.getByTestId("verdict-status")).toHaveText("Thank you: your answer is saved. You can change it later with the same receipt code.");
  await expect(mine.getByRole("button", { name: "Change my answer" })).toBeVisible();
  expect(officerErrors).toEqual([]);
  await closeOfficer();

  // The admin now sees the five verdicts counted.
  await page.reload();
  await expect(page.getByTestId("verdicts")).toHaveText("Better 5 · no change 0 · worse 0");

  // The department head: comments in the register, and the closure card on the dashboard.
  const head = await pageAs(browser, "head@demo.local");
  await head.page.goto("/problems");
  const problem = head.page.locator(`[data-problem-id="${problemId}"]`);
  await expect(problem.getByTestId("problem-status")).toHaveText("In progress");
  await problem.getByTestId("comment-body").fill("Check the stations with night shifts too.");
  await problem.getByTestId("comment-submit").click();
  await expect(problem.getByTestId("comments")).toContainText("Check the stations with night shifts too.");
  await head.page.goto("/dashboards");
  const all = head.page.locator('[data-testid="closure-row"][data-category="all"]');
  await expect(all).toContainText("%");
  expect(head.errors).toEqual([]);
  await head.close();

  // The admin reads it all in the audit log, filtered to problems.
  await page.goto("/admin/audit?kind=Problem");
  await expect(page.getByTestId("history-action").filter({ hasText: "commented" }).first()).toBeVisible();
  await expect(page.getByTestId("history-action").filter({ hasText: "changed the status" }).first()).toBeVisible();
});
