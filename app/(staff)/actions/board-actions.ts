"use server";
// Server actions of the action board, table and pages. Creating and editing any action needs
// "action:manage" (admins); moving and noting needs "action:progress" and, checked in
// lib/actions/mutations, ownership of the action unless the caller may manage every action.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction, editAction, postProgress, setNotePublished } from "@/lib/actions/mutations";
import { actionCreateSchema, actionEditSchema, progressSchema } from "@/lib/actions/schemas";
import { defineAction } from "@/lib/server-actions/define-action";
import { revalidatingActions } from "@/lib/server-actions/revalidating";

const manageAction = revalidatingActions("action:manage", ["/actions"]);

export const createActionAction = manageAction(actionCreateSchema, (input, context) => createAction(context, input));

export const editActionAction = defineAction({
  permission: "action:manage",
  schema: actionEditSchema,
  run: async (input, context) => {
    const result = await editAction(context, input);
    if (result.status === "saved") revalidatePath(`/actions/${input.id}`);
    return result;
  },
});

export const progressAction = defineAction({
  permission: "action:progress",
  schema: progressSchema,
  run: async (input, context) => {
    const result = await postProgress(context, input);
    if (result.status === "saved") revalidatePath("/actions");
    return result;
  },
});

export const publishNoteAction = manageAction(z.object({ id: z.string().uuid(), published: z.boolean() }), (input, context) =>
  setNotePublished(context, input),
);
