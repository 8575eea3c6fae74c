import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

// Issue 10, accessibility: every staff page type for each role, checked with axe-core; a serious or
// critical violation fails. A page type is a path, or a list page and the first link to follow from
// it (detail pages have ids the demo data makes). Officer pages join as entries with a phone
// viewport once their rebuild lands: add them to PAGE_TYPES with `viewport`.
type PageType = { name: string; path: string; follow?: RegExp; viewport?: { width: number; height: number } };

const STAFF: PageType[] = [
  { name: "overview", path: "/" },
  { name: "dashboards", path: "/dashboards" },
  { name: "evidence", path: "/dashboards", follow: /^\/dashboards\/evidence\?/ },
  { name: "units", path: "/units" },
  { name: "unit", path: "/units", follow: /^\/units\/[0-9a-f-]{36}$/ },
  { name: "seminars", path: "/seminars" },
  { name: "new seminar", path: "/seminars/new" },
  { name: "seminar", path: "/seminars", follow: /^\/seminars\/[0-9a-f-]{36}$/ },
  { name: "paper", path: "/paper" },
  { name: "review", path: "/review" },
  { name: "problems", path: "/problems" },
  { name: "report", path: "/report" },
  { name: "campaigns", path: "/admin/campaigns" },
  { name: "questionnaires", path: "/admin/questionnaires" },
  { name: "questionnaire", path: "/admin/questionnaires", follow: /^\/admin\/questionnaires\/[0-9a-f-]{36}$/ },
  { name: "preview", path: "/admin/questionnaires", follow: /^\/admin\/questionnaires\/[0-9a-f-]{36}\/preview$/ },
  { name: "codes", path: "/admin/codes" },
  { name: "users", path: "/admin/users" },
  { name: "not found", path: "/units/00000000-0000-4000-8000-000000000000" },
];

const ROLES = ["admin@demo.local", "head@demo.local", "branchhead@demo.local", "lead@demo.local"];

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

for (const email of ROLES) {
  test(`no serious or critical axe violations on staff pages as ${email}`, async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, email);
    const checked: string[] = [];
    const found: string[] = [];
    for (const type of STAFF) {
      if (type.viewport) await page.setViewportSize(type.viewport);
      if (!(await open(page, type))) continue;
      checked.push(type.name);
      for (const v of await seriousViolations(page)) found.push(`${type.name} ${page.url()}: ${v}`);
    }
    console.log(`${email}: ${checked.length} page types checked (${checked.join(", ")})`);
    expect(checked.length).toBeGreaterThan(4);
    expect(found).toEqual([]);
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
