"use server";
// Paper entry's server actions: the session, the "paper:enter" permission and the form schema are
// checked by defineAction; the unit is checked against the caller's scope in lib/paper/mutations.
import { revalidatePath } from "next/cache";
import { classifyAfterSaving } from "@/lib/classification/store-learning";
import { defineAction } from "@/lib/server-actions/define-action";
import { chosenCampaign } from "@/lib/campaigns/current";
import { NotFoundError } from "@/lib/errors";
import { correctPaperSheet, deletePaperSheet } from "@/lib/paper/corrections";
import { enterPaperSheet, importPaperFile } from "@/lib/paper/mutations";
import { paperCorrectionSchema, paperDeleteSchema, paperImportSchema, paperSheetSchema } from "@/lib/paper/schemas";

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

// Correcting and deleting a recorded sheet: only sheets of the caller's scope in the campaign they
// work on (lib/paper/corrections checks both, and answers "not found" for any other sheet).
async function workingCampaignId(userId: string): Promise<string> {
  const campaign = await chosenCampaign(userId);
  if (!campaign) throw new NotFoundError();
  return campaign.id;
}

export const correctPaperSheetAction = defineAction({
  permission: "paper:enter",
  schema: paperCorrectionSchema,
  run: async (input, { scope, user }) => {
    const campaignId = await workingCampaignId(user.id);
    const result = await correctPaperSheet({ scope, campaignId, actorId: user.id, sheetId: input.sheetId, unitId: input.unitId, answers: input.answers });
    if (result.status === "saved" && result.changed > 0) {
      await classifyAfterSaving();
      revalidatePath("/paper", "layout");
    }
    return result;
  },
});

export const deletePaperSheetAction = defineAction({
  permission: "paper:enter",
  schema: paperDeleteSchema,
  run: async (input, { scope, user }) => {
    const campaignId = await workingCampaignId(user.id);
    const result = await deletePaperSheet({ scope, campaignId, actorId: user.id, sheetId: input.sheetId });
    revalidatePath("/paper", "layout");
    return result;
  },
});
