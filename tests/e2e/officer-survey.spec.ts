import { spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { setKioskForTest } from "./fixtures/campaigns";
import { sql } from "./fixtures/db";
import { requiredAnswers } from "./fixtures/officers";
import { acceptSuggestions, ownPage, queryOne } from "./helpers";

// The officer's journey on a phone: no account, the code from a slip (here through the QR's
// fragment), section by section with keyboard and touch, a reload in the middle, sending, the
// receipt. Each test gets fresh codes in a station of its own (the accessCodes fixture), removed
// with the responses they brought when it ends.
const SURVEY = "/survey/warning-project";
const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE, hasTouch: true });

const next = (page: Page) => page.getByRole("button", { name: "Next", exact: true }).click();

/** A code as printed on a slip: ABCDE-FGHJK. */
const dashed = (code: string) => `${code.slice(0, 5)}-${code.slice(5)}`;

async function answerRequiredAndSend(page: Page) {
  await next(page); // About you: all optional
  await page.getByLabel(/how many hours do you work\?/).fill("13");
  await next(page);
  await page.getByRole("radio", { name: "Workload" }).check();
  for (let i = 0; i < 5; i++) await next(page);
  await page.getByRole("button", { name: "Check and send" }).click();
  await expect(page.getByTestId("review-complete")).toBeVisible();
  await page.getByTestId("send").click();
}

test("an officer answers on a phone with keyboard and touch, reloads midway, sends and reads the receipt later", async ({ page, context, browser, accessCodes, reviewer }) => {
  const batch = await accessCodes(1);
  const code = dashed(batch.codes[0]);
  await page.goto(`${SURVEY}#${code}`);
  await expect(page.getByTestId("promises")).toContainText("We do not keep your IP address");
  // The code came in the fragment (a QR's), is in the field and already gone from the address bar.
  await expect(page.locator("#access-code")).toHaveValue(code);
  expect(page.url()).not.toContain("#");

  // Keyboard only: start, then the first section's radio group.
  await page.locator("#access-code").press("Enter");
  await expect(page.getByRole("heading", { name: "About you (optional)" })).toBeFocused();
  await expect(page.getByTestId("progress")).toContainText("Section 1 of 8");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Front-line officer" })).toBeChecked();
  await page.getByRole("button", { name: "Next", exact: true }).focus();
  await page.keyboard.press("Enter");

  // Section A by touch and typing; a wrong number is named at once.
  await expect(page.getByTestId("progress")).toContainText("Section 2 of 8");
  await page.getByLabel(/how many hours do you work\?/).fill("30");
  await expect(page.getByTestId("question-issue")).toHaveText("Enter a number from 0 to 24.");
  await page.getByLabel(/how many hours do you work\?/).fill("14");
  await page.getByLabel(/In a normal week/).fill("84");
  await page.locator('[data-key="overtime_comp"]').getByText("Strongly disagree").tap();
  await page.getByLabel(/Which entitlement has not reached you/).fill("E2E marker: overtime since March never paid");
  await next(page);

  // Section B, then reload: the tab's draft brings everything back.
  await page.locator('[data-key="shortages"]').getByText("Vehicles").click();
  await page.locator('[data-key="shortages"]').getByText("Radios and phones").click();
  await page.reload();
  await expect(page.getByTestId("progress")).toContainText("Section 3 of 8");
  await expect(page.getByRole("checkbox", { name: "Vehicles" })).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByLabel(/how many hours do you work\?/)).toHaveValue("14");
  await expect(page.getByLabel(/Which entitlement has not reached you/)).toHaveValue("E2E marker: overtime since March never paid");
  await next(page);

  // Skip the required pressure question: the last step names it and leads back to it.
  for (let i = 0; i < 6; i++) await page.getByRole("button", { name: /^(Next|Check and send)$/ }).click();
  await expect(page.getByTestId("missing-answer")).toHaveCount(1);
  await expect(page.getByTestId("send")).toBeDisabled();
  await page.getByRole("button", { name: "Which pressure weighs most on you?" }).click();
  await expect(page.getByRole("radio", { name: "Workload" })).toBeFocused();
  await page.getByRole("radio", { name: "Mental strain" }).check();
  for (let i = 0; i < 6; i++) await page.getByRole("button", { name: /^(Next|Check and send)$/ }).click();
  await expect(page.getByTestId("review-complete")).toBeVisible();
  await page.getByTestId("send").click();

  await expect(page.getByTestId("survey-done")).toBeVisible();
  const receipt = (await page.getByTestId("receipt-code").textContent())!.trim();
  expect(receipt).toMatch(/^([A-Z2-9]{4}-){5}[A-Z2-9]{4}$/);
  await expect(page.getByRole("button", { name: "Copy" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  // Sent: the tab keeps nothing, the page shows no code, no cookie was set.
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith("survey-draft")))).toEqual([]);
  expect(await page.content()).not.toMatch(new RegExp(`${batch.codes[0].slice(0, 5)}-?${batch.codes[0].slice(5)}`));
  expect(await context.cookies()).toEqual([]);
  expect(await batch.responses()).toBe(1);
  // The code cannot be used again.
  await page.reload();
  await page.locator("#access-code").fill(code);
  await page.getByRole("button", { name: "Start the questionnaire" }).click();
  await expect(page.getByTestId("code-error")).toHaveText("This code has already been used. Ask the research group for a new slip.");

  // Later, the station's reviewer accepts the suggestion (A2, rest time and unpaid overtime): the
  // answer now feeds the demo's published A2 problem.
  await acceptSuggestions(browser, await reviewer(batch.unitId), 1);
  await page.goto("/receipt");
  await page.getByLabel("Receipt code").fill(receipt.toLowerCase());
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page.getByTestId("receipt-date")).toContainText("Answers received on");
  // The form and its button are gone: the focus is on the result, not lost.
  await expect(page.getByRole("heading", { name: "Your receipt", exact: true })).toBeFocused();
  await expect(page.getByTestId("receipt-problem")).toHaveCount(1);
  await expect(page.getByTestId("problem-status")).toBeVisible();
  await expect(page.getByTestId("receipt-result")).not.toContainText("E2E marker"); // never the answers themselves
});

test("a lost connection and a timed-out send neither lose the answers nor store them twice", async ({ page, context, accessCodes }) => {
  const batch = await accessCodes(2);
  await page.goto(SURVEY);
  // As typed on a phone: lower case, a space in the middle.
  await page.locator("#access-code").fill(`${batch.codes[0].slice(0, 5)} ${batch.codes[0].slice(5)}`.toLowerCase());
  await page.getByRole("button", { name: "Start the questionnaire" }).click();

  // Offline at the moment of sending: the page says so, keeps the answers and sends on reconnect.
  await context.setOffline(true);
  await answerRequiredAndSend(page);
  await expect(page.getByTestId("send-status")).toContainText("You are offline");
  await context.setOffline(false);
  await expect(page.getByTestId("survey-done")).toBeVisible();
  expect(await batch.responses()).toBe(1);

  // The server stores the answers but the reply never arrives: the page gives up waiting (15 s),
  // retries with the same response id and is told they were received; still one response.
  test.setTimeout(90_000);
  let first = true;
  await page.route("**/api/survey/responses", async (route) => {
    if (!first) return route.continue();
    first = false;
    const stored = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 17_000));
    await route.fulfill({ response: stored }).catch(() => {}); // the page stopped waiting already
  });
  await page.goto(SURVEY);
  await page.locator("#access-code").fill(batch.codes[1]);
  await page.getByRole("button", { name: "Start the questionnaire" }).click();
  await answerRequiredAndSend(page);
  await expect(page.getByTestId("send-status")).toContainText("Trying again", { timeout: 20_000 });
  await expect(page.getByTestId("survey-done")).toBeVisible({ timeout: 20_000 });
  expect(first).toBe(false);
  expect(await batch.responses()).toBe(2);
});

test("the survey speaks the browser's language, switches in the tab only, and sends no cookie or cache headers", async ({ page, context }) => {
  const response = await page.goto(SURVEY);
  const headers = response!.headers();
  expect(headers["cache-control"]).toBe("no-store");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers.etag).toBeUndefined();
  expect(headers["set-cookie"]).toBeUndefined();
  await expect(page.getByTestId("survey")).toHaveAttribute("data-locale", "en");
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByTestId("promises")).toContainText("我们不保存您的IP地址");
  await page.reload();
  await expect(page.getByTestId("promises")).toContainText("我们绝不询问您的姓名");
  expect(await context.cookies()).toEqual([]);
  // The script and stylesheet carry no cache validator a shared computer would keep, and are never a 304.
  for (const asset of ["/survey/assets/survey.js", "/survey/assets/survey.css"]) {
    const again = await page.request.get(asset, { headers: { "if-modified-since": new Date(Date.now() + 86_400_000).toUTCString() } });
    expect(again.status(), asset).toBe(200);
    expect(again.headers()["last-modified"], asset).toBeUndefined();
    expect(again.headers().etag, asset).toBeUndefined();
    expect(again.headers()["cache-control"], asset).toBe("no-store");
  }
  // Nothing on the page comes from another host.
  const foreign = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((url) => !url.startsWith(location.origin)));
  expect(foreign).toEqual([]);
  // A wrong code is refused before any question is answered.
  await page.getByRole("button", { name: "English" }).click();
  await page.locator("#access-code").fill("AAAAA-BBBBB");
  await page.getByRole("button", { name: "Start the questionnaire" }).click();
  await expect(page.getByTestId("code-error")).toHaveText("This code is not valid for this questionnaire. Please check your slip.");
  await page.locator("#access-code").fill("12345");
  await page.getByRole("button", { name: "Start the questionnaire" }).click();
  await expect(page.getByTestId("code-error")).toHaveText("A code has 10 letters and digits. Please check your slip.");
});

test("anonymity: a production server stores and prints nothing that identifies the sender", async ({ request, accessCodes }) => {
  test.skip(!process.env.NEXT_DIST_DIR, "needs the e2e build (scripts/test.mjs e2e)");
  // A second server on the same build and database, so that its output can be read.
  const port = Number(process.env.E2E_PORT ?? 3100) + 57;
  const server = spawn("npx", ["next", "start", "-p", String(port)], { env: { ...process.env, NEXTAUTH_URL: `http://localhost:${port}` }, detached: true });
  let output = "";
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  try {
    const base = `http://localhost:${port}`;
    await expect.poll(async () => (await request.get(`${base}/api/health`).catch(() => null))?.status(), { timeout: 30_000 }).toBe(200);
    const markers = { ip: "198.51.100.203", agent: "AnonMarkerAgent/9.9", referrer: "https://marker.example/from", cookie: "marker-cookie-8841", code: dashed((await accessCodes(1)).codes[0]), receipt: "ANMKRANMKRANMKRANMKRANMK" };
    const headers = { "x-forwarded-for": markers.ip, "user-agent": markers.agent, referer: markers.referrer, cookie: `session=${markers.cookie}` };
    const page = await request.get(`${base}${SURVEY}`, { headers });
    expect(page.status()).toBe(200);
    const answers = await requiredAnswers();
    const responseId = "6f1c2a4e-8b3d-4c5e-9f7a-0b1c2d3e4f5a";
    const sent = await request.post(`${base}/api/survey/responses`, { headers, data: { campaign: "warning-project", responseId, accessCode: markers.code, receiptCode: markers.receipt, answers } });
    expect(sent.status()).toBe(201);
    expect((await request.post(`${base}/api/survey/receipt`, { headers, data: { receiptCode: markers.receipt } })).status()).toBe(200);
    expect((await request.post(`${base}/api/survey/responses`, { headers, data: { campaign: "warning-project", responseId: "not-an-id", answers: {} } })).status()).toBe(400);

    const data = execFileSync("/usr/bin/pg_dump", ["--data-only", `--dbname=${process.env.DATABASE_URL}`], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
    expect(data).toContain(responseId);
    const secrets = [markers.ip, markers.agent, markers.referrer, markers.cookie, markers.code, markers.code.replace("-", ""), markers.receipt, markers.receipt.slice(8)];
    for (const marker of secrets) expect(data, marker).not.toContain(marker);
    for (const marker of [...secrets, responseId]) expect(output, marker).not.toContain(marker);
    const stored = await queryOne<{ day: string }>(`SELECT "submittedOn"::text AS day FROM "Response" WHERE id = $1`, [responseId]);
    expect(stored.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
});

test("a duplicated tab does not share the first tab's response id or receipt code", async ({ page, context, accessCodes }) => {
  const { codes } = await accessCodes(1);
  await page.goto(SURVEY);
  await page.locator("#access-code").fill(dashed(codes[0]));
  await page.getByRole("button", { name: "Start the questionnaire" }).click();
  await next(page);
  await page.getByLabel(/how many hours do you work\?/).fill("11");
  const draftOf = (p: Page) => p.evaluate(() => JSON.parse(sessionStorage.getItem("survey-draft:warning-project") ?? "null") as { responseId: string; receiptCode: string; accessCode: string; answers: Record<string, unknown> } | null);
  const first = (await draftOf(page))!;
  expect(first.responseId).toBeTruthy();

  // window.open copies the tab's sessionStorage in Chromium, as "Duplicate tab" does.
  const [copy] = await Promise.all([context.waitForEvent("page"), page.evaluate(() => void window.open(location.href))]);
  await copy.waitForLoadState();
  await expect(copy.getByLabel(/how many hours do you work\?/)).toHaveValue("11");
  await expect.poll(async () => (await draftOf(copy))?.responseId).not.toBe(first.responseId);
  const forked = (await draftOf(copy))!;
  expect(forked.receiptCode).not.toBe(first.receiptCode);
  expect(forked.accessCode).toBe(first.accessCode);
  expect(forked.answers).toEqual(first.answers);
  // The first tab keeps its own.
  expect(await draftOf(page)).toMatchObject({ responseId: first.responseId, receiptCode: first.receiptCode });
  await copy.close();
});

test("on a plain-HTTP address without a clipboard, Copy copies the old way or selects the code, and says which", async ({ page, accessCodes }) => {
  const { codes } = await accessCodes(1);
  // What a station's intranet address gives: no navigator.clipboard; execCommand("copy") may be refused.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    const w = window as unknown as { copyWorks: boolean };
    w.copyWorks = false;
    document.execCommand = ((command: string) => command === "copy" && w.copyWorks) as typeof document.execCommand;
  });
  await page.goto(`${SURVEY}#${dashed(codes[0])}`);
  await page.getByRole("button", { name: "Start the questionnaire" }).click();
  await answerRequiredAndSend(page);
  await expect(page.getByTestId("survey-done")).toBeVisible();
  const code = (await page.getByTestId("receipt-code").textContent())!.trim();

  await page.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByTestId("copy-status")).toHaveText("Selected: press Ctrl+C to copy it (on a phone, choose Copy in the menu).");
  expect(await page.evaluate(() => window.getSelection()!.toString().trim())).toBe(code);

  await page.evaluate(() => void ((window as unknown as { copyWorks: boolean }).copyWorks = true));
  await page.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByTestId("copy-status")).toHaveText("Copied");
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByTestId("copy-status")).toHaveText("已复制");
});

test("at an open kiosk the station clears itself for the next officer; a phone sees no station notice", async ({ page, browser }) => {
  const kioskState = await setKioskForTest("warning-project", true);
  const station = await browser.newContext({ viewport: { width: 1280, height: 900 }, hasTouch: false });
  // A kiosk's response has no unit, so the test notes the ids it sends and removes those.
  const sent: string[] = [];
  try {
    const kiosk = await station.newPage();
    kiosk.on("request", (request) => {
      if (request.url().endsWith("/api/survey/responses") && request.method() === "POST") sent.push((request.postDataJSON() as { responseId: string }).responseId);
    });
    // The server remembers a campaign for a few seconds: wait until the open link shows.
    await expect.poll(async () => {
      await kiosk.goto(SURVEY);
      return kiosk.getByTestId("kiosk-notice").isVisible();
    }, { timeout: 15_000 }).toBe(true);
    await expect(kiosk.locator("#access-code")).toBeHidden();
    // An officer's phone at the same address: the code field, no notice meant for a station.
    await page.goto(SURVEY);
    await expect(page.locator("#access-code")).toBeVisible();
    await expect(page.getByTestId("kiosk-notice")).toBeHidden();
    // Open to all at the kiosk: the code is optional, not "the access code from your slip".
    await expect(page.getByLabel("Access code (only if you have a slip)")).toBeVisible();
    await expect(page.getByText("Access code from your slip")).toHaveCount(0);

    await kiosk.getByRole("button", { name: "中文" }).click();
    await kiosk.getByRole("button", { name: "English" }).click();
    await kiosk.getByRole("button", { name: "Start the questionnaire" }).click();
    await answerRequiredAndSend(kiosk);
    await expect(kiosk.getByTestId("survey-done")).toBeVisible();
    const receipt = (await kiosk.getByTestId("receipt-code").textContent())!.trim();
    await kiosk.getByTestId("finish").click();
    await expect(kiosk.getByTestId("kiosk-notice")).toBeVisible();
    await expect(kiosk.getByRole("heading", { level: 1 })).toBeFocused();
    expect(await kiosk.content()).not.toContain(receipt);
    expect(await kiosk.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith("survey")))).toEqual([]);
  } finally {
    await station.close();
    if (sent.length > 0) await sql(`DELETE FROM "Response" WHERE id = ANY($1::uuid[])`, [sent]);
    await kioskState.restore();
  }
});

test("the browser's Back and Forward move between the questionnaire's steps, with no code in the address", async ({ page, accessCodes }) => {
  const { codes } = await accessCodes(1);
  await page.goto(`${SURVEY}#${dashed(codes[0])}`);
  await page.getByRole("button", { name: "Start the questionnaire" }).click();
  await expect(page.getByTestId("progress")).toContainText("Section 1 of 8");
  await next(page);
  await expect(page.getByTestId("progress")).toContainText("Section 2 of 8");
  await page.getByLabel(/how many hours do you work\?/).fill("12");

  await page.goBack();
  await expect(page.getByTestId("progress")).toContainText("Section 1 of 8");
  await page.goBack();
  await expect(page.locator("#access-code")).toHaveValue(codes[0]);
  await page.goForward();
  await page.goForward();
  await expect(page.getByTestId("progress")).toContainText("Section 2 of 8");
  await expect(page.getByLabel(/how many hours do you work\?/)).toHaveValue("12");
  expect(page.url()).toMatch(/\/survey\/warning-project$/);
});

test("after Clear answer the keyboard stays on the question", async ({ page, accessCodes }) => {
  const { codes } = await accessCodes(1);
  await page.goto(`${SURVEY}#${dashed(codes[0])}`);
  await page.getByRole("button", { name: "Start the questionnaire" }).click();
  const question = page.locator("fieldset", { has: page.getByRole("radio", { name: "Front-line officer" }) });
  await question.getByRole("radio", { name: "Front-line officer" }).check();
  await question.getByRole("button", { name: "Clear answer" }).click();
  await expect(question.getByRole("radio", { name: "Front-line officer" })).not.toBeChecked();
  await expect(question.getByRole("radio").first()).toBeFocused();
});

test("the last step shows the answers to check; a long text is counted, not cut; an answer the server cannot store is named, not retried", async ({ browser, accessCodes }) => {
  // Its own page: the server's 422 is logged by Chromium as a failed resource load, which the
  // shared fixture counts as an error. Here every console error is collected and checked below.
  const { page, errors, close } = await ownPage(browser, { viewport: PHONE, hasTouch: true });
  const batch = await accessCodes(1);
  await page.goto(`${SURVEY}#${dashed(batch.codes[0])}`);
  await page.getByRole("button", { name: "Start the questionnaire" }).click();
  await next(page);
  await page.getByLabel(/how many hours do you work\?/).fill("13");
  const text = page.getByLabel(/Which entitlement has not reached you/);
  await text.fill("y".repeat(4001));
  await expect(text).toHaveValue("y".repeat(4001)); // never cut by the browser
  await expect(page.getByTestId("text-counter").first()).toHaveText("4001 of 4000 characters");
  await expect(page.getByTestId("question-issue")).toHaveText("Keep the answer under 4000 characters.");
  await text.fill("E2E check: housing allowance");
  await next(page);
  await page.getByRole("radio", { name: "Workload" }).check();
  for (let i = 0; i < 5; i++) await next(page);
  await page.getByRole("button", { name: "Check and send" }).click();
  const check = page.getByTestId("answers-to-check");
  await expect(check).toContainText("E2E check: housing allowance");
  await expect(check.locator('[data-key="pressure"]')).toContainText("Workload");
  await expect(check.locator('[data-key="hours_day"]')).toContainText("13");
  await expect(check.locator('[data-key="hours_week"]')).toContainText("Not answered");

  // Something between the page and the server slips a NUL into that answer: the server refuses
  // it by question, the page names the question and does not retry.
  let attempts = 0;
  await page.route("**/api/survey/responses", async (route) => {
    attempts++;
    const body = JSON.parse(route.request().postData()!) as { answers: Record<string, unknown> };
    for (const [key, value] of Object.entries(body.answers)) if (value === "E2E check: housing allowance") body.answers[key] = "housing\u0000allowance";
    await route.continue({ postData: JSON.stringify(body) });
  });
  await page.getByTestId("send").click();
  await expect(page.getByTestId("send-status")).toHaveText("Some answers need attention; see the list below.");
  await expect(page.getByTestId("missing-answer")).toHaveCount(1);
  await expect(page.getByTestId("missing-answer")).toContainText("Which entitlement has not reached you");
  await expect(page.getByTestId("missing-answer")).toContainText("cannot be stored");
  await page.waitForTimeout(2000);
  expect(attempts).toBe(1);
  expect(await batch.responses()).toBe(0);
  expect(errors).toEqual(["Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)"]);
  await close();
});
