import { afterEach, vi } from "vitest";

// console.error during a test fails it: an error that a passing test hides is a bug nobody sees.
const errors: unknown[][] = [];
const original = console.error;
console.error = (...args: unknown[]) => {
  errors.push(args);
  original(...args);
};
afterEach(() => {
  if (errors.length > 0) {
    const first = errors[0];
    errors.length = 0;
    throw new Error(`console.error was called during the test: ${first.map(String).join(" ")}`);
  }
  vi.restoreAllMocks();
});
