import { expect, test as base } from "@playwright/test";

// An error in the console fails the test (here: the browser's console and uncaught
// page errors, e.g. a CSP violation or a hydration failure).
export const test = base.extend({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await use(page);
    // Chromium logs refused sign-ins (401) and missing pages (404) as failed resource loads; the
    // tests that cause them assert on them explicitly.
    expect(errors.filter((e) => !/Failed to load resource: the server responded with a status of (401|404)/.test(e))).toEqual([]);
  },
});

export { expect };
