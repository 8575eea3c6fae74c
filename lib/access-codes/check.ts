import "server-only";
import { z } from "zod";
import { codeDigest } from "@/lib/access-codes/digest";
import { ACCESS_CODE_LENGTH, isWellFormed, normalizeCode } from "@/lib/access-codes/format";
import { db } from "@/lib/db/client";
import { surveyCampaignState } from "@/lib/surveys/queries";
import { storableText } from "@/lib/surveys/submission-api";

// Lets the officer's page say at the start, not after the last question, that a code was mistyped
// or already used. It reveals no more than a submission would, and writes nothing. A question
// with an answer, so 200 whatever the code's state (browsers log 4xx replies as console errors).
const codeCheckSchema = z.strictObject({ campaign: storableText().trim().min(1).max(100), accessCode: storableText().max(64) });

export type CodeCheck =
  | { httpStatus: 200; body: { status: "valid" | "used" | "unknown" } }
  | { httpStatus: 400 | 404 | 410; body: { error: "invalid_input" | "campaign_not_found" | "campaign_closed"; message: string } };

export async function checkAccessCode(raw: unknown): Promise<CodeCheck> {
  const parsed = codeCheckSchema.safeParse(raw);
  if (!parsed.success) return { httpStatus: 400, body: { error: "invalid_input", message: "Send the campaign and the access code." } };
  const found = await surveyCampaignState(parsed.data.campaign);
  if (found.state === "closed") return { httpStatus: 410, body: { error: "campaign_closed", message: "This survey is closed and takes no more answers." } };
  const campaign = found.state === "open" ? found.campaign : null;
  if (!campaign) return { httpStatus: 404, body: { error: "campaign_not_found", message: "There is no open survey with this name." } };
  const code = normalizeCode(parsed.data.accessCode);
  const state = isWellFormed(code, ACCESS_CODE_LENGTH) ? await codeState(campaign.id, codeDigest(code)) : "unknown";
  return { httpStatus: 200, body: { status: state === "unused" ? "valid" : state } };
}

export type CodeState = "unused" | "used" | "unknown";

/** Whether a code (by digest) exists in the campaign and is used; the submission asks it after a refusal. */

export async function codeState(campaignId: string, digest: string): Promise<CodeState> {
  const row = await db.accessCode.findFirst({ where: { digest, batch: { campaignId } }, select: { used: true } });
  if (!row) return "unknown";
  return row.used ? "used" : "unused";
}
