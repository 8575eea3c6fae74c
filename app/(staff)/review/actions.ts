"use server";
// The review queue's server actions: session, permission and input are checked by defineAction;
// scope and the item's state by lib/review/mutations. Decisions teach the classifier afterwards.
import { retrainAfterDecision } from "@/lib/classification/store-learning";
import { bulkAccept, decide, readOriginal } from "@/lib/review/mutations";
import { bulkAcceptSchema, decisionSchema, revealSchema } from "@/lib/review/schemas";
import { defineAction } from "@/lib/server-actions/define-action";

export const decideAction = defineAction({
  permission: "review:classify",
  schema: decisionSchema,
  run: async (input, context) => {
    const result = await decide(context, input);
    if (result.status === "saved") retrainAfterDecision();
    return result;
  },
});

export const bulkAcceptAction = defineAction({
  permission: "review:classify",
  schema: bulkAcceptSchema,
  run: async (input, context) => {
    const count = await bulkAccept(context, input.campaignId, input.threshold);
    if (count > 0) retrainAfterDecision();
    return { count };
  },
});

// Admins only ("pii:read-original"); each call is audited before the text leaves the server.
export const revealOriginalAction = defineAction({
  permission: "pii:read-original",
  schema: revealSchema,
  run: (input, context) => readOriginal(context, input.id),
});
