"use server";
// Campaigns, research groups and their visit plans (administrators, "campaign:manage").
import { createCampaign, setCampaignStatus, updateCampaign } from "@/lib/campaigns/mutations";
import { campaignStatusSchema, createCampaignSchema, updateCampaignSchema } from "@/lib/campaigns/schemas";
import { createGroup, renameGroup, setGroupMembers, setGroupUnits } from "@/lib/groups/mutations";
import { createGroupSchema, groupMembersSchema, groupUnitsSchema, renameGroupSchema } from "@/lib/groups/schemas";
import { revalidatingActions } from "@/lib/server-actions/revalidating";

const campaignAction = revalidatingActions("campaign:manage", ["/admin/campaigns", "layout"]);

export const createCampaignAction = campaignAction(createCampaignSchema, (input, { user }) => createCampaign(user.id, input));
export const updateCampaignAction = campaignAction(updateCampaignSchema, (input, { user }) => updateCampaign(user.id, input));
export const campaignStatusAction = campaignAction(campaignStatusSchema, (input, { user }) =>
  setCampaignStatus(user.id, input.id, input.status),
);
export const createGroupAction = campaignAction(createGroupSchema, (input, { user }) => createGroup(user.id, input));
export const renameGroupAction = campaignAction(renameGroupSchema, (input, { user }) => renameGroup(user.id, input));
export const groupMembersAction = campaignAction(groupMembersSchema, (input, { user }) => setGroupMembers(user.id, input));
export const groupUnitsAction = campaignAction(groupUnitsSchema, (input, { user }) => setGroupUnits(user.id, input));
