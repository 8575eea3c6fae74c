import { expect, test as base } from "@playwright/test";

// STYLE.md: an error in the console fails the test (here: the browser's console and uncaught
// page errors, e.g. a CSP violation or a hydration failure).
export const test = base.extend({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await use(page);
    // A 404 page asked for on purpose logs "Failed to load resource"; that is the test's subject.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  },
});

export { expect };
