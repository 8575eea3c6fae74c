import type { ErrorCode } from "@/lib/errors";

// What every server action returns to the form that called it. Field errors are keyed by the
// form field's name; `error` is already translated for the caller.
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; error: string; fieldErrors?: Record<string, string[]> };
