"use server";
// Server actions of the action board, table and pages. Creating and editing any action needs
// "action:manage" (admins); moving and noting needs "action:progress" and, checked in
// lib/actions/mutations, ownership of the action unless the caller may manage every action.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction, editAction, postProgress, setNotePublished } from "@/lib/actions/mutations";
import { actionCreateSchema, actionEditSchema, progressSchema } from "@/lib/actions/schemas";
import { defineAction } from "@/lib/server-actions/define-action";

export const createActionAction = defineAction({
  permission: "action:manage",
  schema: actionCreateSchema,
  run: async (input, context) => {
    const result = await createAction(context, input);
    revalidatePath("/actions");
    return result;
  },
});

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

export const publishNoteAction = defineAction({
  permission: "action:manage",
  schema: z.object({ id: z.string().uuid(), published: z.boolean() }),
  run: async (input, context) => {
    const result = await setNotePublished(context, input);
    revalidatePath("/actions");
    return result;
  },
});
