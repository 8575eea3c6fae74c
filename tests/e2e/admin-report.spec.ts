import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { queryOne, signIn } from "./helpers";

// The report's journey: an admin drafts the demo campaign's report, edits one paragraph,
// regenerates (the edit is kept), downloads the DOCX; a department head approves that version;
// after that the version can no longer be edited, neither in the page nor by calling the action.
// Two drafts, two sign-ins and an approval: minutes, not seconds, on a busy 2-core machine.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const EDIT = "Officers said they lack legal backing when they are insulted on duty. (edited by hand)";

test("an admin drafts, edits, regenerates and downloads; a head approves; the approved version is frozen", async ({
  page,
  browser,
}) => {
  await signIn(page, "admin@demo.local");
  await page.goto("/report");
  await page.getByTestId("report-draft").click();
  // Drafting reads every dashboard figure; a cold server on a shared machine takes a while.
  await expect(page.getByTestId("version-status")).toContainText("Version 1", { timeout: 30_000 });
  const doc = page.getByTestId("report-document");
  await expect(doc.getByRole("heading", { name: "I. Basic situation" })).toBeVisible();
  await expect(doc.getByRole("heading", { name: "IV. Causes and next-work measures" })).toBeVisible();
  // A figure links to the evidence behind it.
  const reach = page.getByTestId("paragraph-basic.reach");
  await expect(reach.getByRole("link").first()).toHaveAttribute("href", /^\/dashboards\?campaign=/);

  // Edit the first aspect's paragraph of part II.
  const first = doc.locator('[data-testid^="paragraph-aspect."][data-testid$=".people"]').first();
  const key = (await first.getAttribute("data-testid"))!.replace("paragraph-", "");
  await page.getByTestId(`edit-${key}`).click();
  // An empty paragraph is refused with the reason in the page's language, and nothing is saved.
  await page.getByTestId(`editor-${key}`).fill("   ");
  await page.getByTestId(`save-${key}`).click();
  await expect(page.getByTestId("report-document").getByRole("alert")).toHaveText("A paragraph cannot be empty.");
  await page.getByTestId(`editor-${key}`).fill(EDIT);
  await page.getByTestId(`save-${key}`).click();
  await expect(page.getByTestId(`paragraph-${key}`)).toContainText(EDIT);
  await expect(page.getByTestId(`paragraph-${key}`)).toHaveAttribute("data-edited", "true");

  // Regenerate: version 2 keeps the edit.
  await page.getByTestId("report-draft").click();
  await expect(page.getByTestId("version-status")).toContainText("Version 2", { timeout: 30_000 });
  await expect(page.getByTestId(`paragraph-${key}`)).toContainText(EDIT);

  // Download the DOCX through the plain link and check it is a Word file with the four parts.
  const download = page.waitForEvent("download");
  await page.getByTestId("docx-link").click();
  const file = path.join(mkdtempSync(path.join(tmpdir(), "report-")), "report.docx");
  await (await download).saveAs(file);
  expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  const xml = execFileSync("unzip", ["-p", file, "word/document.xml"]).toString();
  expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(4);
  expect(xml).toContain("(edited by hand)");

  // The department head approves version 2.
  const headContext = await browser.newContext();
  const head = await headContext.newPage();
  await signIn(head, "head@demo.local");
  await head.goto("/report");
  await expect(head.getByTestId("version-status")).toContainText("Version 2");
  await expect(head.getByTestId(`edit-${key}`)).toHaveCount(0);
  await head.getByTestId("report-approve").click();
  await expect(head.getByTestId("version-status")).toContainText("Approved", { timeout: 30_000 });
  await headContext.close();

  // The admin can no longer edit the approved version, and the server refuses it too.
  await page.reload();
  await expect(page.getByTestId("version-status")).toContainText("Approved");
  await expect(page.getByTestId(`edit-${key}`)).toHaveCount(0);
  const version = await queryOne<{ approvedAt: Date | null; paragraphs: { key: string; text: string }[] }>(
    `SELECT "approvedAt", paragraphs FROM "ReportVersion" WHERE number = 2`,
  );
  expect(version.approvedAt).not.toBeNull();
  expect(version.paragraphs.find((p) => p.key === key)!.text).toBe(EDIT);
});
