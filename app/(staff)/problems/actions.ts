"use server";
// The register's server actions: session, permission and input are checked by defineAction;
// the rows' campaign and versions by lib/problems/mutations. Each change is audited there.
import { revalidatePath } from "next/cache";
import { acceptSuggestion, addComment, editProblem, mergeProblems, splitProblem } from "@/lib/problems/mutations";
import { acceptSuggestionSchema, commentSchema, mergeSchema, problemEditSchema, splitSchema } from "@/lib/problems/schemas";
import { defineAction } from "@/lib/server-actions/define-action";

export const acceptSuggestionAction = defineAction({
  permission: "problem:manage",
  schema: acceptSuggestionSchema,
  run: async (input, context) => {
    const result = await acceptSuggestion(context, input.campaignId, input.aspectCode);
    revalidatePath("/problems");
    return result;
  },
});

export const editProblemAction = defineAction({
  permission: "problem:manage",
  schema: problemEditSchema,
  run: async (input, context) => {
    const result = await editProblem(context, input);
    if (result.status === "saved") revalidatePath(`/problems/${input.id}`);
    return result;
  },
});

export const mergeProblemsAction = defineAction({
  permission: "problem:manage",
  schema: mergeSchema,
  run: async (input, context) => {
    const result = await mergeProblems(context, input.targetId, input.sourceIds);
    revalidatePath("/problems");
    return result;
  },
});

export const splitProblemAction = defineAction({
  permission: "problem:manage",
  schema: splitSchema,
  run: async (input, context) => {
    const result = await splitProblem(context, input);
    revalidatePath("/problems");
    return result;
  },
});

// Department heads and admins ("comment:write").
export const commentAction = defineAction({
  permission: "comment:write",
  schema: commentSchema,
  run: async (input, context) => {
    const result = await addComment(context, input);
    revalidatePath("/problems");
    return result;
  },
});
