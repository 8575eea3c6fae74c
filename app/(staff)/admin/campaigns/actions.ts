"use server";
// Campaigns, research groups and their visit plans (administrators, "campaign:manage").
import { revalidatePath } from "next/cache";
import { createCampaign, setCampaignStatus, updateCampaign } from "@/lib/campaigns/mutations";
import { campaignStatusSchema, createCampaignSchema, updateCampaignSchema } from "@/lib/campaigns/schemas";
import { createGroup, renameGroup, setGroupMembers, setGroupUnits } from "@/lib/groups/mutations";
import { createGroupSchema, groupMembersSchema, groupUnitsSchema, renameGroupSchema } from "@/lib/groups/schemas";
import { defineAction } from "@/lib/server-actions/define-action";

const done = <T,>(value: T) => {
  revalidatePath("/admin/campaigns", "layout");
  return value;
};

export const createCampaignAction = defineAction({
  permission: "campaign:manage",
  schema: createCampaignSchema,
  run: async (input, { user }) => done(await createCampaign(user.id, input)),
});

export const updateCampaignAction = defineAction({
  permission: "campaign:manage",
  schema: updateCampaignSchema,
  run: async (input, { user }) => done(await updateCampaign(user.id, input)),
});

export const campaignStatusAction = defineAction({
  permission: "campaign:manage",
  schema: campaignStatusSchema,
  run: async (input, { user }) => done(await setCampaignStatus(user.id, input.id, input.status)),
});

export const createGroupAction = defineAction({
  permission: "campaign:manage",
  schema: createGroupSchema,
  run: async (input, { user }) => done(await createGroup(user.id, input)),
});

export const renameGroupAction = defineAction({
  permission: "campaign:manage",
  schema: renameGroupSchema,
  run: async (input, { user }) => done(await renameGroup(user.id, input)),
});

export const groupMembersAction = defineAction({
  permission: "campaign:manage",
  schema: groupMembersSchema,
  run: async (input, { user }) => done(await setGroupMembers(user.id, input)),
});

export const groupUnitsAction = defineAction({
  permission: "campaign:manage",
  schema: groupUnitsSchema,
  run: async (input, { user }) => done(await setGroupUnits(user.id, input)),
});
