// Zod schemas of the review queue's actions, shared by the queue (client) and the server actions.
// Messages are keys under "review.validation".
import { z } from "zod";
import { CATEGORIES } from "@/lib/classification/taxonomy";
import { BULK_THRESHOLDS, MAX_MASKED_LENGTH } from "@/lib/review/rules";

const id = z.uuid({ message: "invalidItem" });
const maskedText = z.string().max(MAX_MASKED_LENGTH, { message: "maskTooLong" });
const aspectCode = z.string().trim().max(10).nullable().transform((v) => (v ? v : null));

const labelsSchema = z.object({
  categories: z.array(z.enum(CATEGORIES)).min(1, { message: "categoriesRequired" }).max(CATEGORIES.length),
  aspectCode,
});

export const decisionSchema = z.discriminatedUnion("action", [
  // The model version the reviewer saw: accepting a suggestion that changed meanwhile is refused.
  z.object({ action: z.literal("accept"), id, seenVersion: z.string().max(20), maskedText: maskedText.optional() }),
  z.object({ action: z.literal("correct"), id, maskedText: maskedText.optional() }).extend(labelsSchema.shape),
  z.object({ action: z.literal("notProblem"), id }),
  // Only the quotable text: for reviewed items still waiting for masking.
  z.object({ action: z.literal("mask"), id, maskedText }),
]);
export type DecisionInput = z.input<typeof decisionSchema>;
export type Decision = z.output<typeof decisionSchema>;

export const bulkAcceptSchema = z.object({
  campaignId: z.uuid({ message: "invalidItem" }),
  threshold: z.coerce.number().refine((v) => (BULK_THRESHOLDS as readonly number[]).includes(v), { message: "thresholdInvalid" }),
});

export const revealSchema = z.object({ id });
