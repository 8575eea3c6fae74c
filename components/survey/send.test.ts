import { afterEach, describe, expect, it, vi } from "vitest";
import { attemptSubmission, type Payload } from "@/components/survey/send";

// What the officer's page makes of each answer the submission route can give: the server's
// status and error code in, the page's outcome out (survey-flow.ts acts on the outcome).
const payload: Payload = { campaign: "c", responseId: "r", receiptCode: "X", answers: {} };

function answering(status: number, body: unknown) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe("attemptSubmission", () => {
  it("says a campaign closed meanwhile (410 campaign_closed) is closed, not a failed send to retry", async () => {
    const fetch = answering(410, { error: "campaign_closed", message: "This survey is closed and takes no more answers." });
    expect(await attemptSubmission(payload)).toEqual({ kind: "closed" });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("says a campaign that is gone (404 campaign_not_found) is closed too", async () => {
    answering(404, { error: "campaign_not_found", message: "There is no open survey with this name." });
    expect(await attemptSubmission(payload)).toEqual({ kind: "closed" });
  });

  it("keeps the other outcomes apart", async () => {
    answering(201, { receiptCode: "X" });
    expect(await attemptSubmission(payload)).toEqual({ kind: "received" });
    answering(409, { error: "code_used", message: "" });
    expect(await attemptSubmission(payload)).toEqual({ kind: "refused", refusal: "code_used" });
    answering(409, { error: "receipt_taken", message: "" });
    expect(await attemptSubmission(payload)).toEqual({ kind: "receipt_taken" });
    answering(503, { error: "unavailable", message: "" });
    expect(await attemptSubmission(payload)).toEqual({ kind: "transient" });
    answering(400, { error: "invalid_input", message: "" });
    expect(await attemptSubmission(payload)).toEqual({ kind: "failed" });
  });
});
