import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { consoleErrors, expect, test, unexpected } from "./fixtures";
import { setKioskForTest } from "./fixtures/campaigns";
import { acceptSuggestions, DEMO_PASSWORD, signIn } from "./helpers";

// Issue 10, accessibility: every staff page type for each role in both languages, and the officer
// pages on a phone in both languages, checked with axe-core; a serious or critical violation
// fails. A page type is a path, or a list page and the first link to follow from it (detail pages
// have ids the demo data makes).
type PageType = { name: string; path: string; follow?: RegExp };

const ID = "[0-9a-f-]{36}";
const STAFF: PageType[] = [
  { name: "overview", path: "/" },
  { name: "dashboards", path: "/dashboards" },
  { name: "evidence", path: "/dashboards", follow: /^\/dashboards\/evidence\?/ },
  { name: "units", path: "/units" },
  { name: "unit", path: "/units", follow: new RegExp(`^/units/${ID}$`) },
  { name: "seminars", path: "/seminars" },
  { name: "new seminar", path: "/seminars/new" },
  { name: "seminar", path: "/seminars", follow: new RegExp(`^/seminars/${ID}$`) },
  { name: "seminar edit", path: "/seminars", follow: new RegExp(`^/seminars/${ID}/edit$`) },
  { name: "paper", path: "/paper" },
  { name: "paper sheets", path: "/paper/sheets" },
  { name: "paper sheet", path: "/paper/sheets", follow: new RegExp(`^/paper/sheets/${ID}$`) },
  { name: "review", path: "/review" },
  { name: "visits", path: "/visits" },
  { name: "problems", path: "/problems" },
  { name: "problem", path: "/problems", follow: new RegExp(`^/problems/${ID}$`) },
  { name: "actions", path: "/actions" },
  { name: "actions table", path: "/actions/table" },
  { name: "action", path: "/actions/table", follow: new RegExp(`^/actions/${ID}$`) },
  { name: "new action", path: "/actions/new" },
  { name: "report", path: "/report" },
  { name: "campaigns", path: "/admin/campaigns" },
  { name: "new campaign", path: "/admin/campaigns/new" },
  { name: "campaign", path: "/admin/campaigns", follow: new RegExp(`^/admin/campaigns/${ID}$`) },
  { name: "admin units", path: "/admin/units" },
  { name: "admin unit", path: "/admin/units", follow: new RegExp(`^/admin/units/${ID}$`) },
  { name: "questionnaires", path: "/admin/questionnaires" },
  { name: "questionnaire", path: "/admin/questionnaires", follow: new RegExp(`^/admin/questionnaires/${ID}$`) },
  { name: "codes", path: "/admin/codes" },
  { name: "users", path: "/admin/users" },
  { name: "user", path: "/admin/users", follow: new RegExp(`^/admin/users/${ID}$`) },
  { name: "audit", path: "/admin/audit" },
  { name: "not found", path: "/units/00000000-0000-4000-8000-000000000000" },
];
// A research group's page is linked from its campaign's page only.
const GROUP: PageType = { name: "research group", path: "/admin/campaigns", follow: new RegExp(`^/admin/campaigns/${ID}$`) };

const ROLES = ["admin@demo.local", "head@demo.local", "branchhead@demo.local", "lead@demo.local"];
const LANGUAGES = ["en", "zh"] as const;
const PHONE = { width: 390, height: 844 };
const SURVEY = "/survey/warning-project";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** Opens the page type; false when this role has no such page (the menu hides it, the server refuses it). */
async function open(page: Page, type: PageType): Promise<boolean> {
  const response = await page.goto(type.path);
  if (!response || response.status() === 403 || page.url().includes("/forbidden")) return false;
  if (!type.follow) return true;
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const target = hrefs.find((h) => type.follow!.test(h));
  if (!target) return false;
  await page.goto(target);
  return true;
}

/** The staff pages in this language: the choice is the locale cookie the header's switch sets. */
async function useStaffLanguage(page: Page, lang: (typeof LANGUAGES)[number]) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: lang, url: new URL(page.url()).origin }]);
}

for (const lang of LANGUAGES) {
  for (const email of ROLES) {
    test(`no serious or critical axe violations on staff pages as ${email} in ${lang}`, async ({ page }) => {
      // About 30 page types for an admin, each analysed whole: minutes on a loaded machine.
      test.setTimeout(600_000);
      await signIn(page, email);
      await useStaffLanguage(page, lang);
      const checked: string[] = [];
      const found: string[] = [];
      const check = async (tab: Page, name: string) => {
        // The page really is in the language under test (a missing cookie would check English twice).
        await expect(tab.locator("html")).toHaveAttribute("lang", lang === "zh" ? "zh-CN" : "en");
        checked.push(name);
        for (const v of await seriousViolations(tab)) found.push(`${name} ${tab.url()}: ${v}`);
      };
      // Two tabs of the same session take the page types in turn: axe runs in the browser on one
      // core while the server renders the other tab's next page, which halves the wall time here.
      const queue = [...STAFF];
      const lane = async (tab: Page) => {
        for (let type = queue.shift(); type; type = queue.shift()) if (await open(tab, type)) await check(tab, type.name);
      };
      // The second tab's console counts too, as the fixture counts the first's (./fixtures).
      const second = await page.context().newPage();
      const secondErrors = consoleErrors(second);
      await Promise.all([lane(page), lane(second)]);
      if (await open(page, GROUP)) {
        const group = await page.locator("a[href*='/groups/']").first().getAttribute("href");
        if (group) {
          await page.goto(group);
          await check(page, GROUP.name);
        }
      }
      console.log(`${email} (${lang}): ${checked.length} page types checked (${checked.join(", ")})`);
      expect(checked.length).toBeGreaterThan(8);
      expect(found).toEqual([]);
      expect(unexpected(secondErrors)).toEqual([]);
    });
  }
}

// The officer pages on a phone, in the language the phone asks for (Accept-Language).
for (const lang of LANGUAGES) {
  test.describe(`officer pages in ${lang}`, () => {
    test.use({ viewport: PHONE, hasTouch: true, locale: lang === "zh" ? "zh-CN" : "en-US" });

    test(`no serious or critical axe violations on the officer pages on a phone in ${lang}`, async ({ page, browser, station }) => {
      test.setTimeout(180_000);
      // A receipt of the test's own whose reviewed answer fed problems, so the page shows them.
      const { receipts, reviewer } = await station(["Our rest days are cancelled without pay and overtime is never paid."]);
      await acceptSuggestions(browser, reviewer, 1);
      const found: string[] = [];
      const checked: string[] = [];
      const check = async (name: string) => {
        await expect(page.locator("html")).toHaveAttribute("lang", lang === "zh" ? "zh-CN" : "en");
        checked.push(name);
        for (const v of await seriousViolations(page)) found.push(`${name} ${page.url()}: ${v}`);
      };

      await page.goto(SURVEY);
      await expect(page.locator("#start")).toBeVisible();
      await check("survey start");
      await page.goto(`${SURVEY}/follow-up`);
      await expect(page.getByTestId("follow-up-page")).toBeVisible();
      await check("follow-up");
      await page.goto("/receipt");
      await expect(page.locator("#receipt-code")).toBeVisible();
      await check("receipt look-up");
      await page.locator("#receipt-code").fill(receipts[0]);
      await page.locator("#look-up").click();
      await expect(page.getByTestId("receipt-result")).toBeVisible();
      await expect(page.getByTestId("receipt-problem").first()).toBeVisible();
      await check("receipt");

      // The kiosk: open to all, so the questionnaire starts without a code and nothing is used up.
      const kiosk = await setKioskForTest("warning-project", true);
      try {
        // The page reads the campaign afresh, but give a cached instance a moment: the page's data says when.
        await expect.poll(async () => {
          await page.goto(SURVEY);
          return (await page.locator("#page-data").textContent())?.includes('"kioskOpen":true') ?? false;
        }, { timeout: 30_000 }).toBe(true);
        await check("kiosk start");
        await page.locator("#start").click();
        await expect(page.getByTestId("progress")).toBeVisible();
        await check("question step");
        for (let i = 0; i < 12 && !(await page.getByTestId("send").isVisible()); i++) await page.locator("#nav-next").click();
        await expect(page.getByTestId("send")).toBeVisible();
        await check("last step");
      } finally {
        await kiosk.restore();
      }
      console.log(`officer pages (${lang}): ${checked.join(", ")}`);
      expect(found).toEqual([]);
    });

    test(`no serious or critical axe violations on the questionnaire preview on a phone in ${lang}`, async ({ page }) => {
      // The sign-in page follows Accept-Language too, so its fields are found by type, not label.
      await page.goto("/signin");
      await page.locator("input[type=email]").fill("admin@demo.local");
      await page.locator("input[type=password]").fill(DEMO_PASSWORD);
      await page.locator("form button[type=submit]").click();
      await expect(page.getByTestId("current-user")).toBeVisible();
      await useStaffLanguage(page, lang);
      await page.goto("/admin/questionnaires");
      const preview = await page.locator("a[href$='/preview']").first().getAttribute("href");
      expect(preview).toBeTruthy();
      await page.goto(preview!);
      // The preview is the officer page itself in a frame; axe checks frames too.
      await expect(page.frameLocator('[data-testid="survey-preview"]').getByTestId("preview-banner")).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", lang === "zh" ? "zh-CN" : "en");
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test("the sign-in page has no serious or critical axe violations", async ({ page }) => {
  await page.goto("/signin");
  expect(await seriousViolations(page)).toEqual([]);
});

test("a skip link leads past the header and menu, and the header's focus ring is at least 3:1", async ({ page }) => {
  await signIn(page, "admin@demo.local");
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByTestId("skip-link");
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#content")).toBeFocused();

  // The first focusable element inside the dark header: its outline against the header's background.
  await page.locator("header a").first().focus();
  const ratio = await page.locator("header a").first().evaluate((el) => {
    const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ring = lum(rgb(getComputedStyle(el).outlineColor));
    const back = lum(rgb(getComputedStyle(el.closest("header")!).backgroundColor));
    // Without a drawn ring (no :focus-visible) there is nothing to measure: fail rather than pass.
    if (getComputedStyle(el).outlineStyle === "none") return 0;
    return (Math.max(ring, back) + 0.05) / (Math.min(ring, back) + 0.05);
  });
  expect(ratio).toBeGreaterThanOrEqual(3);
});

test("the site serves a favicon", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("icon");
});

test("dashboard quotes in the other language than the page carry lang, the others none", async ({ page }) => {
  await signIn(page, "head@demo.local");
  const quotes = async () =>
    page.getByTestId("quote").evaluateAll((nodes) =>
      nodes.map((n) => ({ han: /\p{Script=Han}/u.test(n.textContent ?? ""), lang: n.getAttribute("lang") })),
    );
  for (const lang of LANGUAGES) {
    await useStaffLanguage(page, lang);
    await page.goto("/dashboards");
    await expect(page.getByTestId("quote").first()).toBeVisible();
    const shown = await quotes();
    // The demo's officers wrote in both languages: both kinds must be on the page, or this proves nothing.
    expect(shown.some((q) => q.han) && shown.some((q) => !q.han)).toBe(true);
    for (const q of shown) {
      const other = lang === "en" ? q.han : !q.han;
      expect(q.lang).toBe(other ? (lang === "en" ? "zh" : "en") : null);
    }
  }
});
