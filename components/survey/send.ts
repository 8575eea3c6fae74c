// One submission attempt over the network, and what the page should do with its outcome.
// The request carries only the JSON body: no cookies (a staff member may be signed in on the same
// shared computer), no referrer.
import type { AnswerIssue } from "@/lib/surveys/answers";
import type { SubmitError } from "@/lib/surveys/submission-api";

export type Payload = { campaign: string; responseId: string; accessCode?: string; receiptCode: string; answers: Record<string, unknown> };

export type AttemptOutcome =
  | { kind: "received" }
  | { kind: "transient" } // no answer, a timeout or a server error: try again, it cannot arrive twice
  | { kind: "receipt_taken" }
  | { kind: "refused"; refusal: "code_used" | "code_not_valid" | "code_required" }
  | { kind: "invalid"; issues: AnswerIssue[] }
  | { kind: "closed" }
  | { kind: "failed" }; // refused for a reason the officer cannot fix here

// A send that has had no answer after this long is given up on and tried again (same response id).
export const ATTEMPT_TIMEOUT_MS = 15_000;

export async function postJson(url: string, body: unknown, timeoutMs = ATTEMPT_TIMEOUT_MS): Promise<{ status: number; body: unknown }> {
  // Chrome < 66 and Safari < 12.1 have no AbortController: there a request simply waits for its
  // answer (or the browser's own timeout) instead of being given up on.
  const controller = typeof AbortController === "function" ? new AbortController() : null;
  const timer = controller ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: controller ? controller.signal : undefined,
      cache: "no-store",
      credentials: "omit",
      referrerPolicy: "no-referrer",
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  } catch {
    return { status: 0, body: null };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

export async function attemptSubmission(payload: Payload): Promise<AttemptOutcome> {
  const { status, body } = await postJson("/api/survey/responses", payload);
  if (status === 200 || status === 201) return { kind: "received" };
  if (status === 0 || status >= 500 || status === 429) return { kind: "transient" };
  const error = (body ?? {}) as Partial<SubmitError>;
  switch (error.error) {
    case "receipt_taken":
      return { kind: "receipt_taken" };
    case "code_used":
    case "code_not_valid":
    case "code_required":
      return { kind: "refused", refusal: error.error };
    case "invalid_answers":
      return { kind: "invalid", issues: error.issues ?? [] };
    // Closed (410) while the officer was answering, or gone altogether: either way nothing the
    // officer can fix, and no retry will help; the page says the questionnaire is closed.
    case "campaign_closed":
    case "campaign_not_found":
      return { kind: "closed" };
    default:
      return { kind: "failed" };
  }
}
