import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { queryOne, signIn } from "./helpers";

// A research lead's journey: log a seminar with two findings, keep the classifier's suggestion for
// one and correct the other, then mask the phone number in a quote in the review queue. The lead
// never receives the number again once it was typed.

const PHONE = "13912345678";
const FIRST = "Officers work 12 to 15 hours a day, about 84 hours a week, and time off in lieu is never granted.";
const SECOND = "The patrol car has been broken for months and there is no money to repair it.";
const QUOTE = `If anything happens at night, call me on ${PHONE}.`;

async function labelsOf(finding: Locator) {
  const checked: string[] = [];
  for (const c of ["rights", "workload", "funding", "equipment", "training", "staffing", "other"]) {
    if (await finding.getByTestId(`category-${c}`).isChecked()) checked.push(c);
  }
  return { categories: checked, aspect: await finding.getByTestId("aspect-select").inputValue() };
}

async function statusOf(statement: string) {
  const row = await queryOne<{ status: string }>(
    `SELECT e.status::text AS status FROM "EvidenceItem" e JOIN "Finding" f ON f.id = e."findingId" WHERE f.statement = $1`,
    [statement],
  );
  return row.status;
}

async function expectNoPhone(page: Page) {
  expect(await page.content()).not.toContain(PHONE);
}

test("a lead logs a seminar, accepts one suggestion, corrects another and masks a phone number", async ({ page }) => {
  const unit = await queryOne<{ id: string }>(`SELECT id FROM "Unit" WHERE code = 'PS-MK'`);
  const before = await queryOne<{ version: number }>(`SELECT max(version)::int AS version FROM "ClassifierModel"`);
  await signIn(page, "lead@demo.local");

  await page.goto("/seminars");
  await page.getByTestId("log-session").click();
  await expect(page.getByRole("heading", { name: "Log a session" })).toBeVisible();

  // Wrong input first: nothing typed is refused with a message at the field.
  await page.getByTestId("save-session").click();
  await expect(page.getByTestId("session-error")).toContainText("need attention");
  await expect(page.getByText("Choose the unit.")).toBeVisible();
  await expect(page.getByText("Write the statement.")).toBeVisible();

  await page.getByTestId("session-unit").selectOption(unit.id);
  await page.getByTestId("session-kind").selectOption("SEMINAR");
  await page.getByTestId("session-date").fill(new Date().toISOString().slice(0, 10)); // the demo campaign's last field day
  await page.getByTestId("participants-section_chief").fill("2");
  await page.getByTestId("participants-officer").fill("12");
  await page.getByTestId("session-notes").fill("Evening seminar with the night shift.");

  // Finding 1: the suggestion is kept as it is (accepted).
  const first = page.getByTestId("finding-editor").nth(0);
  await first.getByTestId("finding-statement").fill(FIRST);
  await expect(first.getByTestId("suggestion")).toBeVisible();
  await expect(first.getByTestId("evidence-word").first()).toBeVisible();
  const suggested = await labelsOf(first);
  expect(suggested.categories.length).toBeGreaterThan(0);
  await first.getByTestId("add-figure").click();
  await first.getByLabel("Value").fill("84");
  await first.getByLabel("Unit", { exact: true }).fill("hours/week");
  await first.getByLabel("What it measures").fill("average weekly working time");
  await first.getByTestId("finding-severity").selectOption("HIGH");
  await first.getByTestId("finding-raised-by").fill("11");

  // Finding 2: a quote with a phone number; the lead corrects the suggested labels.
  await page.getByTestId("add-finding").click();
  const second = page.getByTestId("finding-editor").nth(1);
  await second.getByTestId("finding-statement").fill(SECOND);
  await second.getByTestId("finding-quote").fill(QUOTE);
  await expect(second.getByTestId("finding-pii")).toContainText("phone number");
  await expect(second.getByTestId("suggestion")).toBeVisible();
  const secondSuggested = await labelsOf(second);
  for (const c of secondSuggested.categories) await second.getByTestId(`category-${c}`).uncheck();
  // The correction: "no money" as funding (B2), or, should the classifier already say exactly that,
  // the broken car as equipment (B3).
  const target = secondSuggested.aspect === "B2" && secondSuggested.categories.join() === "funding" ? { aspect: "B3", category: "equipment" } : { aspect: "B2", category: "funding" };
  await second.getByTestId("aspect-select").selectOption(target.aspect);
  await expect(second.getByTestId(`category-${target.category}`)).toBeChecked();
  expect(await labelsOf(second)).not.toEqual(secondSuggested);
  await second.getByTestId("finding-raised-by").fill("40");

  // More people than took part: refused before anything is sent.
  await page.getByTestId("save-session").click();
  await expect(second.getByText("More people than took part in the session.")).toBeVisible();
  await second.getByTestId("finding-raised-by").fill("5");
  await page.getByTestId("save-session").click();

  await expect(page.getByTestId("finding")).toHaveCount(2);
  await expect(page.getByTestId("finding").filter({ hasText: "84 hours a week" }).getByTestId("figure")).toContainText("84");
  const states = await page.getByTestId("finding-review").evaluateAll((els) => els.map((e) => e.getAttribute("data-state")));
  expect(states.sort()).toEqual(["quotable", "toMask"]);
  await expect(page.getByTestId("finding-quote-view")).toContainText("[phone]");
  await expectNoPhone(page);

  expect(await statusOf(FIRST)).toBe("ACCEPTED");
  expect(await statusOf(SECOND)).toBe("CORRECTED");

  // Review queue, "To mask": the quote arrives masked; a number typed back in is refused.
  await page.goto("/review?tab=mask");
  const item = page.getByTestId("review-item").filter({ hasText: "patrol car has been broken" });
  await expect(item.getByTestId("pii-flag")).toContainText("phone number");
  const editor = item.getByTestId("mask-editor");
  await expect(editor).toHaveValue(/\[phone\]/);
  await expectNoPhone(page);
  const masked = await editor.inputValue();
  await editor.fill(masked.replace("[phone]", "139 1234 5678"));
  await item.getByTestId("approve-mask").click();
  await expect(item.getByTestId("item-error")).toContainText("still contains personal details");
  await editor.fill(masked.replace("call me on [phone]", "call me on [phone] (the duty officer)"));

  // Keyboard: select the item and approve with "a".
  await item.click({ position: { x: 5, y: 5 } });
  await expect(item).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("a");
  await expect(page.getByTestId("review-status")).toContainText("Masked text approved.");
  await expect(page.getByTestId("review-item").filter({ hasText: "patrol car has been broken" })).toHaveCount(0);

  const stored = await queryOne<{ maskedText: string }>(
    `SELECT e."maskedText" FROM "EvidenceItem" e JOIN "Finding" f ON f.id = e."findingId" WHERE f.statement = $1`,
    [SECOND],
  );
  expect(stored.maskedText).toContain("[phone] (the duty officer)");
  expect(stored.maskedText).not.toContain(PHONE);

  // The decisions taught the classifier: a newer model is stored for every instance.
  await expect
    .poll(async () => (await queryOne<{ version: number }>(`SELECT max(version)::int AS version FROM "ClassifierModel"`)).version, { timeout: 20_000 })
    .toBeGreaterThan(before.version);
});
