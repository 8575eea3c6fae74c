"use server";
// Paper entry's server actions: the session, the "paper:enter" permission and the form schema are
// checked by defineAction; the unit is checked against the caller's scope in lib/paper/mutations.
import { revalidatePath } from "next/cache";
import { classifyAfterSaving } from "@/lib/classification/store-learning";
import { defineAction } from "@/lib/server-actions/define-action";
import { enterPaperSheet, importPaperFile } from "@/lib/paper/mutations";
import { paperImportSchema, paperSheetSchema } from "@/lib/paper/schemas";

export const enterPaperSheetAction = defineAction({
  permission: "paper:enter",
  schema: paperSheetSchema,
  run: async (input, { scope }) => {
    const result = await enterPaperSheet({ scope, versionId: input.versionId, unitId: input.unitId, answers: input.answers });
    if (result.status === "saved") {
      await classifyAfterSaving();
      revalidatePath("/paper");
    }
    return result;
  },
});

export const importPaperFileAction = defineAction({
  permission: "paper:enter",
  schema: paperImportSchema,
  run: async (input, { scope, user }) => {
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const result = await importPaperFile({ scope, actorId: user.id, versionId: input.versionId, fileName: input.file.name, bytes, confirmReimport: input.confirmReimport === "yes" });
    if (result.status === "imported") {
      await classifyAfterSaving();
      revalidatePath("/paper");
    }
    return result;
  },
});
