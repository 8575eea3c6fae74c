"use server";
// The register's server actions: session, permission and input are checked by defineAction;
// the rows' campaign and versions by lib/problems/mutations. Each change is audited there.
import { revalidatePath } from "next/cache";
import { acceptSuggestion, addComment, editProblem, mergeProblems, splitProblem } from "@/lib/problems/mutations";
import { acceptSuggestionSchema, commentSchema, mergeSchema, problemEditSchema, splitSchema } from "@/lib/problems/schemas";
import { defineAction } from "@/lib/server-actions/define-action";
import { revalidatingActions } from "@/lib/server-actions/revalidating";

const registerAction = revalidatingActions("problem:manage", ["/problems"]);

export const acceptSuggestionAction = registerAction(acceptSuggestionSchema, (input, context) =>
  acceptSuggestion(context, input.campaignId, input.aspectCode),
);

export const editProblemAction = defineAction({
  permission: "problem:manage",
  schema: problemEditSchema,
  run: async (input, context) => {
    const result = await editProblem(context, input);
    if (result.status === "saved") revalidatePath(`/problems/${input.id}`);
    return result;
  },
});

export const mergeProblemsAction = registerAction(mergeSchema, (input, context) => mergeProblems(context, input.targetId, input.sourceIds));
export const splitProblemAction = registerAction(splitSchema, (input, context) => splitProblem(context, input));

// Department heads and admins ("comment:write").
export const commentAction = revalidatingActions("comment:write", ["/problems"])(commentSchema, (input, context) =>
  addComment(context, input),
);
