import { expect, test, type Browser, type Page } from "@playwright/test";
import { createCampaign, isoDay, type TestCampaign } from "./fixtures/campaigns";
import { ownPage } from "./helpers";

// A campaign closing under officers' hands, on a campaign of this spec's own (the demo one stays
// open for the other specs): an officer at the last step sends and is told the questionnaire
// closed; one at the start is told so instead of "wrong code"; the address then shows a notice in
// the officer's language, with the way to the receipts; before its first day it says when it
// opens. Not ./fixtures' `test`: the two refusals (410) are logged by Chromium as failed loads,
// which this spec expects and checks itself; any other console error still fails it.
const NAME = "E2E closing campaign";
const NAME_ZH = "E2E 即将结束的调研";
const OPEN = { status: "ACTIVE", startsOn: isoDay(-2), endsOn: isoDay(5) } as const;

let campaign: TestCampaign;
test.beforeAll(async () => {
  campaign = await createCampaign(NAME, { ...OPEN, nameZh: NAME_ZH, kioskOpen: true, textQuestion: true });
});
test.afterAll(async () => {
  await campaign?.remove();
});

const officerPage = (browser: Browser, locale: string, phone = false) =>
  ownPage(browser, { locale, ...(phone ? { viewport: { width: 390, height: 844 }, hasTouch: true } : {}) });

const unexpected = (errors: string[]) => errors.filter((e) => !/Failed to load resource: the server responded with a status of 410/.test(e));

async function toReview(page: Page) {
  await page.getByRole("button", { name: "Start the questionnaire" }).click();
  await page.getByLabel(/What should change\?/).fill("E2E: more rest days");
  await page.getByRole("button", { name: "Check and send" }).click();
  await expect(page.getByTestId("review-complete")).toBeVisible();
}

test("officers are told, in their language, that a campaign closed; the notice keeps the way to the receipts", async ({ browser }) => {
  test.setTimeout(120_000);
  // Two officers with the questionnaire open: one at the last step, one (on a phone) at the start.
  const sending = await officerPage(browser, "en-US");
  await sending.page.goto(`/survey/${campaign.slug}`);
  await toReview(sending.page);
  const starting = await officerPage(browser, "en-US", true);
  await starting.page.goto(`/survey/${campaign.slug}`);
  await starting.page.locator("#access-code").fill("TRYME-23456");

  // The administrators close the campaign.
  await campaign.set({ ...OPEN, status: "CLOSED" });

  await sending.page.getByTestId("send").click();
  await expect(sending.page.getByTestId("send-status")).toHaveText("This questionnaire closed meanwhile and takes no more answers, so yours could not be sent.");
  await expect(sending.page.getByTestId("send")).toBeDisabled();
  await starting.page.getByRole("button", { name: "Start the questionnaire" }).click();
  await expect(starting.page.getByTestId("code-error")).toHaveText("This questionnaire is closed and takes no more answers.");
  expect(unexpected(starting.errors)).toEqual([]);
  await starting.close();

  // The address now answers with the notice (200, no script), and its link leads to the receipts.
  const reloaded = await sending.page.reload();
  expect(reloaded?.status()).toBe(200);
  const notice = sending.page.getByTestId("survey-closed");
  await expect(notice.getByRole("heading")).toHaveText("This questionnaire is closed");
  await expect(notice.getByTestId("closed-campaign")).toHaveText(NAME);
  await expect(notice.getByTestId("closed-reason")).toHaveText("It takes no more answers. Thank you to everyone who answered.");
  await notice.getByTestId("closed-receipt-link").click();
  await expect(sending.page).toHaveURL(/\/receipt$/);
  await expect(sending.page.getByLabel("Receipt code")).toBeVisible();
  expect(unexpected(sending.errors)).toEqual([]);
  await sending.close();

  // The same in Chinese, for a browser that asks for it.
  const zh = await officerPage(browser, "zh-CN");
  await zh.page.goto(`/survey/${campaign.slug}`);
  const noticeZh = zh.page.getByTestId("survey-closed");
  await expect(noticeZh.getByRole("heading")).toHaveText("本问卷已结束");
  await expect(noticeZh.getByTestId("closed-campaign")).toHaveText(NAME_ZH);
  await expect(noticeZh.getByTestId("closed-receipt-link")).toHaveText("已经填写过？凭回执码仍可查看您反映的问题后来怎样了。");

  // Reopened but dated to begin later: the notice says when it opens.
  await campaign.set({ status: "ACTIVE", startsOn: isoDay(4), endsOn: isoDay(9) });
  await zh.page.reload();
  await expect(noticeZh.getByRole("heading")).toHaveText("本问卷尚未开放");
  await expect(noticeZh.getByTestId("closed-reason")).toHaveText(`本问卷将于 ${isoDay(4)} 开放，届时请凭答卷条上的答卷码填写。`);
  expect(zh.errors).toEqual([]);
  await zh.close();
});
