import { z } from "zod";
import { clientAddress } from "@/lib/auth/client-address";
import { readJsonBody, surveyJson, unexpected } from "@/lib/surveys/http";
import { lookupReceipt } from "@/lib/surveys/receipts";
import { storableText } from "@/lib/surveys/submission-api";

// POST /api/survey/receipt: what became of the problems a response raised. The code travels in
// the body, never in a URL. The client's address is read only to pick its rate-limit bucket, a
// keyed hash that is never stored beside anything about the receipt (decision 009).
export const dynamic = "force-dynamic";

const schema = z.strictObject({ receiptCode: storableText().max(64) });

export async function POST(request: Request) {
  const body = await readJsonBody(request, 4096);
  if (!body.ok) return body.response;
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) return surveyJson(400, { error: "invalid_input", message: "Send the receipt code.", fields: { receiptCode: "Enter the receipt code." } });
  try {
    const result = await lookupReceipt(parsed.data.receiptCode, clientAddress(request.headers));
    if (result.ok) return surveyJson(200, { receipt: result.receipt });
    switch (result.reason) {
      case "malformed":
        return surveyJson(400, { error: "receipt_not_valid", message: "A receipt code has 24 letters and digits.", fields: { receiptCode: "Check the code." } });
      case "not_found":
        return surveyJson(404, { error: "receipt_not_found", message: "No response has this receipt code." });
      case "rate_limited": {
        const seconds = result.retryAt ? Math.max(1, Math.ceil((Date.parse(result.retryAt) - Date.now()) / 1000)) : 60;
        return surveyJson(429, { error: "rate_limited", message: "Too many look-ups just now. Try again later.", retryAt: result.retryAt ?? null }, { "Retry-After": String(seconds) });
      }
    }
  } catch (error) {
    return unexpected("receipt look-up", error);
  }
}
