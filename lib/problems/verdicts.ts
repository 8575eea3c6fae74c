import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { todayUtc } from "@/lib/dates";
import { suggestFor } from "@/lib/classification/service";
import { mask } from "@/lib/classification/pii";
import { verifyReceipt } from "@/lib/surveys/receipts";
import { problemsFedBy, VERDICT_STATUSES, verdictDigest } from "@/lib/problems/receipt-follow-up";

// An officer's verdict on a problem the receipt's answers fed: "better", "no change" or "worse",
// once per receipt and problem (a second replaces the first), with an optional short comment
// classified and masked like other free text before it is stored. Only the date is kept.

export const VERDICT_COMMENT_MAX = 500;

export const verdictSchema = z.object({
  receiptCode: z.string().min(1).max(64),
  problemId: z.string().uuid(),
  verdict: z.enum(["BETTER", "NO_CHANGE", "WORSE"]),
  comment: z.string().trim().max(VERDICT_COMMENT_MAX).default(""),
});
export type VerdictInput = z.output<typeof verdictSchema>;

export type VerdictOutcome =
  | { ok: true; verdict: string; comment: string }
  | { ok: false; reason: "malformed" | "not_found" | "rate_limited" | "not_fed" | "not_open"; retryAt?: string };

/** `address` only picks the caller's rate-limit bucket, as for a receipt look-up. */
export async function giveVerdict(input: VerdictInput, address = "unknown", now = new Date()): Promise<VerdictOutcome> {
  const receipt = await verifyReceipt(input.receiptCode, address);
  if (!receipt.ok) return receipt;
  const fed = await problemsFedBy(receipt.responseId);
  if (!fed.includes(input.problemId)) return { ok: false, reason: "not_fed" };
  const problem = await db.problem.findUniqueOrThrow({ where: { id: input.problemId }, select: { status: true } });
  if (!(VERDICT_STATUSES as readonly string[]).includes(problem.status)) return { ok: false, reason: "not_open" };
  let comment = "";
  let categories: string[] = [];
  if (input.comment) {
    // The same path as other free text: detect personal details, classify the masked text.
    const suggestion = await suggestFor(input.comment);
    comment = suggestion.piiSpans.length > 0 ? mask(input.comment, suggestion.piiSpans) : input.comment;
    categories = suggestion.labels;
  }
  const key = { receiptDigest: verdictDigest(receipt.key), problemId: input.problemId };
  const data = { verdict: input.verdict, comment, categories: categories as never, givenOn: todayUtc(now) };
  await db.problemVerdict.upsert({ where: { receiptDigest_problemId: key }, create: { ...key, ...data }, update: data });
  return { ok: true, verdict: input.verdict, comment };
}
