import { clientAddress } from "@/lib/auth/client-address";
import { giveVerdict, verdictSchema, VERDICT_COMMENT_MAX } from "@/lib/problems/verdicts";
import { readJsonBody, surveyJson, unexpected } from "@/lib/surveys/http";

// POST /api/survey/follow-up/verdict: an officer's "better" / "no change" / "worse" on a problem
// the receipt's answers fed. The receipt code travels in the body; nothing else of the request is
// read but the client's address, which only picks its rate-limit bucket (decision 009). A second
// verdict from the same receipt on the same problem replaces the first.
export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const body = await readJsonBody(request, 4096);
  if (!body.ok) return body.response;
  const parsed = verdictSchema.safeParse(body.value);
  if (!parsed.success)
    return surveyJson(400, {
      error: "invalid_input",
      message: `Send the receipt code, the problem, a verdict (BETTER, NO_CHANGE or WORSE) and at most ${VERDICT_COMMENT_MAX} characters of comment.`,
    });
  try {
    const result = await giveVerdict(parsed.data, clientAddress(request.headers));
    if (result.ok) return surveyJson(200, { verdict: result.verdict, comment: result.comment });
    switch (result.reason) {
      case "malformed":
        return surveyJson(400, { error: "receipt_not_valid", message: "A receipt code has 24 letters and digits." });
      case "not_found":
        return surveyJson(404, { error: "receipt_not_found", message: "No response has this receipt code." });
      case "not_fed":
        return surveyJson(404, { error: "not_found", message: "This problem is not one your answers raised." });
      case "not_open":
        return surveyJson(409, { error: "conflict", message: "Verdicts are taken on problems in progress or resolved." });
      case "rate_limited": {
        const seconds = result.retryAt ? Math.max(1, Math.ceil((Date.parse(result.retryAt) - Date.now()) / 1000)) : 60;
        return surveyJson(429, { error: "rate_limited", message: "Too many look-ups just now. Try again later.", retryAt: result.retryAt ?? null }, { "Retry-After": String(seconds) });
      }
    }
  } catch (error) {
    return unexpected("verdict", error);
  }
}
