"use server";
// Session logging's server actions: session, "seminar:log" and the form schema are checked by
// defineAction; scope, campaign and dates by lib/seminars/mutations.
import { revalidatePath } from "next/cache";
import { classifyAfterSaving, retrainAfterDecision } from "@/lib/classification/store-learning";
import { suggestFor } from "@/lib/classification/service";
import { deleteSession, saveSession } from "@/lib/seminars/mutations";
import { deleteSessionSchema, sessionSchema, suggestSchema } from "@/lib/seminars/schemas";
import { piiKinds } from "@/lib/review/rules";
import { defineAction } from "@/lib/server-actions/define-action";

export const saveSessionAction = defineAction({
  permission: "seminar:log",
  schema: sessionSchema,
  run: async (input, context) => {
    const result = await saveSession(context, input);
    if (result.status === "saved") {
      // The lead's labels are review decisions too: the classifier learns from them.
      if (result.reviewed) retrainAfterDecision();
      else await classifyAfterSaving();
      revalidatePath("/seminars");
    }
    return result;
  },
});

export const deleteSessionAction = defineAction({
  permission: "seminar:log",
  schema: deleteSessionSchema,
  run: async (input, context) => {
    await deleteSession(context, input.sessionId);
    retrainAfterDecision();
    revalidatePath("/seminars");
    return { deleted: true };
  },
});

// A read, but through the same wrapper: only signed-in staff who log sessions may classify text.
export const suggestAction = defineAction({
  permission: "seminar:log",
  schema: suggestSchema,
  run: async (input) => {
    const s = await suggestFor(input.text);
    return { ranked: s.ranked, labels: s.labels, aspect: s.aspect, words: s.words, version: String(s.modelVersion), piiKinds: piiKinds(s.piiSpans) };
  },
});
